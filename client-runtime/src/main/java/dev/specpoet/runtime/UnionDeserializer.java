package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Reads a generated union (oneOf, anyOf, or a base type with subtypes) from JSON.
 *
 * <p>With a discriminator property present, its value picks the alternative, and a value no
 * alternative claims gives the fallback. Without one, the alternatives are tried in order: the
 * first whose JSON kind and required properties fit and that decodes wins; for an object, the
 * alternative declaring the most of its properties wins. A value that fits none
 * decodes as the fallback, so a server adding a new alternative does not break the client.
 *
 * @param <T> the union type
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final String discriminator;
    private final List<UnionVariant<? extends T>> variants;
    private final UnionVariant<? extends T> fallback;

    protected UnionDeserializer(
            Class<T> unionType,
            String discriminator,
            List<UnionVariant<? extends T>> variants,
            UnionVariant<? extends T> fallback) {
        super(unionType);
        this.discriminator = discriminator;
        this.variants = List.copyOf(variants);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
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
            return fallback.decode(node, context);
        }
        T best = null;
        int fewestUnknown = Integer.MAX_VALUE;
        for (UnionVariant<? extends T> variant : variants) {
            if (!variant.fits(node)) {
                continue;
            }
            T value = tryDecode(variant, node, context);
            if (value == null) {
                continue;
            }
            if (!node.isObject()) {
                return value;
            }
            // Objects decode leniently into any alternative; keep the one that declares the most
            // of the object's properties, the first on a tie.
            int unknown = variant.unknownProperties(node, context);
            if (unknown < fewestUnknown) {
                best = value;
                fewestUnknown = unknown;
            }
            if (unknown == 0) {
                break;
            }
        }
        return best != null ? best : fallback.decode(node, context);
    }

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
