package dev.specpoet.model;

import java.util.Objects;

/** A reference to a {@link SchemaDef}, by its id. */
public record NamedType(SchemaId id) implements TypeRef {
    public NamedType {
        Objects.requireNonNull(id, "id");
    }
}
