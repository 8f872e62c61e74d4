package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A property that is optional and nullable at once, with three states: undefined (absent from the
 * JSON), explicitly null, or a value.
 *
 * <p>Jackson support comes with the class, so any {@code ObjectMapper} works: a JSON null reads as
 * {@link #nullValue()}, a missing property as {@link #undefined()} (creator parameters of records
 * included), and a value as {@link #of}. For writing, a property annotated {@code
 * @JsonInclude(JsonInclude.Include.NON_EMPTY)} is left out when undefined and written as {@code
 * null} when null; without that annotation, undefined is written as {@code null} too.
 *
 * @param <T> the value type
 */
@JsonSerialize(using = JsonNullableCodec.Serializer.class)
@JsonDeserialize(using = JsonNullableCodec.Deserializer.class)
public final class JsonNullable<T> {
    private static final JsonNullable<?> UNDEFINED = new JsonNullable<>(null, false);
    private static final JsonNullable<?> NULL = new JsonNullable<>(null, true);

    private final T value;
    private final boolean defined;

    private JsonNullable(T value, boolean defined) {
        this.value = value;
        this.defined = defined;
    }

    /** Returns the state of a property absent from the JSON. */
    @SuppressWarnings("unchecked") // Holds no value, so it is a JsonNullable of any type.
    public static <T> JsonNullable<T> undefined() {
        return (JsonNullable<T>) UNDEFINED;
    }

    /** Returns the state of a property that is explicitly {@code null}. */
    @SuppressWarnings("unchecked") // Holds no value, so it is a JsonNullable of any type.
    public static <T> JsonNullable<T> nullValue() {
        return (JsonNullable<T>) NULL;
    }

    /** Returns a defined value; {@code of(null)} is the same as {@link #nullValue()}. */
    public static <T> JsonNullable<T> of(T value) {
        return value == null ? nullValue() : new JsonNullable<>(value, true);
    }

    /** Returns whether the property is present in the JSON, as null or as a value. */
    public boolean isDefined() {
        return defined;
    }

    /** Returns whether the property is present and explicitly null. */
    public boolean isNull() {
        return defined && value == null;
    }

    /** Returns whether there is a non-null value. */
    public boolean isPresent() {
        return value != null;
    }

    /** Returns the value, failing with {@link NoSuchElementException} unless {@link #isPresent()}. */
    public T get() {
        if (value == null) {
            throw new NoSuchElementException(defined ? "value is null" : "value is undefined");
        }
        return value;
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    /** Returns the value as an {@code Optional}, empty for both undefined and null. */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNullable<?> that && defined == that.defined && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(defined, value);
    }

    @Override
    public String toString() {
        return defined ? "JsonNullable[" + value + "]" : "JsonNullable.undefined";
    }
}
