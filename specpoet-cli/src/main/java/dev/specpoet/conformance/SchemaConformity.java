package dev.specpoet.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.MapType;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.TypeRef;
import dev.specpoet.model.UnionDef;
import dev.specpoet.naming.NamedModel;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whether an example keeps to its own schema, as the generator's model reads the schema: JSON
 * types, formats ({@code int32} and {@code int64} ranges, the digits a {@code float} or {@code double}
 * holds, {@code date}, RFC 3339 {@code date-time}
 * with its offset, {@code uuid}, {@code uri}, canonical base64 for {@code byte}), required properties, properties a
 * closed object does not allow, {@code null} where the schema does not allow it, enum values, and
 * for a union, that at least one variant (the discriminator's, when it names one) accepts it.
 *
 * <p>The runner asks only about examples that did not round-trip: an example that breaks its schema
 * is the spec's fault, whatever the client then does with it. Enum values are checked as JSON
 * Schema does (a listed value or nothing), though the generated enums accept any value.
 */
final class SchemaConformity {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /** Deeper than this, a recursive schema with a recursive example is taken as it is. */
    private static final int MAX_DEPTH = 64;

    private final NamedModel named;

    SchemaConformity(NamedModel named) {
        this.named = named;
    }

    /**
     * How an example breaks its schema.
     *
     * @param pointer where in the example, as a JSON pointer relative to the example
     */
    record Violation(String pointer, String reason) {}

    /** The first way the value breaks the type, if it does. */
    Optional<Violation> check(JsonNode value, TypeRef type) {
        return check(value, type, "", 0);
    }

    private Optional<Violation> check(JsonNode value, TypeRef type, String at, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (type instanceof ScalarType scalar) {
            return scalar(value, scalar.scalar(), at);
        }
        if (value.isNull()) {
            return violation(at, "null where the schema allows no null");
        }
        if (type instanceof ArrayType array) {
            if (!value.isArray()) {
                return violation(at, "expected an array, found " + kind(value));
            }
            for (int i = 0; i < value.size(); i++) {
                Optional<Violation> item =
                        check(value.get(i), array.items(), child(at, Integer.toString(i)), depth + 1);
                if (item.isPresent()) {
                    return item;
                }
            }
            return Optional.empty();
        }
        if (type instanceof MapType map) {
            if (!value.isObject()) {
                return violation(at, "expected an object, found " + kind(value));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                Optional<Violation> bad = check(member.getValue(), map.values(), child(at, member.getKey()), depth + 1);
                if (bad.isPresent()) {
                    return bad;
                }
            }
            return Optional.empty();
        }
        SchemaDef definition = named.definition(((NamedType) type).id());
        if (definition instanceof ObjectDef object) {
            return object(value, object, at, depth);
        }
        if (definition instanceof EnumDef enumeration) {
            return enumValue(value, enumeration, at);
        }
        return union(value, (UnionDef) definition, at, depth);
    }

    private Optional<Violation> object(JsonNode value, ObjectDef object, String at, int depth) {
        if (!value.isObject()) {
            return violation(at, "expected an object, found " + kind(value));
        }
        for (Property property : object.properties()) {
            if (property.required() && !value.has(property.jsonName())) {
                return violation(at, "the required property '" + property.jsonName() + "' is missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String memberAt = child(at, member.getKey());
            Optional<Property> property = object.property(member.getKey());
            Optional<Violation> bad;
            if (property.isPresent()) {
                bad = member.getValue().isNull() && property.get().nullable()
                        ? Optional.empty()
                        : check(member.getValue(), property.get().type(), memberAt, depth + 1);
            } else if (object.additionalProperties().isEmpty()) {
                bad = violation(memberAt, "the schema allows no property '" + member.getKey() + "'");
            } else {
                bad = check(member.getValue(), object.additionalProperties().get(), memberAt, depth + 1);
            }
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> enumValue(JsonNode value, EnumDef enumeration, String at) {
        boolean textual = enumeration.base() == ScalarType.Scalar.STRING;
        if (textual ? !value.isTextual() : !value.isIntegralNumber()) {
            return violation(at, "expected " + (textual ? "a string" : "an integer") + ", found " + kind(value));
        }
        String text = textual ? value.textValue() : value.bigIntegerValue().toString();
        boolean listed = enumeration.values().stream()
                .anyMatch(listedValue -> listedValue.text().equals(text));
        return listed ? Optional.empty() : violation(at, "'" + text + "' is not one of the enum's values");
    }

    private Optional<Violation> union(JsonNode value, UnionDef union, String at, int depth) {
        List<UnionDef.Variant> candidates = new ArrayList<>(union.variants());
        if (union.discriminator().isPresent()
                && value.path(union.discriminator().get()).isTextual()) {
            String tag = value.get(union.discriminator().get()).textValue();
            List<UnionDef.Variant> tagged = candidates.stream()
                    .filter(variant -> variant.discriminatorValues().contains(tag))
                    .toList();
            if (!tagged.isEmpty()) {
                candidates = tagged;
            }
        }
        Optional<Violation> first = Optional.empty();
        for (UnionDef.Variant variant : candidates) {
            Optional<Violation> bad = check(value, variant.type(), at, depth + 1);
            if (bad.isEmpty()) {
                return bad;
            }
            if (first.isEmpty()) {
                first = bad;
            }
        }
        if (candidates.isEmpty() || first.isEmpty()) {
            return Optional.empty();
        }
        return violation(
                first.get().pointer(),
                "fits none of the " + candidates.size() + " variants (the first: "
                        + first.get().reason() + ")");
    }

    private static Optional<Violation> scalar(JsonNode value, ScalarType.Scalar scalar, String at) {
        if (scalar == ScalarType.Scalar.ANY) {
            return Optional.empty();
        }
        if (value.isNull()) {
            return violation(at, "null where the schema allows no null");
        }
        return switch (scalar) {
            case STRING, BINARY -> expect(value.isTextual(), value, "a string", at);
            case BOOLEAN -> expect(value.isBoolean(), value, "a boolean", at);
            case FLOAT -> binaryFloat(value, "float", at, number -> Float.toString(number.floatValue()));
            case DOUBLE -> binaryFloat(value, "double", at, number -> Double.toString(number.doubleValue()));
            case DECIMAL -> expect(value.isNumber(), value, "a number", at);
            case INT32 -> integer(value, INT_MIN, INT_MAX, "int32", at);
            case INT64 -> integer(value, LONG_MIN, LONG_MAX, "int64", at);
            case DATE -> format(value, "date", at, text -> LocalDate.parse(text));
            case DATE_TIME -> format(value, "date-time", at, text -> OffsetDateTime.parse(text));
            case UUID ->
                format(value, "uuid", at, text -> {
                    if (!UUID_TEXT.matcher(text).matches()) {
                        throw new IllegalArgumentException();
                    }
                    UUID.fromString(text);
                });
            case URI -> format(value, "uri", at, text -> new URI(text));
            case BYTES -> format(value, "byte (canonical base64)", at, SchemaConformity::canonicalBase64);
            case ANY -> Optional.empty();
        };
    }

    /**
     * A number a {@code float} or {@code double} gives back: one with more significant digits than the
     * format's binary type holds comes back rounded, and the spec chose the format.
     */
    private static Optional<Violation> binaryFloat(
            JsonNode value, String format, String at, Function<BigDecimal, String> rounded) {
        if (!value.isNumber()) {
            return violation(at, "expected a number, found " + kind(value));
        }
        BigDecimal number = value.decimalValue();
        if (new BigDecimal(rounded.apply(number)).compareTo(number) != 0) {
            return violation(at, value + " has more digits than a " + format + " holds");
        }
        return Optional.empty();
    }

    private static Optional<Violation> integer(
            JsonNode value, BigDecimal min, BigDecimal max, String format, String at) {
        if (!value.isNumber()) {
            return violation(at, "expected an integer, found " + kind(value));
        }
        BigDecimal number = value.decimalValue();
        if (number.stripTrailingZeros().scale() > 0) {
            return violation(at, "expected an integer, found " + value);
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            return violation(at, value + " is out of the " + format + " range");
        }
        return Optional.empty();
    }

    /** A parse that throws for text that breaks the format. */
    @FunctionalInterface
    private interface Parse {
        void parse(String text) throws URISyntaxException;
    }

    private static Optional<Violation> format(JsonNode value, String format, String at, Parse parse) {
        if (!value.isTextual()) {
            return violation(at, "expected a " + format + " string, found " + kind(value));
        }
        try {
            parse.parse(value.textValue());
            return Optional.empty();
        } catch (URISyntaxException | DateTimeParseException | IllegalArgumentException e) {
            return violation(at, "'" + value.textValue() + "' is not a valid " + format);
        }
    }

    /**
     * Base64 that decodes, and whose unused bits in the last character are zero (RFC 4648, 3.5): any
     * other text stands for the same bytes as a canonical one, so no decoder can give it back.
     */
    private static void canonicalBase64(String text) {
        String compact = text.replaceAll("[\\r\\n]", "");
        byte[] bytes = Base64.getMimeDecoder().decode(compact);
        String again = Base64.getEncoder().encodeToString(bytes);
        if (!again.equals(compact) && !again.replace("=", "").equals(compact)) {
            throw new IllegalArgumentException("not canonical");
        }
    }

    private static Optional<Violation> expect(boolean ok, JsonNode value, String expected, String at) {
        return ok ? Optional.empty() : violation(at, "expected " + expected + ", found " + kind(value));
    }

    private static Optional<Violation> violation(String at, String reason) {
        return Optional.of(new Violation(at, reason));
    }

    /** The JSON kind of a value, with the value when it is short, for messages. */
    static String kind(JsonNode value) {
        String text = value.toString();
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string " + shown;
            case NUMBER -> "the number " + shown;
            case BOOLEAN -> shown;
            case NULL -> "null";
            default -> shown;
        };
    }

    static String child(String pointer, String token) {
        return SpecLocation.of("", pointer).child(token).pointer();
    }
}
