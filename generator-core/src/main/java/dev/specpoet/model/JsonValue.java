package dev.specpoet.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An immutable JSON value from the spec: a default, a const, an enum value or an example. */
public sealed interface JsonValue {

    JsonValue NULL = new Null();

    /** A JSON string. */
    record Text(String value) implements JsonValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A JSON number, exactly as written. */
    record Number(BigDecimal value) implements JsonValue {
        public Number {
            Objects.requireNonNull(value, "value");
        }

        /** True when the number has no fractional part. */
        public boolean isIntegral() {
            return value.signum() == 0
                    || value.scale() <= 0
                    || value.stripTrailingZeros().scale() <= 0;
        }
    }

    /** JSON {@code true} or {@code false}. */
    record Bool(boolean value) implements JsonValue {}

    /** JSON {@code null}. */
    record Null() implements JsonValue {}

    /** A JSON array. */
    record Array(List<JsonValue> items) implements JsonValue {
        public Array {
            items = List.copyOf(items);
        }
    }

    /** A JSON object, its members in source order. */
    record Object(Map<String, JsonValue> members) implements JsonValue {
        public Object {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }
}
