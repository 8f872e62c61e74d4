package dev.specpoet.docs;

import dev.specpoet.model.JsonValue;
import java.util.stream.Collectors;

/** A spec value (default, example, enum value) as compact JSON text, for tables. */
final class JsonText {
    private JsonText() {}

    static String of(JsonValue value) {
        if (value instanceof JsonValue.Text text) {
            return quote(text.value());
        }
        if (value instanceof JsonValue.Number number) {
            return number.value().toPlainString();
        }
        if (value instanceof JsonValue.Bool bool) {
            return Boolean.toString(bool.value());
        }
        if (value instanceof JsonValue.Array array) {
            return array.items().stream().map(JsonText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof JsonValue.Object object) {
            return object.members().entrySet().stream()
                    .map(member -> quote(member.getKey()) + ": " + of(member.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return "null";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
