package dev.specpoet.model;

import java.util.Objects;

/** A JSON object used as a map from string keys to values of one type. */
public record MapType(TypeRef values) implements TypeRef {
    public MapType {
        Objects.requireNonNull(values, "values");
    }
}
