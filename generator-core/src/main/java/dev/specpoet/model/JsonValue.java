package dev.specpoet.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** An immutable JSON value from the spec: a default, a const, an enum value or an example. */
public sealed interface JsonValue {

    JsonValue NULL = new Null();

    /**
     * The value as compact JSON text ({@code {"a": [1, "x"]}}), the one way the generator writes a
     * spec value in docs, reports and comparisons. Numbers are written in their shortest plain form
     * ({@code 1.50} as {@code 1.5}, {@code 1E+2} as {@code 100}), so equal numbers read the same.
     */
    default String toJson() {
        if (this instanceof Text text) {
            return quote(text.value());
        }
        if (this instanceof Number number) {
            return number.text();
        }
        if (this instanceof Bool bool) {
            return Boolean.toString(bool.value());
        }
        if (this instanceof Array array) {
            return array.items().stream().map(JsonValue::toJson).collect(Collectors.joining(", ", "[", "]"));
        }
        if (this instanceof Object object) {
            return object.members().entrySet().stream()
                    .map(member ->
                            quote(member.getKey()) + ": " + member.getValue().toJson())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return "null";
    }

    /** The value as plain text: a string's own characters, unquoted; any other value as {@link #toJson}. */
    default String toText() {
        return this instanceof Text text ? text.value() : toJson();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

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

        /** The shortest plain digits of the number: {@code 1.50} is {@code 1.5}, {@code 1E+2} is {@code 100}. */
        public String text() {
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
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
