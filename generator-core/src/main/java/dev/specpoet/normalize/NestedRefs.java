package dev.specpoet.normalize;

import dev.specpoet.model.NameHint;
import io.swagger.v3.oas.models.media.Schema;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves references that point inside a component schema, such as {@code
 * #/components/schemas/Pet/properties/tags/items}, which Swagger Parser leaves as they are.
 */
final class NestedRefs {
    private NestedRefs() {}

    static Schema<?> resolve(Map<String, Schema> components, String ref) {
        List<String> tokens = tokens(ref);
        if (tokens.isEmpty()) {
            return null;
        }
        Schema<?> schema = components.get(tokens.get(0));
        for (int i = 1; schema != null && i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            switch (token) {
                case "properties" -> {
                    schema = schema.getProperties() == null || next == null
                            ? null
                            : schema.getProperties().get(next);
                    i++;
                }
                case "items" -> schema = schema.getItems();
                case "not" -> schema = schema.getNot();
                case "additionalProperties" ->
                    schema = schema.getAdditionalProperties() instanceof Schema<?> additional ? additional : null;
                case "allOf", "oneOf", "anyOf" -> {
                    schema = indexed(schema, token, next);
                    i++;
                }
                default -> schema = null;
            }
        }
        return schema;
    }

    /** A name hint from the path: component, then property names, {@code Item} for array items. */
    static NameHint hint(String ref) {
        List<String> tokens = tokens(ref);
        List<String> parts = new ArrayList<>();
        parts.add(tokens.isEmpty() ? "Schema" : tokens.get(0));
        for (int i = 1; i < tokens.size(); i++) {
            switch (tokens.get(i)) {
                case "properties" -> {
                    if (i + 1 < tokens.size()) {
                        parts.add(tokens.get(++i));
                    }
                }
                case "items" -> parts.add("Item");
                case "additionalProperties" -> parts.add("Value");
                case "allOf", "oneOf", "anyOf" -> i++;
                default -> {}
            }
        }
        return NameHint.inline(parts);
    }

    private static Schema<?> indexed(Schema<?> schema, String keyword, String index) {
        List<Schema> list = switch (keyword) {
            case "allOf" -> schema.getAllOf();
            case "oneOf" -> schema.getOneOf();
            default -> schema.getAnyOf();
        };
        if (list == null || index == null || !index.matches("\\d+")) {
            return null;
        }
        int position = Integer.parseInt(index);
        return position < list.size() ? list.get(position) : null;
    }

    private static List<String> tokens(String ref) {
        String path = ref.substring(SchemaReader.COMPONENT_PREFIX.length());
        List<String> tokens = new ArrayList<>();
        for (String raw : path.split("/", -1)) {
            String token =
                    raw.indexOf('%') < 0 ? raw : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
