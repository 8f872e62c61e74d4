package dev.specpoet.normalize;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.api.SpecLocation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each parameter of an operation is written in the main document. Swagger Parser copies
 * path-level parameters into every operation and drops them from the path item, which shifts the
 * indices of the operation's own; so locations are read from the document itself.
 */
final class ParameterSources {
    private final JsonNode root;
    private final String document;

    ParameterSources(JsonNode root, String document) {
        this.root = root;
        this.document = document;
    }

    /**
     * The location of each parameter written inline or as a local {@code $ref} under the path item
     * or the operation, by {@link #key}; an operation-level parameter hides a path-level one.
     *
     * @param operationKeys where the operation sits in the path item: {@code get}, or {@code
     *     additionalOperations} and {@code COPY}
     */
    Map<String, SpecLocation> of(String path, String... operationKeys) {
        Map<String, SpecLocation> found = new HashMap<>();
        SpecLocation pathLocation = SpecLocation.of(document, "/paths").child(path);
        JsonNode item = root.path("paths").path(path);
        collect(item.path("parameters"), pathLocation.child("parameters"), found);
        JsonNode operation = item;
        SpecLocation operationLocation = pathLocation;
        for (String key : operationKeys) {
            operation = operation.path(key);
            operationLocation = operationLocation.child(key);
        }
        collect(operation.path("parameters"), operationLocation.child("parameters"), found);
        return found;
    }

    /**
     * The key of a parameter; OpenAPI 3.2's {@code in: querystring} counts as {@code query}, as the
     * bridge hands it to Swagger Parser.
     */
    static String key(String in, String name) {
        String location = in.toLowerCase(Locale.ROOT);
        return (location.equals("querystring") ? "query" : location) + " " + name;
    }

    private void collect(JsonNode parameters, SpecLocation location, Map<String, SpecLocation> into) {
        if (!parameters.isArray()) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = resolve(parameters.get(i));
            JsonNode in = parameter.get("in");
            JsonNode name = parameter.get("name");
            if (in != null && in.isTextual() && name != null && name.isTextual()) {
                into.put(key(in.textValue(), name.textValue()), location.child(Integer.toString(i)));
            }
        }
    }

    private JsonNode resolve(JsonNode parameter) {
        JsonNode ref = parameter.get("$ref");
        if (ref == null || !ref.isTextual() || !ref.textValue().startsWith("#/")) {
            return parameter;
        }
        try {
            return root.at(JsonPointer.compile(ref.textValue().substring(1)));
        } catch (IllegalArgumentException e) {
            return parameter; // Not a pointer: the reference check reports it.
        }
    }
}
