package dev.specpoet.normalize;

import dev.specpoet.model.JsonValue;
import dev.specpoet.model.ScalarType.Scalar;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Decides what a schema becomes (see {@link Shape}) and which scalar or enum base it has. */
final class ShapeClassifier {
    private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean", "file");

    private final Map<String, Schema> components;
    private final InheritanceIndex inheritance;

    ShapeClassifier(Map<String, Schema> components, InheritanceIndex inheritance) {
        this.components = components;
        this.inheritance = inheritance;
    }

    /** @param componentName the component's name when the schema is one, else null */
    Shape classify(Schema<?> schema, String componentName) {
        if (schema.get$ref() != null) {
            return Shape.REFERENCE;
        }
        if (schema.getBooleanSchemaValue() != null) {
            return Shape.ANY;
        }
        List<Schema> alternatives = alternatives(schema);
        if (!alternatives.isEmpty()) {
            List<Schema> real = realAlternatives(alternatives);
            if (real.size() >= 2) {
                return Shape.UNION;
            }
            if (real.size() == 1 && !SchemaReader.hasProperties(schema)) {
                return Shape.SINGLE_ALTERNATIVE;
            }
        }
        if (componentName != null && inheritance.isParent(componentName)) {
            return Shape.INHERITANCE;
        }
        if (SchemaReader.nonEmpty(schema.getAllOf())) {
            if (componentName == null && isReferenceWrapper(schema)) {
                return Shape.SINGLE_ALTERNATIVE;
            }
            if (SchemaReader.hasProperties(schema) || schema.getAllOf().stream().anyMatch(this::isObjectLike)) {
                return Shape.OBJECT;
            }
            return Shape.SINGLE_ALTERNATIVE;
        }
        if (schema.getEnum() != null && schema.getEnum().stream().anyMatch(java.util.Objects::nonNull)) {
            return enumBase(schema) != null ? Shape.ENUM : Shape.SCALAR;
        }
        if (schema.getConst() != null) {
            return Shape.SCALAR;
        }
        Set<String> types = SchemaReader.nonNullTypes(schema);
        if (types.size() > 1) {
            return Shape.ANY;
        }
        String type = types.isEmpty() ? null : types.iterator().next();
        if ("object".equals(type)
                || type == null && (SchemaReader.hasProperties(schema) || schema.getAdditionalProperties() != null)) {
            return SchemaReader.hasProperties(schema) ? Shape.OBJECT : Shape.MAP;
        }
        if ("array".equals(type) || type == null && schema.getItems() != null) {
            return Shape.ARRAY;
        }
        if (type != null && SCALAR_TYPES.contains(type) || type == null && schema.getFormat() != null) {
            return Shape.SCALAR;
        }
        return Shape.ANY;
    }

    /** The oneOf alternatives, else the anyOf ones, else none. */
    static List<Schema> alternatives(Schema<?> schema) {
        if (SchemaReader.nonEmpty(schema.getOneOf())) {
            return schema.getOneOf();
        }
        return SchemaReader.nonEmpty(schema.getAnyOf()) ? schema.getAnyOf() : List.of();
    }

    /** The alternatives that carry a type: not null-only and not mere constraints such as {@code required}. */
    static List<Schema> realAlternatives(List<Schema> alternatives) {
        return SchemaReader.nonNullAlternatives(alternatives).stream()
                .filter(alternative -> !isConstraintOnly(alternative))
                .toList();
    }

    /** True for an alternative that only constrains (required, minProperties...) and names no type. */
    static boolean isConstraintOnly(Schema<?> schema) {
        return schema.get$ref() == null
                && SchemaReader.types(schema).isEmpty()
                && !SchemaReader.hasProperties(schema)
                && schema.getItems() == null
                && schema.getEnum() == null
                && schema.getConst() == null
                && schema.getFormat() == null
                && schema.getAdditionalProperties() == null
                && !SchemaReader.nonEmpty(schema.getAllOf())
                && !SchemaReader.nonEmpty(schema.getOneOf())
                && !SchemaReader.nonEmpty(schema.getAnyOf());
    }

    /**
     * True for an inline {@code allOf: [$ref]} that only adds a description, {@code nullable} or a
     * default, as OpenAPI 3.0 requires next to a reference: it stands for the referenced type, not a
     * copy of it.
     */
    private static boolean isReferenceWrapper(Schema<?> schema) {
        if (SchemaReader.hasProperties(schema) || schema.getAdditionalProperties() != null) {
            return false;
        }
        List<Schema> parts = schema.getAllOf().stream()
                .filter(part -> part != null && !isConstraintOnly(part))
                .toList();
        return parts.size() == 1 && parts.get(0).get$ref() != null;
    }

    /** True for an allOf part that contributes properties: an object, a hierarchy parent, a composition. */
    boolean isObjectLike(Schema<?> part) {
        return isObjectLike(part, new HashSet<>());
    }

    /**
     * @param visited the components already looked into: an allOf cycle (which the flattener reports)
     *     must not recurse forever
     */
    private boolean isObjectLike(Schema<?> part, Set<String> visited) {
        if (part == null) {
            return false;
        }
        String name = SchemaReader.componentName(part.get$ref());
        if (name != null) {
            Schema<?> target = components.get(name);
            return target != null && visited.add(name) && (inheritance.isParent(name) || isObjectLike(target, visited));
        }
        return SchemaReader.hasProperties(part)
                || "object".equals(SchemaReader.singleType(part))
                || SchemaReader.nonEmpty(part.getAllOf())
                        && part.getAllOf().stream().anyMatch(p -> isObjectLike(p, visited));
    }

    /** The enum's base scalar, or null when the values are not all strings or all integers. */
    static Scalar enumBase(Schema<?> schema) {
        List<?> values =
                schema.getEnum().stream().filter(java.util.Objects::nonNull).toList();
        String type = SchemaReader.singleType(schema);
        boolean allText = values.stream().allMatch(v -> v instanceof String);
        boolean allIntegral =
                values.stream().allMatch(v -> JsonValues.of(v) instanceof JsonValue.Number n && n.isIntegral());
        if (type == null || type.equals("string")) {
            if (allText || type != null && values.stream().allMatch(v -> v instanceof String || v instanceof Number)) {
                return Scalar.STRING;
            }
        }
        if ((type == null || type.equals("integer")) && allIntegral) {
            boolean fitsInt = values.stream()
                    .allMatch(v -> ((JsonValue.Number) JsonValues.of(v))
                                    .value()
                                    .abs()
                                    .compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE))
                            <= 0);
            return "int64".equals(schema.getFormat()) || !fitsInt ? Scalar.INT64 : Scalar.INT32;
        }
        return null;
    }

    /** The scalar kind of a scalar-shaped schema, from its type and format. */
    static Scalar scalar(Schema<?> schema) {
        String type = SchemaReader.singleType(schema);
        String format = schema.getFormat() == null ? "" : schema.getFormat().toLowerCase(Locale.ROOT);
        if (type == null) {
            if (schema.getConst() != null) {
                return constScalar(JsonValues.of(schema.getConst()));
            }
            type = schema.getEnum() != null ? enumValueType(schema.getEnum()) : "string";
        }
        return switch (type) {
            case "string" -> stringScalar(format);
            case "integer" ->
                format.equals("int32")
                                || format.equals("int16")
                                || format.equals("int8")
                                || format.equals("uint8")
                                || format.equals("uint16")
                        ? Scalar.INT32
                        : Scalar.INT64;
            case "number" ->
                switch (format) {
                    case "float" -> Scalar.FLOAT;
                    case "double" -> Scalar.DOUBLE;
                    case "int32" -> Scalar.INT32;
                    case "int64" -> Scalar.INT64;
                    default -> Scalar.DECIMAL;
                };
            case "boolean" -> Scalar.BOOLEAN;
            case "file" -> Scalar.BINARY;
            default -> Scalar.ANY;
        };
    }

    private static Scalar stringScalar(String format) {
        return switch (format) {
            case "date" -> Scalar.DATE;
            case "date-time" -> Scalar.DATE_TIME;
            case "uuid" -> Scalar.UUID;
            case "uri", "url" -> Scalar.URI;
            case "byte" -> Scalar.BYTES;
            case "binary" -> Scalar.BINARY;
            default -> Scalar.STRING;
        };
    }

    private static Scalar constScalar(JsonValue value) {
        if (value instanceof JsonValue.Number number) {
            return number.isIntegral() ? Scalar.INT64 : Scalar.DECIMAL;
        }
        if (value instanceof JsonValue.Bool) {
            return Scalar.BOOLEAN;
        }
        return value instanceof JsonValue.Text ? Scalar.STRING : Scalar.ANY;
    }

    private static String enumValueType(List<?> values) {
        Object first =
                values.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (first instanceof Boolean) {
            return "boolean";
        }
        return first instanceof Number ? "number" : "string";
    }
}
