package dev.specpoet.parse;

import static dev.specpoet.parse.Oas32Markers.DATA_VALUE;
import static dev.specpoet.parse.Oas32Markers.IN;
import static dev.specpoet.parse.Oas32Markers.ITEM_SCHEMA;
import static dev.specpoet.parse.Oas32Markers.SERIALIZED_VALUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.SpecLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an OpenAPI 3.2 document into one Swagger Parser reads (it rejects {@code openapi: 3.2.x}
 * without a message, and read as 3.1 it drops every 3.2 field, some silently), keeping the 3.2
 * parts:
 *
 * <ul>
 *   <li>a path item's {@code query} operation and its {@code additionalOperations} move to paths of
 *       their own ({@link #SYNTHETIC_PATH}), so the parser still reads their parameters, bodies and
 *       responses; {@link SpecParser} takes them out again into {@link AdditionalOperation}s;
 *   <li>{@code itemSchema} of a sequential media type becomes its {@code schema}, marked {@link
 *       #ITEM_SCHEMA} (the model's type of a stream is one item's type either way);
 *   <li>{@code in: querystring} becomes {@code in: query}, marked {@link Oas32Markers#IN};
 *   <li>an example's {@code dataValue} becomes its {@code value}, its {@code serializedValue} the
 *       extension {@link Oas32Markers#SERIALIZED_VALUE};
 *   <li>fields the model reads from the tree itself (discriminators' {@code defaultMapping}, tags' {@code parent}, {@code summary} and
 *       {@code kind}; security schemes' {@code deprecated} and the {@code deviceAuthorization} flow)
 *       are removed, so the parser does not warn about them.
 * </ul>
 *
 * <p>Markers are extensions whose names start with {@link Oas32Markers#PREFIX}; the model never shows them as
 * the spec's own extensions. Only the main document is bridged: a 3.2 field in a file reached
 * through {@code $ref} reaches Swagger Parser as it is.
 */
final class Oas32Bridge {
    /** The prefix of the paths that carry moved operations; a number follows. */
    static final String SYNTHETIC_PATH = "/x-specpoet-oas32-operation/";

    private static final Set<String> SEQUENTIAL = Set.of(
            "text/event-stream",
            "application/jsonl",
            "application/x-jsonl",
            "application/x-jsonlines",
            "application/jsonlines",
            "application/x-ndjson",
            "application/ndjson",
            "application/json-seq");
    /** Keys whose values are data, not spec structure, unless they name a property. */
    private static final Set<String> DATA_KEYS =
            Set.of("example", "default", "const", "enum", "value", "dataValue", "serializedValue");
    /** Maps whose keys are names chosen by the author, so any key (even {@code example}) is structure. */
    private static final Set<String> NAME_MAPS =
            Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas");

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    private static final Set<String> FIXED_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace", "query");

    /**
     * The document as Swagger Parser reads it, and where each moved operation belongs.
     *
     * @param moved by synthetic path: the operation's real path and method
     */
    record Bridged(ObjectNode tree, Map<String, Moved> moved, List<Diagnostic> diagnostics) {}

    /** An operation moved to a synthetic path: its real path and method name as the spec keys it. */
    record Moved(String path, String method) {}

    private final String document;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Moved> moved = new LinkedHashMap<>();

    private Oas32Bridge(String document) {
        this.document = document;
    }

    /** Bridges a 3.2 document; errors in its 3.2 parts come back among the diagnostics. */
    static Bridged bridge(DocumentTree tree) {
        Oas32Bridge bridge = new Oas32Bridge(tree.source().displayName());
        ObjectNode root = ((ObjectNode) tree.root()).deepCopy();
        bridge.run(root);
        return new Bridged(root, Map.copyOf(bridge.moved), List.copyOf(bridge.diagnostics));
    }

    private void run(ObjectNode root) {
        root.put("openapi", "3.1.1");
        if (root.remove("$self") != null) {
            diagnostics.add(Diagnostic.info(
                    "OAS32_SELF_IGNORED",
                    at("/$self"),
                    "'$self' is not used: relative references resolve against the document's location"));
        }
        walk(root, "", "");
        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        if (root.get("paths") instanceof ObjectNode paths) {
            paths.properties().forEach(entry -> {
                if (entry.getValue() instanceof ObjectNode item) {
                    moveOperations(entry.getKey(), item, extra);
                }
            });
            paths.setAll(extra);
        }
        if (root.get("webhooks") instanceof ObjectNode webhooks) {
            webhooks.properties()
                    .forEach(entry -> dropOperations(entry.getValue(), "/webhooks/" + escape(entry.getKey())));
        }
        if (root.path("components").get("pathItems") instanceof ObjectNode items) {
            items.properties()
                    .forEach(entry ->
                            dropOperations(entry.getValue(), "/components/pathItems/" + escape(entry.getKey())));
        }
        if (root.get("tags") instanceof ArrayNode tags) {
            for (JsonNode tag : tags) {
                if (tag instanceof ObjectNode object) {
                    object.remove(List.of("parent", "summary", "kind"));
                }
            }
        }
        if (root.path("components").get("securitySchemes") instanceof ObjectNode schemes) {
            schemes.forEach(scheme -> {
                if (scheme instanceof ObjectNode object) {
                    object.remove(List.of("deprecated", "oauth2MetadataUrl"));
                    if (object.get("flows") instanceof ObjectNode flows) {
                        flows.remove("deviceAuthorization");
                    }
                }
            });
        }
    }

    /** Moves a path item's {@code query} and {@code additionalOperations} to synthetic paths. */
    private void moveOperations(String path, ObjectNode item, ObjectNode into) {
        String pointer = "/paths/" + escape(path);
        JsonNode query = item.remove("query");
        if (query != null) {
            if (query instanceof ObjectNode operation) {
                move(path, item, "query", operation, into);
            } else {
                diagnostics.add(Diagnostic.error(
                        "OAS32_INVALID_OPERATION", at(pointer + "/query"), "'query' must be an operation object"));
            }
        }
        JsonNode additional = item.remove("additionalOperations");
        if (additional == null) {
            return;
        }
        String additionalPointer = pointer + "/additionalOperations";
        if (!(additional instanceof ObjectNode operations)) {
            diagnostics.add(Diagnostic.error(
                    "OAS32_INVALID_OPERATION",
                    at(additionalPointer),
                    "'additionalOperations' must map method names to operation objects"));
            return;
        }
        operations.properties().forEach(entry -> {
            String method = entry.getKey();
            SpecLocation location = at(additionalPointer + "/" + escape(method));
            if (FIXED_METHODS.contains(method.toLowerCase(Locale.ROOT))) {
                diagnostics.add(Diagnostic.error(
                        "OAS32_INVALID_OPERATION",
                        location,
                        "'" + method + "' is a fixed field of the path item; declare it as '"
                                + method.toLowerCase(Locale.ROOT) + "', not under 'additionalOperations'"));
            } else if (!TOKEN.matcher(method).matches()) {
                diagnostics.add(Diagnostic.error(
                        "OAS32_INVALID_OPERATION",
                        location,
                        "'" + method + "' is not an HTTP method name (RFC 9110 token characters only)"));
            } else if (!(entry.getValue() instanceof ObjectNode operation)) {
                diagnostics.add(
                        Diagnostic.error("OAS32_INVALID_OPERATION", location, "the operation must be an object"));
            } else {
                move(path, item, method, operation, into);
            }
        });
    }

    private void move(String path, ObjectNode item, String method, ObjectNode operation, ObjectNode into) {
        String synthetic = SYNTHETIC_PATH + moved.size();
        moved.put(synthetic, new Moved(path, method));
        ObjectNode carrier = JsonNodeFactory.instance.objectNode();
        if (item.has("parameters")) {
            // The parser copies path-level parameters into each operation of the item: so here too.
            carrier.set("parameters", item.get("parameters").deepCopy());
        }
        // Any fixed slot carries it; the real method is in `moved`.
        carrier.set("post", operation);
        into.set(synthetic, carrier);
    }

    /** Webhooks and reusable path items are not generated: their 3.2 operations only must not upset the parser. */
    private void dropOperations(JsonNode item, String pointer) {
        if (item instanceof ObjectNode object
                && (object.remove("query") != null | object.remove("additionalOperations") != null)) {
            diagnostics.add(Diagnostic.info(
                    "OAS32_OPERATIONS_IGNORED",
                    at(pointer),
                    "'query' and 'additionalOperations' are generated only for path items under 'paths'"));
        }
    }

    private void walk(JsonNode node, String pointer, String key) {
        walk(node, pointer, key, "");
    }

    /**
     * Rewrites the 3.2 fields found at any depth: media types' {@code itemSchema}, {@code in:
     * querystring}, examples' values and discriminators' {@code defaultMapping}.
     *
     * @param key the key under which {@code node} sits in its parent (an array's items share it)
     * @param parentKey the key under which the parent sits
     */
    private void walk(JsonNode node, String pointer, String key, String parentKey) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), pointer + "/" + i, key, parentKey);
            }
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (parentKey.equals("content") && !NAME_MAPS.contains(key)) {
            mediaType(object, key, pointer);
        }
        if (parentKey.equals("examples")) {
            example(object, pointer);
        }
        if (object.path("in").asText("").equals("querystring") && object.has("name")) {
            object.put("in", "query");
            object.put(IN, "querystring");
        }
        if (object.get("discriminator") instanceof ObjectNode discriminator && !NAME_MAPS.contains(key)) {
            JsonNode fallback = discriminator.remove("defaultMapping");
            if (fallback != null) {
                // The model reads it from the original tree (Swagger Parser loses extensions here).
                if (!fallback.isTextual() || fallback.asText().isBlank()) {
                    diagnostics.add(Diagnostic.error(
                            "OAS32_INVALID_DEFAULT_MAPPING",
                            at(pointer + "/discriminator/defaultMapping"),
                            "'defaultMapping' must be a schema name or a reference to a schema"));
                }
            }
        }
        boolean names = NAME_MAPS.contains(key);
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey();
            boolean values = name.equals("examples") && field.getValue().isArray(); // JSON Schema's examples
            if (!names && (DATA_KEYS.contains(name) || name.startsWith("x-") || values)) {
                continue;
            }
            walk(field.getValue(), pointer + "/" + escape(name), name, key);
        }
    }

    private void mediaType(ObjectNode media, String mediaType, String pointer) {
        JsonNode itemSchema = media.remove("itemSchema");
        if (itemSchema == null) {
            return;
        }
        SpecLocation location = at(pointer + "/itemSchema");
        if (!SEQUENTIAL.contains(essence(mediaType))) {
            diagnostics.add(Diagnostic.warning(
                    "OAS32_ITEM_SCHEMA_IGNORED",
                    location,
                    "'itemSchema' is read for sequential media types (text/event-stream, application/jsonl,"
                            + " application/x-ndjson, application/json-seq); '" + mediaType
                            + "' is sent as one value, so it is ignored"));
            return;
        }
        if (!itemSchema.isObject() && !itemSchema.isBoolean()) {
            diagnostics.add(Diagnostic.error("OAS32_INVALID_ITEM_SCHEMA", location, "'itemSchema' must be a schema"));
            return;
        }
        if (media.has("schema")) {
            diagnostics.add(Diagnostic.info(
                    "OAS32_STREAM_SCHEMA_IGNORED",
                    at(pointer + "/schema"),
                    "the stream's items are typed by 'itemSchema'; 'schema' (the whole stream) is not used"));
        }
        media.set("schema", itemSchema);
        media.put(ITEM_SCHEMA, true);
    }

    private void example(ObjectNode example, String pointer) {
        JsonNode data = example.remove("dataValue");
        JsonNode serialized = example.remove("serializedValue");
        if (data != null) {
            if (example.has("value")) {
                diagnostics.add(Diagnostic.error(
                        "OAS32_INVALID_EXAMPLE",
                        at(pointer + "/dataValue"),
                        "an example has either 'value' or 'dataValue', not both"));
            } else {
                example.set("value", data);
                example.put(DATA_VALUE, true);
            }
        }
        if (serialized != null) {
            if (!serialized.isTextual()) {
                diagnostics.add(Diagnostic.error(
                        "OAS32_INVALID_EXAMPLE",
                        at(pointer + "/serializedValue"),
                        "'serializedValue' must be a string: the value as it is sent"));
            } else if (example.has("externalValue")) {
                diagnostics.add(Diagnostic.error(
                        "OAS32_INVALID_EXAMPLE",
                        at(pointer + "/serializedValue"),
                        "an example has either 'serializedValue' or 'externalValue', not both"));
            } else {
                example.set(SERIALIZED_VALUE, serialized);
            }
        }
    }

    private static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private SpecLocation at(String pointer) {
        return SpecLocation.of(document, pointer);
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
