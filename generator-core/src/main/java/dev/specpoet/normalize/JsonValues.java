package dev.specpoet.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.model.Extensions;
import dev.specpoet.model.JsonValue;
import dev.specpoet.parse.Oas32Markers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts the values Swagger Parser hands out for defaults, examples and enums (strings, boxed
 * numbers, dates, Jackson nodes, maps, lists) into immutable {@link JsonValue}s.
 */
final class JsonValues {
    private JsonValues() {}

    /** The {@code x-} keys of a node's extension map (null when it has none), in source order. */
    static Extensions extensions(Map<String, Object> raw) {
        if (raw == null || raw.isEmpty()) {
            return Extensions.NONE;
        }
        Map<String, JsonValue> values = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            if (name != null && name.startsWith("x-") && !Oas32Markers.isMarker(name)) {
                values.put(name, of(value));
            }
        });
        return values.isEmpty() ? Extensions.NONE : new Extensions(values);
    }

    /** The value, or empty when Swagger Parser reports none. */
    static Optional<JsonValue> optional(Object value) {
        return value == null ? Optional.empty() : Optional.of(of(value));
    }

    static JsonValue of(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return new JsonValue.Text(text);
        }
        if (value instanceof Boolean bool) {
            return new JsonValue.Bool(bool);
        }
        if (value instanceof BigDecimal decimal) {
            return new JsonValue.Number(decimal);
        }
        if (value instanceof BigInteger integer) {
            return new JsonValue.Number(new BigDecimal(integer));
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((java.lang.Number) value).doubleValue();
            return Double.isFinite(number)
                    ? new JsonValue.Number(BigDecimal.valueOf(number))
                    : new JsonValue.Text(value.toString());
        }
        if (value instanceof java.lang.Number number) {
            return new JsonValue.Number(BigDecimal.valueOf(number.longValue()));
        }
        if (value instanceof JsonNode node) {
            return ofNode(node);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            map.forEach((key, member) -> members.put(String.valueOf(key), of(member)));
            return new JsonValue.Object(members);
        }
        if (value instanceof Collection<?> collection) {
            List<JsonValue> items = new ArrayList<>();
            collection.forEach(item -> items.add(of(item)));
            return new JsonValue.Array(items);
        }
        if (value instanceof byte[] bytes) {
            return new JsonValue.Text(Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Date date) {
            return new JsonValue.Text(date.toInstant().toString());
        }
        if (value instanceof TemporalAccessor) {
            return new JsonValue.Text(value.toString());
        }
        return new JsonValue.Text(value.toString());
    }

    static JsonValue ofNode(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return JsonValue.NULL;
        }
        if (node.isTextual()) {
            return new JsonValue.Text(node.textValue());
        }
        if (node.isBoolean()) {
            return new JsonValue.Bool(node.booleanValue());
        }
        if (node.isNumber()) {
            return node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())
                    ? new JsonValue.Text(node.asText())
                    : new JsonValue.Number(node.decimalValue());
        }
        if (node.isArray()) {
            List<JsonValue> items = new ArrayList<>();
            node.forEach(item -> items.add(ofNode(item)));
            return new JsonValue.Array(items);
        }
        if (node.isObject()) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                members.put(field.getKey(), ofNode(field.getValue()));
            }
            return new JsonValue.Object(members);
        }
        return new JsonValue.Text(node.asText());
    }
}
