package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An operation's request body: one entry per media type the spec lists.
 *
 * @param nameHint the parameter name the spec suggests ({@code x-codegen-request-body-name} or a
 *     Swagger 2.0 body parameter's name)
 */
public record RequestBody(
        boolean required,
        Optional<String> description,
        List<Content> contents,
        Optional<String> nameHint,
        SpecLocation location) {

    public RequestBody {
        Objects.requireNonNull(description, "description");
        contents = List.copyOf(contents);
        Objects.requireNonNull(nameHint, "nameHint");
        Objects.requireNonNull(location, "location");
    }
}
