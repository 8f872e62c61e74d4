package dev.specpoet.runtime;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON properties a model's schema does not declare, as a generated record keeps them: an
 * unmodifiable map in the order they arrived, explicit nulls included. Its {@code toString} masks
 * the values of secret-looking names, since a server may add a credential field that this client
 * does not know is one.
 *
 * @param <V> the values' type: {@code Object} for any JSON, or the schema's additionalProperties type
 */
public final class AdditionalProperties<V> extends AbstractMap<String, V> {
    private static final AdditionalProperties<Object> EMPTY = new AdditionalProperties<>(Map.of());

    private final Map<String, V> values;

    private AdditionalProperties(Map<String, V> values) {
        this.values = values;
    }

    /** An unmodifiable copy of {@code values} in their order; empty for null. */
    @SuppressWarnings("unchecked")
    public static <V> Map<String, V> copyOf(Map<String, ? extends V> values) {
        if (values == null || values.isEmpty()) {
            return (Map<String, V>) EMPTY;
        }
        if (values instanceof AdditionalProperties<?>) {
            return (Map<String, V>) values;
        }
        return new AdditionalProperties<>(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return values.entrySet();
    }

    @Override
    public V get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        values.forEach((name, value) -> {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(name).append('=').append(SecretNames.looksSecret(name) ? HeaderRules.MASK : value);
        });
        return text.append('}').toString();
    }
}
