package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads a generated union (oneOf, anyOf, or a base type with subtypes) from JSON.
 *
 * <p>With a discriminator property present, its value picks the alternative, and a value no
 * alternative claims gives the fallback. Without one, an alternative is ruled out when the value
 * contradicts it:
 *
 * <ul>
 *   <li>its JSON kind differs (a string is never coerced into a number or an object);
 *   <li>a property it requires is missing;
 *   <li>a tag (a property whose schema allows one value: a {@code const} or a one-value {@code
 *       enum}) is present with another value; an absent tag, or a null one, contradicts nothing,
 *       unless the tag property is also required, in which case the missing property rules the
 *       alternative out;
 *   <li>it is closed ({@code additionalProperties: false}) and the object has a property it does
 *       not declare;
 *   <li>the value does not decode into it.
 * </ul>
 *
 * <p>Of the alternatives left, a scalar or an array takes the first in order. An object takes the
 * alternative with the most tags present with their value, then the one declaring the most of the
 * object's properties (fewest undeclared), then the first in order: the spec's order, with
 * enums and strict string formats before lenient ones. A value that fits none decodes as the
 * fallback, so a server adding a new alternative does not break the client.
 *
 * <p>With a default alternative (OpenAPI 3.2's {@code defaultMapping}), an object whose
 * discriminator value is missing, null or claimed by no alternative decodes as that alternative
 * instead of the fallback.
 *
 * @param <T> the union type
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final String discriminator;
    // Transient: javac 21 and later warn (-Xlint:serial) on a serializable class holding fields of
    // types that are not; an exception or a Jackson (de)serializer is not meant to cross JVMs with them.
    private final transient List<UnionVariant<? extends T>> variants;

    private final transient UnionVariant<? extends T> fallback;

    /** Null when the union has no default alternative. */
    private final transient UnionVariant<? extends T> defaultVariant;

    protected UnionDeserializer(
            Class<T> unionType,
            String discriminator,
            List<UnionVariant<? extends T>> variants,
            UnionVariant<? extends T> fallback) {
        this(unionType, discriminator, variants, fallback, null);
    }

    /**
     * A deserializer whose objects with a missing or unclaimed discriminator value decode as {@code
     * defaultVariant} (OpenAPI 3.2's {@code defaultMapping}).
     */
    protected UnionDeserializer(
            Class<T> unionType,
            String discriminator,
            List<UnionVariant<? extends T>> variants,
            UnionVariant<? extends T> fallback,
            UnionVariant<? extends T> defaultVariant) {
        super(unionType);
        this.discriminator = discriminator;
        this.variants = List.copyOf(variants);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        if (defaultVariant != null && discriminator == null) {
            throw new IllegalArgumentException("a default alternative needs a discriminator");
        }
        this.defaultVariant = defaultVariant;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        if (discriminator != null && node.isObject() && node.path(discriminator).isTextual()) {
            String value = node.get(discriminator).asText();
            for (UnionVariant<? extends T> variant : variants) {
                if (variant.isNamedBy(value)) {
                    return variant.decode(node, context);
                }
            }
            return (defaultVariant != null ? defaultVariant : fallback).decode(node, context);
        }
        if (defaultVariant != null
                        && node.isObject()
                        && node.path(discriminator).isMissingNode()
                || defaultVariant != null
                        && node.isObject()
                        && node.path(discriminator).isNull()) {
            return defaultVariant.decode(node, context);
        }
        if (!node.isObject()) {
            for (UnionVariant<? extends T> variant : variants) {
                if (variant.fits(node)) {
                    T value = tryDecode(variant, node, context);
                    if (value != null) {
                        return value;
                    }
                }
            }
            return fallback.decode(node, context);
        }
        for (UnionVariant<? extends T> variant : ranked(node, context)) {
            T value = tryDecode(variant, node, context);
            if (value != null) {
                return value;
            }
        }
        return fallback.decode(node, context);
    }

    /** The alternatives an object fits, best first: most tags matched, fewest undeclared properties, order. */
    private List<UnionVariant<? extends T>> ranked(JsonNode node, DeserializationContext context) {
        List<Candidate<T>> candidates = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            UnionVariant<? extends T> variant = variants.get(i);
            if (variant.fits(node)) {
                candidates.add(new Candidate<>(
                        variant, variant.matchedTags(node), variant.unknownProperties(node, context), i));
            }
        }
        candidates.sort(Comparator.<Candidate<T>>comparingInt(c -> -c.matchedTags())
                .thenComparingInt(Candidate::unknown)
                .thenComparingInt(Candidate::index));
        List<UnionVariant<? extends T>> ranked = new ArrayList<>(candidates.size());
        candidates.forEach(candidate -> ranked.add(candidate.variant()));
        return ranked;
    }

    private record Candidate<T>(UnionVariant<? extends T> variant, int matchedTags, int unknown, int index) {}

    /** Returns the decoded value, or null when the value is not this alternative. */
    private T tryDecode(UnionVariant<? extends T> variant, JsonNode node, DeserializationContext context) {
        try {
            return variant.decode(node, context);
        } catch (IOException | IllegalArgumentException | IllegalStateException | NullPointerException e) {
            // Not this alternative: the next one, or the fallback, gets the value.
            return null;
        }
    }

    @Override
    public T getNullValue(DeserializationContext context) {
        return null;
    }
}
