package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An enumeration of string or integer values. Generated enums are open: a value the spec does not
 * list is kept, not rejected.
 *
 * @param base {@link ScalarType.Scalar#STRING}, {@link ScalarType.Scalar#INT32} or {@link
 *     ScalarType.Scalar#INT64}
 */
public record EnumDef(
        SchemaId id,
        NameHint nameHint,
        Optional<String> title,
        Optional<String> description,
        boolean deprecated,
        ScalarType.Scalar base,
        List<EnumValue> values,
        SpecLocation location,
        Extensions extensions)
        implements SchemaDef {

    public EnumDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameHint, "nameHint");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(base, "base");
        values = List.copyOf(values);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(extensions, "extensions");
        if (base != ScalarType.Scalar.STRING && base != ScalarType.Scalar.INT32 && base != ScalarType.Scalar.INT64) {
            throw new IllegalArgumentException("Enums are of strings or integers, not " + base);
        }
    }

    /**
     * One listed value.
     *
     * @param value the wire value, a string or an integral number
     * @param nameHint a constant name the spec suggests ({@code x-enum-varnames})
     */
    public record EnumValue(JsonValue value, Optional<String> nameHint, Optional<String> description) {
        public EnumValue {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(nameHint, "nameHint");
            Objects.requireNonNull(description, "description");
        }

        /** The value as text: the string itself, or the number's digits. */
        public String text() {
            if (value instanceof JsonValue.Text || value instanceof JsonValue.Number) {
                return value.toText();
            }
            throw new IllegalStateException("Enum value is neither string nor number: " + value);
        }
    }
}
