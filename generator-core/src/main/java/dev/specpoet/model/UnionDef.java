package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that is one of several types: {@code oneOf}, {@code anyOf}, or a schema with a
 * discriminator that other schemas extend through {@code allOf} (inheritance).
 *
 * @param discriminator the property whose value names the variant, when the spec gives one
 * @param commonProperties for inheritance, the parent's own properties (every variant has them);
 *     empty otherwise
 * @param defaultVariant the variant a value with a missing or unknown discriminator value decodes as
 *     (OpenAPI 3.2's {@code defaultMapping}); without one, such a value is unknown
 */
public record UnionDef(
        SchemaId id,
        NameHint nameHint,
        Optional<String> title,
        Optional<String> description,
        boolean deprecated,
        Kind kind,
        List<Variant> variants,
        Optional<String> discriminator,
        List<Property> commonProperties,
        SpecLocation location,
        Extensions extensions,
        Optional<TypeRef> defaultVariant)
        implements SchemaDef {

    /** Where the union came from. */
    public enum Kind {
        ONE_OF,
        ANY_OF,
        INHERITANCE
    }

    public UnionDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameHint, "nameHint");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        variants = List.copyOf(variants);
        Objects.requireNonNull(discriminator, "discriminator");
        commonProperties = List.copyOf(commonProperties);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(defaultVariant, "defaultVariant");
        if (defaultVariant.isPresent()) {
            if (discriminator.isEmpty()) {
                throw new IllegalArgumentException("Union " + id + " has a default variant but no discriminator");
            }
            if (variants.stream().noneMatch(v -> v.type().equals(defaultVariant.get()))) {
                throw new IllegalArgumentException(
                        "Default variant " + defaultVariant.get() + " of " + id + " is not one of its variants");
            }
        }
    }

    /**
     * One alternative of the union.
     *
     * @param discriminatorValues the discriminator values that select this variant, in mapping order
     */
    public record Variant(TypeRef type, List<String> discriminatorValues) {
        public Variant {
            Objects.requireNonNull(type, "type");
            discriminatorValues = List.copyOf(discriminatorValues);
        }
    }
}
