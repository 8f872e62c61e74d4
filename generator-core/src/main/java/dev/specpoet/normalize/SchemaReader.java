package dev.specpoet.normalize;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Swagger Parser schemas the same way whatever the dialect: 3.0 {@code type} and {@code
 * nullable}, 3.1 type arrays, Swagger 2.0 {@code x-nullable}.
 */
final class SchemaReader {
    static final String COMPONENT_PREFIX = "#/components/schemas/";

    private SchemaReader() {}

    /** Every type the schema names, lower case, {@code null} included. */
    static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getType() != null) {
            types.add(schema.getType().toLowerCase(Locale.ROOT));
        }
        if (schema.getTypes() != null) {
            schema.getTypes().forEach(type -> types.add(type.toLowerCase(Locale.ROOT)));
        }
        return types;
    }

    /** The one non-null type the schema names, or null when it names none or several. */
    static String singleType(Schema<?> schema) {
        Set<String> types = types(schema);
        types.remove("null");
        return types.size() == 1 ? types.iterator().next() : null;
    }

    /** The non-null types the schema names. */
    static Set<String> nonNullTypes(Schema<?> schema) {
        Set<String> types = types(schema);
        types.remove("null");
        return types;
    }

    /** True when JSON null is an allowed value in any of the spellings the dialects have. */
    static boolean allowsNull(Schema<?> schema) {
        if (Boolean.TRUE.equals(schema.getNullable()) || types(schema).contains("null")) {
            return true;
        }
        Map<String, Object> extensions = schema.getExtensions();
        if (extensions != null && Boolean.TRUE.equals(extensions.get("x-nullable"))) {
            return true;
        }
        return schema.getEnum() != null && schema.getEnum().contains(null);
    }

    /** True for a schema that only allows null: {@code type: 'null'} or {@code enum: [null]}. */
    static boolean isNullOnly(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return false;
        }
        Set<String> types = types(schema);
        if (types.size() == 1 && types.contains("null")) {
            return true;
        }
        List<?> values = schema.getEnum();
        return values != null && !values.isEmpty() && values.stream().allMatch(java.util.Objects::isNull);
    }

    /** The component name of a {@code #/components/schemas/...} reference, else null. */
    static String componentName(String ref) {
        if (ref == null || !ref.startsWith(COMPONENT_PREFIX)) {
            return null;
        }
        String name = ref.substring(COMPONENT_PREFIX.length());
        if (name.contains("/")) {
            return null;
        }
        return name.replace("~1", "/").replace("~0", "~");
    }

    /** The alternatives of a oneOf or anyOf that are not "null only". */
    static List<Schema> nonNullAlternatives(List<Schema> alternatives) {
        List<Schema> kept = new ArrayList<>();
        for (Schema alternative : alternatives) {
            if (alternative != null && !isNullOnly(alternative)) {
                kept.add(alternative);
            }
        }
        return kept;
    }

    static boolean hasNullAlternative(List<Schema> alternatives) {
        return alternatives.stream().anyMatch(a -> a != null && isNullOnly(a));
    }

    static boolean hasProperties(Schema<?> schema) {
        return schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    static boolean nonEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
