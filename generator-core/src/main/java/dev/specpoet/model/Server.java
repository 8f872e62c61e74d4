package dev.specpoet.model;

import java.util.Objects;
import java.util.Optional;

/** A server the API is served from, its variables already replaced by their defaults. */
public record Server(String url, Optional<String> description) {
    public Server {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
    }
}
