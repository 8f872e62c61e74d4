package dev.specpoet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The specification extensions ({@code x-} keys) of one node, in source order, each as parsed JSON:
 * vendor pagination descriptions, naming hints and the like that later stages read.
 *
 * @param values every {@code x-} key of the node and its value
 */
public record Extensions(Map<String, JsonValue> values) {
    /** A node without extensions. */
    public static final Extensions NONE = new Extensions(Map.of());

    public Extensions {
        values.keySet().forEach(name -> {
            if (!name.startsWith("x-")) {
                throw new IllegalArgumentException("Not an extension name (no 'x-' prefix): '" + name + "'");
            }
        });
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The extension's value, if the node has it. */
    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** True when the node has the extension, whatever its value (even {@code null}). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The extension's value when it is a string that is not blank. */
    public Optional<String> text(String name) {
        return get(name)
                .filter(value ->
                        value instanceof JsonValue.Text text && !text.value().isBlank())
                .map(value -> ((JsonValue.Text) value).value());
    }

    /** The extension's value when it is a JSON object (most structured extensions are). */
    public Optional<JsonValue.Object> object(String name) {
        return get(name).filter(JsonValue.Object.class::isInstance).map(JsonValue.Object.class::cast);
    }

    /** True when the extension is JSON {@code true}. */
    public boolean isTrue(String name) {
        return get(name)
                .filter(value -> value instanceof JsonValue.Bool bool && bool.value())
                .isPresent();
    }

    /** The extension names, in source order. */
    public Set<String> names() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
