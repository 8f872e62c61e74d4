package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server the API is served from.
 *
 * @param url the URL with every variable replaced by its default
 * @param urlTemplate the URL as the spec writes it, with its {@code {name}} placeholders
 * @param variables the placeholders' declarations, in spec order
 */
public record Server(
        String url,
        Optional<String> description,
        String urlTemplate,
        List<ServerVariable> variables,
        SpecLocation location) {
    public Server {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(urlTemplate, "urlTemplate");
        variables = List.copyOf(variables);
        Objects.requireNonNull(location, "location");
    }
}
