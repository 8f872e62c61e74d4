package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * A path, query, header or cookie parameter of an operation.
 *
 * @param constraints what its schema says a valid value looks like
 * @param extensions the parameter's own {@code x-} keys
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
        Extensions extensions) {

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
        if (location == ParameterLocation.PATH && !required) {
            throw new IllegalArgumentException("Path parameter " + name + " must be required");
        }
    }
}
