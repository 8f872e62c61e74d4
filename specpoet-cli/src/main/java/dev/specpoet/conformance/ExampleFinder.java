package dev.specpoet.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.MediaTypes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every example of a request or response body in a spec's main document, as written there
 * (Swagger Parser's model would hand some of them over already converted to Java values): media-type
 * {@code example} and {@code examples} (following {@code $ref}s to {@code components/examples}),
 * {@code components/examples} no body refers to, {@code example} and the 3.1 {@code examples} array
 * of component schemas and inline body schemas, and Swagger 2.0's response {@code examples} per
 * media type and schema {@code example}s.
 *
 * <p>An example reached twice (a component response several operations share) is found once, for
 * the first operation in document order. Only references inside the main document are followed.
 */
final class ExampleFinder {
    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace", "query");

    private final JsonNode root;
    private final List<SpecExample> found = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private ExampleFinder(JsonNode root) {
        this.root = root;
    }

    /** The examples of the document, in document order: operations first, then components. */
    static List<SpecExample> of(JsonNode root) {
        ExampleFinder finder = new ExampleFinder(root);
        if (root.has("swagger")) {
            finder.swagger2();
        } else {
            finder.openApi3();
        }
        return List.copyOf(finder.found);
    }

    private void openApi3() {
        for (Map.Entry<String, JsonNode> path : fields(root.path("paths"))) {
            String pathPointer = child("/paths", path.getKey());
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isObject()) {
                    operation(path.getKey(), method, operation, child(pathPointer, method));
                }
            }
            // OpenAPI 3.2: methods other than the fixed fields.
            String additional = child(pathPointer, "additionalOperations");
            for (Map.Entry<String, JsonNode> operation : fields(path.getValue().path("additionalOperations"))) {
                if (operation.getValue().isObject()) {
                    operation(
                            path.getKey(),
                            operation.getKey(),
                            operation.getValue(),
                            child(additional, operation.getKey()));
                }
            }
        }
        // Bodies no operation of the client has: webhooks, callbacks, unused components.
        operationsOf(root.path("webhooks"), "/webhooks");
        JsonNode components = root.path("components");
        for (String kind : List.of("requestBodies", "responses")) {
            for (Map.Entry<String, JsonNode> body : fields(components.path(kind))) {
                String at = child(child("/components", kind), body.getKey());
                contents(new Located(body.getValue(), at), unbound());
            }
        }
        for (Map.Entry<String, JsonNode> schema : fields(components.path("schemas"))) {
            schemaExamples(
                    schema.getValue(),
                    child("/components/schemas", schema.getKey()),
                    new ExampleTarget.Schema(schema.getKey()));
        }
        for (Map.Entry<String, JsonNode> example : fields(components.path("examples"))) {
            // An example no body refers to is for the schema of the same name, when there is one.
            ExampleTarget target = components.path("schemas").has(example.getKey())
                    ? new ExampleTarget.Schema(example.getKey())
                    : new ExampleTarget.NotApplicable("no body refers to it and no schema has its name");
            namedExample(new Located(example.getValue(), child("/components/examples", example.getKey())), target);
        }
    }

    /**
     * The bodies of operations the client does not call (webhooks, callbacks), whose examples are
     * typed only through a component schema.
     *
     * @param pathItems path items by name or expression
     */
    private void operationsOf(JsonNode pathItems, String at) {
        for (Map.Entry<String, JsonNode> item : fields(pathItems)) {
            String itemAt = child(at, item.getKey());
            for (String method : METHODS) {
                JsonNode operation = item.getValue().path(method);
                String operationAt = child(itemAt, method);
                contents(follow(operation.path("requestBody"), child(operationAt, "requestBody")), unbound());
                for (Map.Entry<String, JsonNode> response : fields(operation.path("responses"))) {
                    String responseAt = child(child(operationAt, "responses"), response.getKey());
                    contents(follow(response.getValue(), responseAt), unbound());
                }
            }
        }
    }

    private void operation(String path, String method, JsonNode operation, String at) {
        Located body = follow(operation.path("requestBody"), child(at, "requestBody"));
        contents(body, request(path, method));
        for (Map.Entry<String, JsonNode> response : fields(operation.path("responses"))) {
            Located located = follow(response.getValue(), child(child(at, "responses"), response.getKey()));
            contents(located, response(path, method, response.getKey()));
        }
        for (Map.Entry<String, JsonNode> callback : fields(operation.path("callbacks"))) {
            operationsOf(callback.getValue(), child(child(at, "callbacks"), callback.getKey()));
        }
    }

    /** The examples of each media type of a request body or response, with the schema's own. */
    private void contents(Located body, MediaTarget target) {
        for (Map.Entry<String, JsonNode> media : fields(body.node().path("content"))) {
            String at = child(child(body.pointer(), "content"), media.getKey());
            JsonNode value = media.getValue();
            ExampleTarget forMedia = target.of(media.getKey(), value.path("schema"));
            if (value.has("example")) {
                add(child(at, "example"), value.get("example"), forMedia);
            }
            for (Map.Entry<String, JsonNode> named : fields(value.path("examples"))) {
                namedExample(follow(named.getValue(), child(child(at, "examples"), named.getKey())), forMedia);
            }
            JsonNode schema = value.path("schema");
            if (schema.isObject() && !schema.has("$ref")) {
                schemaExamples(schema, child(at, "schema"), forMedia);
            }
        }
    }

    /**
     * An Example Object: its {@code value}, or OpenAPI 3.2's {@code dataValue} (its {@code
     * serializedValue} is the wire form, not a value to decode); an {@code externalValue} is not in
     * the document.
     */
    private void namedExample(Located example, ExampleTarget target) {
        if (example.node().has("value")) {
            add(child(example.pointer(), "value"), example.node().get("value"), target);
        } else if (example.node().has("dataValue")) {
            add(child(example.pointer(), "dataValue"), example.node().get("dataValue"), target);
        } else if (example.node().has("externalValue")) {
            add(
                    child(example.pointer(), "externalValue"),
                    example.node().get("externalValue"),
                    new ExampleTarget.NotApplicable("the value is in another document"));
        }
    }

    /** A schema's {@code example}, and each value of its {@code examples} array (3.1). */
    private void schemaExamples(JsonNode schema, String at, ExampleTarget target) {
        if (schema.has("example")) {
            add(child(at, "example"), schema.get("example"), target);
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray()) {
            for (int i = 0; i < examples.size(); i++) {
                add(child(child(at, "examples"), Integer.toString(i)), examples.get(i), target);
            }
        }
    }

    private void swagger2() {
        for (Map.Entry<String, JsonNode> path : fields(root.path("paths"))) {
            String pathPointer = child("/paths", path.getKey());
            List<Located> shared = parameters(path.getValue().path("parameters"), child(pathPointer, "parameters"));
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isObject()) {
                    continue;
                }
                String at = child(pathPointer, method);
                List<Located> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(operation.path("parameters"), child(at, "parameters")));
                for (Located parameter : parameters) {
                    JsonNode schema = parameter.node().path("schema");
                    if ("body".equals(parameter.node().path("in").asText()) && !schema.has("$ref")) {
                        schemaExamples(
                                schema,
                                child(parameter.pointer(), "schema"),
                                new ExampleTarget.Body(path.getKey(), method, Optional.empty(), Optional.empty()));
                    }
                }
                for (Map.Entry<String, JsonNode> response : fields(operation.path("responses"))) {
                    Located located = follow(response.getValue(), child(child(at, "responses"), response.getKey()));
                    swagger2Response(located, path.getKey(), method, response.getKey());
                }
            }
        }
        for (Map.Entry<String, JsonNode> definition : fields(root.path("definitions"))) {
            schemaExamples(
                    definition.getValue(),
                    child("/definitions", definition.getKey()),
                    new ExampleTarget.Schema(definition.getKey()));
        }
    }

    private void swagger2Response(Located response, String path, String method, String status) {
        for (Map.Entry<String, JsonNode> example : fields(response.node().path("examples"))) {
            ExampleTarget target = MediaTypes.isJson(example.getKey())
                    ? new ExampleTarget.Body(path, method, Optional.of(status), Optional.of(example.getKey()))
                    : new ExampleTarget.NotApplicable("not a JSON media type: " + example.getKey());
            add(child(child(response.pointer(), "examples"), example.getKey()), example.getValue(), target);
        }
        JsonNode schema = response.node().path("schema");
        if (schema.isObject() && !schema.has("$ref")) {
            schemaExamples(
                    schema,
                    child(response.pointer(), "schema"),
                    new ExampleTarget.Body(path, method, Optional.of(status), Optional.empty()));
        }
    }

    private List<Located> parameters(JsonNode parameters, String at) {
        List<Located> located = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            located.add(follow(parameters.get(i), child(at, Integer.toString(i))));
        }
        return located;
    }

    private void add(String pointer, JsonNode value, ExampleTarget target) {
        if (seen.add(pointer)) {
            found.add(new SpecExample(pointer, value, target));
        }
    }

    /** A node and where it is: after {@code $ref}s inside the document, where they lead. */
    private record Located(JsonNode node, String pointer) {}

    /** Follows {@code $ref}s within the main document; a reference elsewhere leads to nothing. */
    private Located follow(JsonNode node, String pointer) {
        Located at = new Located(node, pointer);
        for (int hops = 0; hops < 20 && at.node().path("$ref").isTextual(); hops++) {
            String ref = at.node().get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return new Located(MissingNode.getInstance(), pointer);
            }
            String target = percentDecoded(ref.substring(1));
            at = new Located(root.at(target), target);
        }
        return at;
    }

    /** How a body's examples are targeted, given its media type and schema. */
    @FunctionalInterface
    private interface MediaTarget {
        ExampleTarget of(String mediaType, JsonNode schema);
    }

    private static MediaTarget request(String path, String method) {
        return (mediaType, schema) ->
                jsonOnly(mediaType, new ExampleTarget.Body(path, method, Optional.empty(), Optional.of(mediaType)));
    }

    private static MediaTarget response(String path, String method, String status) {
        return (mediaType, schema) ->
                jsonOnly(mediaType, new ExampleTarget.Body(path, method, Optional.of(status), Optional.of(mediaType)));
    }

    /** A body outside {@code paths}: typed only when its schema is a component's. */
    private static MediaTarget unbound() {
        return (mediaType, schema) -> {
            String ref = schema.path("$ref").asText("");
            if (!ref.startsWith("#/components/schemas/") || ref.indexOf('/', "#/components/schemas/".length()) >= 0) {
                return jsonOnly(mediaType, new ExampleTarget.NotApplicable("no operation of the client has this body"));
            }
            return jsonOnly(
                    mediaType,
                    new ExampleTarget.Schema(percentDecoded(ref.substring("#/components/schemas/".length()))
                            .replace("~1", "/")
                            .replace("~0", "~")));
        };
    }

    private static ExampleTarget jsonOnly(String mediaType, ExampleTarget target) {
        boolean json =
                MediaTypes.isJson(mediaType) || MediaTypes.essence(mediaType).equals("*/*");
        return json ? target : new ExampleTarget.NotApplicable("not a JSON media type: " + mediaType);
    }

    private static String child(String pointer, String token) {
        return SpecLocation.of("", pointer).child(token).pointer();
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        if (!node.isObject()) {
            return List.of();
        }
        return node::fields;
    }

    /** A {@code $ref}'s fragment with {@code %XX} escapes decoded, as URI fragments are written. */
    static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%'
                    && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
