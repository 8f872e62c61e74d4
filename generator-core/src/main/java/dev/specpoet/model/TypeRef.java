package dev.specpoet.model;

/**
 * The type of a value: a scalar, a list, a map, or a reference to a {@link SchemaDef} that
 * becomes a Java type of its own.
 */
public sealed interface TypeRef permits ScalarType, ArrayType, MapType, NamedType {}
