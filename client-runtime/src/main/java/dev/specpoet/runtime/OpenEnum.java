package dev.specpoet.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of generated enums that stay open: a value the spec did not list decodes to an unknown
 * instance that keeps its raw value and is written back unchanged, instead of failing the call.
 *
 * <p>A generated subclass is final, has {@code public static final} constants, a private
 * constructor, a {@code @JsonCreator} factory {@code of(value)} returning the known constant or a
 * new unknown instance, a static {@code values()} of the known constants, and a nested Java {@code enum}
 * of them that {@code known()} returns (through {@link #requireKnown}) for an exhaustive {@code switch}.
 *
 * @param <V> the raw value type, such as {@code String} or {@code Integer}
 */
public abstract class OpenEnum<V> {
    private final V value;
    private final boolean known;

    protected OpenEnum(V value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /** Returns the raw value, as it appears in JSON. */
    @JsonValue
    public final V value() {
        return value;
    }

    /** Returns whether this is one of the constants the spec lists. */
    public final boolean isKnown() {
        return known;
    }

    /**
     * Returns {@code constant}, a subclass's Java enum constant for this value, or throws when the
     * value is not one the spec lists (then there is no constant to return).
     */
    protected final <K extends Enum<K>> K requireKnown(K constant) {
        if (constant == null) {
            throw new IllegalStateException("'" + value + "' is not a value the spec lists; check isKnown() first");
        }
        return constant;
    }

    /** Returns the constants keyed by value, in declaration order, for a subclass's {@code of}. */
    @SafeVarargs
    protected static <V, E extends OpenEnum<V>> Map<V, E> index(E... constants) {
        Map<V, E> byValue = new LinkedHashMap<>();
        for (E constant : constants) {
            if (byValue.putIfAbsent(constant.value(), constant) != null) {
                throw new IllegalArgumentException("duplicate enum value: " + constant.value());
            }
        }
        return Collections.unmodifiableMap(byValue);
    }

    /** Equal when of the same class with equal values, so an unknown value equals its own repeat. */
    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((OpenEnum<?>) other).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
