package dev.specpoet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.SpecLocation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops Swagger 2.0 response schemas of {@code type: 'null'}, with a warning for each.
 *
 * <p>{@code null} is no Swagger 2.0 type, but real specs (SendGrid's among them) use it to say a
 * response has no body, and Swagger Parser's 2.0 converter crashes on it. Without the schema the
 * response means exactly that.
 */
final class NullResponseSchemas {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private NullResponseSchemas() {}

    /**
     * The warnings for the schemas removed from {@code root}, which is changed in place; empty when
     * there were none.
     */
    static List<Diagnostic> remove(ObjectNode root, String document) {
        List<Diagnostic> removed = new ArrayList<>();
        SpecLocation top = SpecLocation.of(document);
        removeFrom(root.get("responses"), top.child("responses"), removed);
        JsonNode paths = root.get("paths");
        if (paths != null && paths.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                SpecLocation pathLocation = top.child("paths").child(path.getKey());
                for (String method : METHODS) {
                    JsonNode operation = path.getValue().get(method);
                    if (operation != null) {
                        removeFrom(
                                operation.get("responses"),
                                pathLocation.child(method).child("responses"),
                                removed);
                    }
                }
            }
        }
        return removed;
    }

    private static void removeFrom(JsonNode responses, SpecLocation location, List<Diagnostic> removed) {
        if (responses == null || !responses.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            JsonNode schema = response.getValue().get("schema");
            if (schema != null && "null".equals(schema.path("type").asText(null))) {
                ((ObjectNode) response.getValue()).remove("schema");
                removed.add(Diagnostic.warning(
                        "NULL_RESPONSE_SCHEMA",
                        location.child(response.getKey()).child("schema"),
                        "'null' is not a Swagger 2.0 type; read as a response without a body"));
            }
        }
    }
}
