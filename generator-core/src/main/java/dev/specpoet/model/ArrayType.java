package dev.specpoet.model;

import java.util.Objects;

/** A JSON array of items of one type. */
public record ArrayType(TypeRef items) implements TypeRef {
    public ArrayType {
        Objects.requireNonNull(items, "items");
    }
}
