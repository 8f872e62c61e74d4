package dev.specpoet.model;

import java.util.Objects;
import java.util.Optional;

/** A header a response declares. */
public record ResponseHeader(String name, Optional<String> description, TypeRef type) {
    public ResponseHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
    }
}
