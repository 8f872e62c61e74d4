package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * A property of an object schema.
 *
 * @param jsonName the name on the wire, kept exactly
 * @param nullable whether JSON {@code null} is an allowed value (3.0 {@code nullable}, 3.1 {@code
 *     type: [T, "null"]}, {@code anyOf [T, null]})
 * @param format the spec's format text, for documentation
 * @param constraints what the property's schema says a valid value looks like
 * @param extensions the {@code x-} keys of the property's schema
 * @param tag the only value the property may have: its {@code const} (3.1) or the value of a
 *     one-value {@code enum} (3.0), also through a {@code $ref}; a payload with another value is not
 *     this schema, which is how union alternatives without a discriminator are told apart
 */
public record Property(
        String jsonName,
        TypeRef type,
        boolean required,
        boolean nullable,
        boolean readOnly,
        boolean writeOnly,
        boolean deprecated,
        Optional<String> description,
        Optional<String> format,
        Optional<JsonValue> defaultValue,
        Optional<JsonValue> constValue,
        Optional<JsonValue> example,
        SpecLocation location,
        Constraints constraints,
        Extensions extensions,
        Optional<JsonValue> tag) {

    public Property {
        Objects.requireNonNull(jsonName, "jsonName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(constValue, "constValue");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(tag, "tag");
    }

    /**
     * True when absent and null mean different things: the property is optional and may be null,
     * so the generated code tells "not sent" from "sent as null".
     */
    public boolean distinguishesNullFromAbsent() {
        return nullable && !required;
    }
}
