package dev.specpoet.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One alternative of a generated union: the JSON kind it accepts, the discriminator values that
 * name it, the properties it requires, and how to decode it.
 *
 * @param <T> the union member this alternative decodes to
 */
public final class UnionVariant<T> {
    private final JsonKind kind;
    private final List<String> discriminatorValues;
    private final List<String> requiredProperties;
    private final Function<DeserializationContext, JavaType> javaType;
    private final Decoder<T> decoder;
    /** The JSON property names the alternative declares; introspected once, on first need. */
    private volatile java.util.Set<String> declared;

    private UnionVariant(
            JsonKind kind,
            List<String> discriminatorValues,
            List<String> requiredProperties,
            Function<DeserializationContext, JavaType> javaType,
            Decoder<T> decoder) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.discriminatorValues = List.copyOf(discriminatorValues);
        this.requiredProperties = List.copyOf(requiredProperties);
        this.javaType = javaType;
        this.decoder = decoder;
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

    /** Returns whether {@code node} has the kind and the required properties of this alternative. */
    boolean fits(JsonNode node) {
        if (!kind.accepts(node)) {
            return false;
        }
        for (String property : requiredProperties) {
            if (!node.has(property)) {
                return false;
            }
        }
        return true;
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
