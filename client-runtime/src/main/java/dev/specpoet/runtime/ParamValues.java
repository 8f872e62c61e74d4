package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns parameter values into text per OpenAPI's serialization styles: known scalars directly,
 * everything else through the client's {@link ObjectMapper}.
 */
final class ParamValues {
    private final ObjectMapper mapper;

    ParamValues(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A value reduced to the three shapes the serialization styles distinguish. */
    private sealed interface Shape {}

    private record Scalar(String text) implements Shape {}

    private record Items(List<String> items) implements Shape {}

    private record Fields(Map<String, String> fields) implements Shape {}

    /** Returns one encoded path segment in simple style: list items joined with a literal comma. */
    String pathSegment(Object value) {
        Shape shape = shapeOf(value);
        if (shape instanceof Scalar scalar) {
            return PercentEncoding.dotSafe(PercentEncoding.encode(scalar.text()));
        }
        String joined = simpleItems(shape).stream().map(PercentEncoding::encode).collect(Collectors.joining(","));
        return PercentEncoding.dotSafe(joined);
    }

    /** Returns a header or cookie value in simple style: list items joined with a comma. */
    String simpleValue(Object value) {
        return String.join(",", simpleItems(shapeOf(value)));
    }

    /** Returns the text of a scalar value, or empty for lists and objects. */
    Optional<String> scalarText(Object value) {
        Shape shape = shapeOf(value);
        return shape instanceof Scalar scalar ? Optional.of(scalar.text()) : Optional.empty();
    }

    /** Returns the encoded {@code name=value} pairs for one query (or form) parameter. */
    List<String> queryPairs(String name, Object value, ApiRequest.ParamStyle style, boolean explode) {
        String encodedName = PercentEncoding.encode(name);
        Shape shape = shapeOf(value);
        if (shape instanceof Scalar scalar) {
            return List.of(encodedName + "=" + PercentEncoding.encode(scalar.text()));
        }
        if (shape instanceof Items list) {
            if (explode) {
                return list.items().stream()
                        .map(item -> encodedName + "=" + PercentEncoding.encode(item))
                        .toList();
            }
            return List.of(encodedName + "=" + joinEncoded(list.items(), style));
        }
        Map<String, String> fields = ((Fields) shape).fields();
        List<String> pairs = new ArrayList<>();
        if (style == ApiRequest.ParamStyle.DEEP_OBJECT) {
            fields.forEach((key, text) ->
                    pairs.add(PercentEncoding.encode(name + "[" + key + "]") + "=" + PercentEncoding.encode(text)));
        } else if (explode) {
            fields.forEach((key, text) -> pairs.add(PercentEncoding.encode(key) + "=" + PercentEncoding.encode(text)));
        } else {
            pairs.add(encodedName + "=" + joinEncoded(flatten(fields), style));
        }
        return pairs;
    }

    /**
     * Returns a whole query string (OpenAPI 3.2's {@code in: querystring}) in {@code mediaType}:
     * form-encoded fields (or one form-encoded scalar) for {@code
     * application/x-www-form-urlencoded}, the percent-encoded JSON text for JSON media types, the
     * percent-encoded text otherwise.
     */
    String queryString(Object value, String mediaType) {
        String type = mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (type.equals("application/json") || type.endsWith("+json")) {
            try {
                return PercentEncoding.encode(mapper.writeValueAsString(value));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("the querystring value cannot be written as JSON", e);
            }
        }
        Shape shape = shapeOf(value);
        if (type.equals("application/x-www-form-urlencoded")) {
            if (shape instanceof Fields object) {
                List<String> pairs = new ArrayList<>();
                object.fields()
                        .forEach((key, text) ->
                                pairs.add(PercentEncoding.encode(key) + "=" + PercentEncoding.encode(text)));
                return String.join("&", pairs);
            }
        }
        return shape instanceof Scalar scalar
                ? PercentEncoding.encode(scalar.text())
                : PercentEncoding.encode(nodeText(mapper.valueToTree(value)));
    }

    private static String joinEncoded(List<String> items, ApiRequest.ParamStyle style) {
        String delimiter = switch (style) {
            case SPACE_DELIMITED -> "%20";
            case PIPE_DELIMITED -> "%7C";
            case FORM, DEEP_OBJECT -> ",";
        };
        return items.stream().map(PercentEncoding::encode).collect(Collectors.joining(delimiter));
    }

    private static List<String> simpleItems(Shape shape) {
        if (shape instanceof Scalar scalar) {
            return List.of(scalar.text());
        }
        return shape instanceof Items list ? list.items() : flatten(((Fields) shape).fields());
    }

    private static List<String> flatten(Map<String, String> fields) {
        List<String> items = new ArrayList<>();
        fields.forEach((key, text) -> {
            items.add(key);
            items.add(text);
        });
        return items;
    }

    private Shape shapeOf(Object value) {
        Optional<String> known = knownScalar(value);
        if (known.isPresent()) {
            return new Scalar(known.get());
        }
        if (value instanceof Collection<?> collection) {
            return new Items(collection.stream()
                    .filter(Objects::nonNull)
                    .map(this::itemText)
                    .toList());
        }
        JsonNode node = mapper.valueToTree(value);
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> {
                if (!item.isNull()) {
                    items.add(nodeText(item));
                }
            });
            return new Items(items);
        }
        if (node.isObject()) {
            Map<String, String> fields = new LinkedHashMap<>();
            // fieldNames(), not properties() (Jackson 2.15+) or fields() (deprecated in 2.19): this
            // reads the same on every Jackson 2 from 2.13 on.
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode field = node.get(name);
                if (!field.isNull()) {
                    fields.put(name, nodeText(field));
                }
            }
            return new Fields(fields);
        }
        return new Scalar(nodeText(node));
    }

    private String itemText(Object item) {
        return knownScalar(item).orElseGet(() -> nodeText(mapper.valueToTree(item)));
    }

    /** Formats the scalar types generated code passes, without a round trip through JSON. */
    private static Optional<String> knownScalar(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof String || value instanceof Boolean || value instanceof Character) {
            return Optional.of(value.toString());
        }
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal.toPlainString());
        }
        if (value instanceof Number || value instanceof UUID || value instanceof URI || value instanceof LocalDate) {
            return Optional.of(value.toString());
        }
        if (value instanceof OffsetDateTime dateTime) {
            return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime));
        }
        if (value instanceof OpenEnum<?> openEnum) {
            return Optional.of(String.valueOf(openEnum.value()));
        }
        return Optional.empty();
    }

    /** Returns a JSON node's text; nested lists and objects stay JSON, as no style defines them. */
    private static String nodeText(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
