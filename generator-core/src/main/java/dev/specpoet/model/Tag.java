package dev.specpoet.model;

import java.util.Objects;
import java.util.Optional;

/** A declared tag; operations are grouped into one API class per tag. */
public record Tag(String name, Optional<String> description) {
    public Tag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
