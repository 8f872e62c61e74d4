package dev.specpoet.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One alternative of a generated union: the JSON kind it accepts, the discriminator values that
 * name it, the properties it requires, its tags (properties with a single allowed value), whether
 * it allows properties it does not declare, and how to decode it.
 *
 * @param <T> the union member this alternative decodes to
 */
public final class UnionVariant<T> {
    private final JsonKind kind;
    private final List<String> discriminatorValues;
    private final List<String> requiredProperties;
    private final Function<DeserializationContext, JavaType> javaType;
    private final Decoder<T> decoder;
    /** Property name to the only value it may have; a present property with another value rules the alternative out. */
    private final Map<String, JsonNode> tags;
    /** The properties of a closed alternative ({@code additionalProperties: false}); null when it is open. */
    private final Set<String> closedTo;
    /** The JSON property names the alternative declares; introspected once, on first need. */
    private volatile java.util.Set<String> declared;

    private UnionVariant(
            JsonKind kind,
            List<String> discriminatorValues,
            List<String> requiredProperties,
            Function<DeserializationContext, JavaType> javaType,
            Decoder<T> decoder,
            Map<String, JsonNode> tags,
            Set<String> closedTo) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.discriminatorValues = List.copyOf(discriminatorValues);
        this.requiredProperties = List.copyOf(requiredProperties);
        this.javaType = javaType;
        this.decoder = decoder;
        this.tags = tags;
        this.closedTo = closedTo;
    }

    private UnionVariant(
            JsonKind kind,
            List<String> discriminatorValues,
            List<String> requiredProperties,
            Function<DeserializationContext, JavaType> javaType,
            Decoder<T> decoder) {
        this(kind, discriminatorValues, requiredProperties, javaType, decoder, Map.of(), null);
    }

    /**
     * This alternative with a tag: {@code property}, when present and not null, must be {@code
     * value} (a {@code String}, {@code Boolean} or {@code Number}), as a {@code const} or a
     * one-value {@code enum} says.
     */
    public UnionVariant<T> tagged(String property, Object value) {
        Objects.requireNonNull(property, "property");
        Map<String, JsonNode> more = new LinkedHashMap<>(tags);
        more.put(property, node(value));
        return new UnionVariant<>(
                kind,
                discriminatorValues,
                requiredProperties,
                javaType,
                decoder,
                java.util.Collections.unmodifiableMap(more),
                closedTo);
    }

    /** This alternative as a closed object: a property other than {@code declaredProperties} rules it out. */
    public UnionVariant<T> closed(List<String> declaredProperties) {
        return new UnionVariant<>(
                kind, discriminatorValues, requiredProperties, javaType, decoder, tags, Set.copyOf(declaredProperties));
    }

    private static JsonNode node(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof BigDecimal decimal) {
            return nodes.numberNode(decimal);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return nodes.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return nodes.numberNode(new BigDecimal(number.toString()));
        }
        throw new IllegalArgumentException("A tag is a string, a boolean or a number, not " + value);
    }

    /**
     * An alternative that is itself a member of the union, such as a model class implementing the
     * union's interface.
     */
    public static <T> UnionVariant<T> of(
            Class<T> type, JsonKind kind, List<String> discriminatorValues, List<String> requiredProperties) {
        Objects.requireNonNull(type, "type");
        return new UnionVariant<>(
                kind,
                discriminatorValues,
                requiredProperties,
                context -> context.constructType(type),
                (node, context) -> listed(context.readTreeAsValue(node, context.constructType(type))));
    }

    /** An alternative whose value is wrapped into a union member, such as a string or a list. */
    public static <V, T> UnionVariant<T> wrapping(Class<V> valueType, JsonKind kind, Function<V, T> wrapper) {
        Objects.requireNonNull(valueType, "valueType");
        return wrapping(kind, context -> context.constructType(valueType), wrapper);
    }

    /** An alternative whose generic value, such as {@code List<String>}, is wrapped into a union member. */
    public static <V, T> UnionVariant<T> wrapping(TypeReference<V> valueType, JsonKind kind, Function<V, T> wrapper) {
        Objects.requireNonNull(valueType, "valueType");
        return wrapping(kind, context -> context.getTypeFactory().constructType(valueType), wrapper);
    }

    private static <V, T> UnionVariant<T> wrapping(
            JsonKind kind, Function<DeserializationContext, JavaType> valueType, Function<V, T> wrapper) {
        Objects.requireNonNull(wrapper, "wrapper");
        return new UnionVariant<>(kind, List.of(), List.of(), valueType, (node, context) -> {
            V value = context.readTreeAsValue(node, valueType.apply(context));
            return wrapper.apply(listed(value));
        });
    }

    /**
     * An open enum takes any string; as an alternative it only claims the values it lists, so that
     * an unlisted string can still be the plain-string alternative.
     */
    private static <V> V listed(V value) {
        if (value instanceof OpenEnum<?> constant && !constant.isKnown()) {
            throw new IllegalArgumentException("not a listed value: " + constant.value());
        }
        return value;
    }

    /** Returns whether the discriminator value names this alternative. */
    boolean isNamedBy(String discriminatorValue) {
        return discriminatorValues.contains(discriminatorValue);
    }

    /**
     * Returns whether nothing in {@code node} contradicts this alternative: it has the right JSON
     * kind and, for an object, every required property, no tag with another value (a tag absent
     * or null contradicts nothing) and, when the alternative is closed, no undeclared property.
     */
    boolean fits(JsonNode node) {
        if (!kind.accepts(node)) {
            return false;
        }
        for (String property : requiredProperties) {
            if (!node.has(property)) {
                return false;
            }
        }
        for (Map.Entry<String, JsonNode> tag : tags.entrySet()) {
            JsonNode value = node.get(tag.getKey());
            if (value != null && !value.isNull() && !sameValue(value, tag.getValue())) {
                return false;
            }
        }
        if (closedTo != null && node.isObject()) {
            for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                if (!closedTo.contains(names.next())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How many of this alternative's tags {@code node} carries with the tag's value: the evidence for it. */
    int matchedTags(JsonNode node) {
        int matched = 0;
        for (Map.Entry<String, JsonNode> tag : tags.entrySet()) {
            JsonNode value = node.get(tag.getKey());
            if (value != null && sameValue(value, tag.getValue())) {
                matched++;
            }
        }
        return matched;
    }

    /** JSON equality, numbers compared by value ({@code 1} is {@code 1.0}). */
    private static boolean sameValue(JsonNode value, JsonNode tag) {
        if (value.isNumber() && tag.isNumber()) {
            return value.decimalValue().compareTo(tag.decimalValue()) == 0;
        }
        return value.equals(tag);
    }

    /**
     * How many of an object's properties this alternative does not declare: among alternatives
     * that all accept an object, the one that knows it best is the one it was written as.
     */
    int unknownProperties(JsonNode node, DeserializationContext context) {
        java.util.Set<String> known = declaredProperties(context);
        int unknown = 0;
        for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!known.contains(names.next())) {
                unknown++;
            }
        }
        return unknown;
    }

    private java.util.Set<String> declaredProperties(DeserializationContext context) {
        if (closedTo != null) {
            return closedTo;
        }
        java.util.Set<String> known = declared;
        if (known == null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (var property :
                    context.getConfig().introspect(javaType.apply(context)).findProperties()) {
                names.add(property.getName());
            }
            known = java.util.Set.copyOf(names);
            declared = known;
        }
        return known;
    }

    T decode(JsonNode node, DeserializationContext context) throws IOException {
        return decoder.decode(node, context);
    }

    @FunctionalInterface
    private interface Decoder<T> {
        T decode(JsonNode node, DeserializationContext context) throws IOException;
    }
}
