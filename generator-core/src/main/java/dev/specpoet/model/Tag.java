package dev.specpoet.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A declared tag; operations are grouped into one API class per tag.
 *
 * @param summary a short title (OpenAPI 3.2)
 * @param parent the name of the tag this one is nested under (OpenAPI 3.2); the docs list its API
 *     class under the parent's, the Java API stays one class per tag
 * @param kind what the tag is for, such as {@code nav} or {@code badge} (OpenAPI 3.2)
 */
public record Tag(
        String name,
        Optional<String> description,
        Optional<String> summary,
        Optional<String> parent,
        Optional<String> kind) {
    public Tag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(kind, "kind");
        if (parent.isPresent() && parent.get().equals(name)) {
            throw new IllegalArgumentException("Tag " + name + " cannot be its own parent");
        }
    }

    /** A tag of OpenAPI 3.0 or 3.1: no summary, parent or kind. */
    public Tag(String name, Optional<String> description) {
        this(name, description, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
