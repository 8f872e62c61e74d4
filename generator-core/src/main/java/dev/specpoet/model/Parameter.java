package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * A path, query, header or cookie parameter of an operation.
 *
 * @param constraints what its schema says a valid value looks like
 * @param extensions the parameter's own {@code x-} keys
 * @param mediaType the media type of its {@code content}, for a parameter serialized by one (always
 *     so {@code in: querystring})
 * @param serializedExample an example as it goes on the wire (OpenAPI 3.2's {@code serializedValue})
 */
public record Parameter(
        String name,
        ParameterLocation location,
        boolean required,
        boolean deprecated,
        TypeRef type,
        Optional<String> description,
        ParameterStyle style,
        boolean explode,
        Optional<JsonValue> example,
        Optional<JsonValue> defaultValue,
        SpecLocation specLocation,
        Constraints constraints,
        Extensions extensions,
        Optional<String> mediaType,
        Optional<String> serializedExample) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(specLocation, "specLocation");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(serializedExample, "serializedExample");
        if (location == ParameterLocation.PATH && !required) {
            throw new IllegalArgumentException("Path parameter " + name + " must be required");
        }
        if (location == ParameterLocation.QUERYSTRING && mediaType.isEmpty()) {
            throw new IllegalArgumentException("Querystring parameter " + name + " needs a media type");
        }
    }

    /** A parameter serialized by {@code style}, with no wire-form example. */
    public Parameter(
            String name,
            ParameterLocation location,
            boolean required,
            boolean deprecated,
            TypeRef type,
            Optional<String> description,
            ParameterStyle style,
            boolean explode,
            Optional<JsonValue> example,
            Optional<JsonValue> defaultValue,
            SpecLocation specLocation,
            Constraints constraints,
            Extensions extensions) {
        this(
                name,
                location,
                required,
                deprecated,
                type,
                description,
                style,
                explode,
                example,
                defaultValue,
                specLocation,
                constraints,
                extensions,
                Optional.empty(),
                Optional.empty());
    }
}
