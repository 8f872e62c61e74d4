package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.Optional;

/** A schema that becomes a Java type of its own: an object, an enum or a union. */
public sealed interface SchemaDef permits ObjectDef, EnumDef, UnionDef {

    SchemaId id();

    NameHint nameHint();

    Optional<String> title();

    Optional<String> description();

    boolean deprecated();

    SpecLocation location();

    /** The {@code x-} keys of the schema's definition. */
    Extensions extensions();
}
