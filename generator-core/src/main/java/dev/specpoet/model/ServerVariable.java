package dev.specpoet.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code {name}} placeholder of a server URL.
 *
 * @param defaultValue the value the server's {@link Server#url()} was built with
 * @param allowed the values the spec allows ({@code enum}); empty when any value is allowed
 */
public record ServerVariable(String name, String defaultValue, List<String> allowed, Optional<String> description) {
    public ServerVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(description, "description");
    }
}
