package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An object schema with named properties; {@code allOf} parts are already flattened into it.
 *
 * @param additionalProperties the type of properties not declared, kept on read and written back;
 *     empty when the spec forbids them ({@code additionalProperties: false})
 */
public record ObjectDef(
        SchemaId id,
        NameHint nameHint,
        Optional<String> title,
        Optional<String> description,
        boolean deprecated,
        List<Property> properties,
        Optional<TypeRef> additionalProperties,
        SpecLocation location,
        Extensions extensions)
        implements SchemaDef {

    public ObjectDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameHint, "nameHint");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        properties = List.copyOf(properties);
        Objects.requireNonNull(additionalProperties, "additionalProperties");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(extensions, "extensions");
        long distinct = properties.stream().map(Property::jsonName).distinct().count();
        if (distinct != properties.size()) {
            throw new IllegalArgumentException("Duplicate property names in " + id);
        }
    }

    /** True when the spec forbids undeclared properties ({@code additionalProperties: false}). */
    public boolean isClosed() {
        return additionalProperties.isEmpty();
    }

    /** The property with this JSON name, if any. */
    public Optional<Property> property(String jsonName) {
        return properties.stream().filter(p -> p.jsonName().equals(jsonName)).findFirst();
    }
}
