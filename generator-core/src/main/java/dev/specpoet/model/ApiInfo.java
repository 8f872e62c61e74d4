package dev.specpoet.model;

import java.util.Objects;
import java.util.Optional;

/** The spec's {@code info}: title, version and description. */
public record ApiInfo(String title, String version, Optional<String> description) {
    public ApiInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
    }
}
