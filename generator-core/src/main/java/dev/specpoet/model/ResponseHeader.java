package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.Objects;
import java.util.Optional;

/** A header a response declares. */
public record ResponseHeader(String name, Optional<String> description, TypeRef type, SpecLocation location) {
    public ResponseHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
    }
}
