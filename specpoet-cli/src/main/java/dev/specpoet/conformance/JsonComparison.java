package dev.specpoet.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Compares an example with what the client wrote back, as JSON values: the order of an object's
 * members does not matter, numbers are equal when their values are ({@code 1}, {@code 1.0} and
 * {@code 1e0} are one number), and so are RFC 3339 date-times that name the same time with the same
 * offset ({@code 15:05:24.000-08:00} and {@code 15:05:24-08:00}; {@code Z} and {@code +00:00}): a
 * client holds the value, not the text. Everything else must be the same.
 */
final class JsonComparison {
    private JsonComparison() {}

    /**
     * Where the two differ first, depth first in the example's order.
     *
     * @param pointer where in the example, as a JSON pointer relative to the example
     * @param difference what differs, saying what the example has and what came back
     */
    record Difference(String pointer, String difference) {}

    static Optional<Difference> firstDifference(JsonNode expected, JsonNode actual) {
        return compare(expected, actual, "");
    }

    private static Optional<Difference> compare(JsonNode expected, JsonNode actual, String at) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? Optional.empty()
                    : differ(at, expected, actual);
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return differ(at, expected, actual);
        }
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String memberAt = SchemaConformity.child(at, member.getKey());
                if (!actual.has(member.getKey())) {
                    return Optional.of(
                            new Difference(memberAt, "the member " + shown(member.getValue()) + " was dropped"));
                }
                Optional<Difference> inner = compare(member.getValue(), actual.get(member.getKey()), memberAt);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name)) {
                    return Optional.of(new Difference(
                            SchemaConformity.child(at, name), "the member " + shown(actual.get(name)) + " was added"));
                }
            }
            return Optional.empty();
        }
        if (expected.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                Optional<Difference> inner =
                        compare(expected.get(i), actual.get(i), SchemaConformity.child(at, Integer.toString(i)));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return expected.size() == actual.size()
                    ? Optional.empty()
                    : Optional.of(new Difference(at, expected.size() + " items became " + actual.size()));
        }
        if (expected.isTextual() && sameDateTime(expected.textValue(), actual.textValue())) {
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty() : differ(at, expected, actual);
    }

    private static boolean sameDateTime(String expected, String actual) {
        if (expected.length() < 20 || actual.length() < 20 || expected.charAt(10) != 'T') {
            return false;
        }
        try {
            return OffsetDateTime.parse(expected).equals(OffsetDateTime.parse(actual));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<Difference> differ(String at, JsonNode expected, JsonNode actual) {
        return Optional.of(new Difference(at, shown(expected) + " became " + shown(actual)));
    }

    /** A value as JSON text, cut short when long. */
    static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
