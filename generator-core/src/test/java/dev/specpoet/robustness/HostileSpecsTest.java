package dev.specpoet.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.fixtures.InlineSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specs written to break the generator: each must end in a located, non-internal error or in a
 * client that compiles, without touching anything outside the output folder.
 */
class HostileSpecsTest {
    /** A guard against hangs and alias bombs, not a timing assertion. */
    private static final Duration GUARD = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    /** What a case must end in. */
    enum Expect {
        ERROR,
        CLIENT,
        ERROR_OR_CLIENT
    }

    /** Writes the spec files of a case into a folder and returns the main one. */
    interface SpecWriter {
        Path write(Path folder) throws IOException;
    }

    /** One hostile input and what it must end in; {@code errorCode} is checked when not null. */
    record Case(Expect expect, String errorCode, SpecWriter writer) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInALocatedErrorOrACompilingClient(Case hostile) throws IOException {
        Path spec = hostile.writer().write(root.resolve("spec"));

        GuardedRun.Outcome outcome = assertTimeoutPreemptively(GUARD, () -> GuardedRun.run(root, spec));

        switch (hostile.expect()) {
            case ERROR -> assertThat(outcome.generated()).as("generated").isFalse();
            case CLIENT -> assertThat(outcome.error()).as("error").isNull();
            case ERROR_OR_CLIENT -> {}
        }
        if (outcome.generated()) {
            GuardedRun.assertCompiles(outcome);
        } else if (hostile.errorCode() != null) {
            assertThat(outcome.error().errors()).extracting(d -> d.code()).contains(hostile.errorCode());
        }
    }

    static Stream<Named<Case>> cases() {
        List<Named<Case>> cases = new ArrayList<>();
        cases.add(named("not YAML or JSON", Expect.ERROR, null, text("spec.yaml", "{[: : this is <not> yaml\n\t- ]")));
        cases.add(named("truncated file", Expect.ERROR, null, text("spec.json", """
                {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/pets": {"get": {"respon""")));
        cases.add(named("empty file", Expect.ERROR, "SPEC_EMPTY", text("spec.yaml", "")));
        cases.add(named(
                "binary file", Expect.ERROR, "SPEC_BINARY", bytes("spec.yaml", new byte[] {'o', 'p', 0, 0, -1, 7})));
        cases.add(named("invalid UTF-8", Expect.ERROR_OR_CLIENT, null, invalidUtf8()));
        cases.add(named("Swagger 1.2", Expect.ERROR, "UNSUPPORTED_VERSION", text("api-docs.json", """
                {"swaggerVersion": "1.2", "apiVersion": "1.0", "apis": [{"path": "/pets"}]}
                """)));
        cases.add(named(
                "missing paths",
                Expect.ERROR_OR_CLIENT,
                null,
                text("spec.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n")));
        cases.add(named(
                "empty paths",
                Expect.ERROR_OR_CLIENT,
                null,
                text("spec.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n")));
        cases.add(named("3.1 with only webhooks", Expect.CLIENT, null, text("spec.yaml", """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                webhooks:
                  newPet:
                    post:
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Pet'}
                      responses:
                        '200': {description: ok}
                components:
                  schemas:
                    Pet: {type: object, properties: {name: {type: string}}}
                """)));
        cases.add(named(
                "dangling $ref",
                Expect.ERROR,
                "DANGLING_REF",
                text("spec.yaml", InlineSpec.schemas30("A: {$ref: '#/components/schemas/Nowhere'}"))));
        cases.add(named("circular $ref chain", Expect.ERROR, null, text("spec.yaml", InlineSpec.schemas30("""
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/C'}
                C: {$ref: '#/components/schemas/A'}
                """))));
        cases.add(named(
                "$ref to a missing external file",
                Expect.ERROR,
                "REF_FILE_UNREADABLE",
                text("spec.yaml", InlineSpec.schemas30("A: {$ref: 'missing.yaml#/A'}"))));
        cases.add(named(
                "$ref escaping the folder",
                Expect.ERROR,
                "REF_OUTSIDE_SPEC_FOLDER",
                text("spec.yaml", InlineSpec.schemas30("A: {$ref: '../../../../../../etc/passwd'}"))));
        cases.add(named(
                "$ref to an absolute path",
                Expect.ERROR,
                "REF_OUTSIDE_SPEC_FOLDER",
                text("spec.yaml", InlineSpec.schemas30("A: {$ref: '/etc/passwd'}"))));
        cases.add(named("duplicate operationIds", Expect.ERROR_OR_CLIENT, null, text("spec.yaml", """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /a:
                    get: {operationId: fetch, responses: {'200': {description: ok}}}
                  /b:
                    get: {operationId: fetch, responses: {'200': {description: ok}}}
                    post: {operationId: fetch, responses: {'200': {description: ok}}}
                """)));
        cases.add(named("request body without content", Expect.CLIENT, null, text("spec.yaml", """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /a:
                    post:
                      operationId: send
                      requestBody: {required: true, description: nothing}
                      responses: {'204': {description: ok}}
                """)));
        cases.add(
                named("Swagger 2.0 response that is a boolean", Expect.ERROR, "PARSER_FAILED", text("spec.yaml", """
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths:
                  /a:
                    get:
                      responses: {'200': true}
                """)));
        cases.add(named(
                "$ref with a bad %-escape",
                Expect.ERROR, "INVALID_REF", text("spec.yaml", InlineSpec.schemas30("A: {$ref: 'x%zz.yaml#/A'}"))));
        for (Map.Entry<String, String> name : hostileNames().entrySet()) {
            cases.add(named("names " + name.getKey(), Expect.ERROR_OR_CLIENT, null, namedEverywhere(name.getValue())));
        }
        cases.add(named("3000 nested objects", Expect.ERROR_OR_CLIENT, null, deeplyNested(3000)));
        cases.add(named("enum of 2000 values", Expect.CLIENT, null, hugeEnum(2_000)));
        cases.add(named("enum of 20000 values", Expect.CLIENT, null, hugeEnum(20_000)));
        cases.add(named("YAML alias bomb", Expect.ERROR_OR_CLIENT, null, aliasBomb()));
        cases.add(named("a spec of 24 MB", Expect.CLIENT, null, padded(24)));
        cases.add(named("a spec over the 64 MB limit", Expect.ERROR, "SPEC_TOO_LARGE", padded(65)));
        // Swagger Parser's own YAML reading stops at 3 MB; ours is the only limit.
        cases.add(named("an OpenAPI 3.0 YAML spec of 5 MB", Expect.CLIENT, null, paddedYaml(5, "openapi: 3.0.3")));
        cases.add(named("an OpenAPI 3.1 YAML spec of 5 MB", Expect.CLIENT, null, paddedYaml(5, "openapi: 3.1.0")));
        cases.add(named("a Swagger 2.0 YAML spec of 5 MB", Expect.CLIENT, null, paddedYaml(5, "swagger: '2.0'")));
        cases.add(named("JSON nested deeper than the limit", Expect.ERROR, "SPEC_TOO_DEEP", deeplyNested(250)));
        cases.add(named("YAML nested deeper than the limit", Expect.ERROR, "SPEC_TOO_DEEP", deeplyNestedYaml(250)));
        cases.add(named("JSON nested just within the limit", Expect.CLIENT, null, deeplyNested(195)));
        cases.add(named("arrays nested just within the limit", Expect.CLIENT, null, deeplyNestedArrays(385)));
        return cases.stream();
    }

    /** Strings used as a schema, property, parameter, operation and tag name at once. */
    static Map<String, String> hostileNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("that are Java keywords", "class");
        names.put("that are other keywords", "enum");
        names.put("that are empty", "");
        names.put("of only symbols", "$%&*+!?");
        names.put("of only digits", "12345");
        names.put("of 2000 characters", "a".repeat(2000));
        names.put("containing a slash", "a/b");
        names.put("containing a backslash", "a\\b");
        names.put("that are ..", "..");
        names.put("that climb folders", "../../escaped");
        names.put("containing NUL", "a\u0000b");
        names.put("containing control characters", "a\u0001\u001b\n\tb");
        return names;
    }

    private static Named<Case> named(String name, Expect expect, String code, SpecWriter writer) {
        return Named.of(name, new Case(expect, code, writer));
    }

    /** A small valid spec carrying megabytes of vendor-extension data the generator must read through. */
    private static SpecWriter padded(int megabytes) {
        return folder -> {
            Files.createDirectories(folder);
            Path spec = folder.resolve("big.json");
            String head = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Big\", \"version\": \"1\"},"
                    + " \"paths\": {\"/ping\": {\"get\": {\"operationId\": \"ping\","
                    + " \"responses\": {\"204\": {\"description\": \"pong\"}}}}}, \"x-padding\": [";
            String item = "\"" + "p".repeat(1022) + "\",";
            try (var out = Files.newBufferedWriter(spec, StandardCharsets.UTF_8)) {
                out.write(head);
                for (int i = 0; i < megabytes * 1024; i++) {
                    out.write(item);
                }
                out.write("\"end\"]}");
            }
            return spec;
        };
    }

    /**
     * A small valid YAML spec carrying megabytes of descriptions, in the dialect {@code version}
     * names (its first line): Swagger Parser must be handed it without its own 3 MB limit.
     */
    private static SpecWriter paddedYaml(int megabytes, String version) {
        return folder -> {
            Files.createDirectories(folder);
            Path spec = folder.resolve("big.yaml");
            boolean swagger = version.startsWith("swagger");
            try (var out = Files.newBufferedWriter(spec, StandardCharsets.UTF_8)) {
                out.write(version + "\ninfo: {title: Big, version: '1'}\npaths:\n  /ping:\n    get:\n"
                        + "      operationId: ping\n      responses:\n        '200':\n          description: pong\n");
                out.write(swagger ? "          schema: {$ref: '#/definitions/Pet'}\ndefinitions:\n" : "components:\n");
                out.write(swagger ? "" : "  schemas:\n");
                String indent = swagger ? "  " : "    ";
                out.write(indent + "Pet: {type: object, properties: {name: {type: string}}}\n");
                out.write("x-padding:\n");
                for (int i = 0; i < megabytes * 1024; i++) {
                    out.write("  - " + "p".repeat(1020) + "\n");
                }
            }
            return spec;
        };
    }

    /** Like {@link #deeplyNested}, written as block YAML. */
    private static SpecWriter deeplyNestedYaml(int depth) {
        StringBuilder yaml = new StringBuilder(
                "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n" + "components:\n  schemas:\n    Deep:\n");
        String indent = "      ";
        for (int i = 0; i < depth; i++) {
            yaml.append(indent).append("type: object\n").append(indent).append("properties:\n");
            indent += "  ";
            yaml.append(indent).append("n:\n");
            indent += "  ";
        }
        yaml.append(indent).append("type: string\n");
        return text("spec.yaml", yaml.toString());
    }

    /** A response of arrays of arrays, {@code depth} levels deep. */
    private static SpecWriter deeplyNestedArrays(int depth) {
        String schema =
                "{\"type\": \"array\", \"items\": ".repeat(depth) + "{\"type\": \"string\"}" + "}".repeat(depth);
        return text("spec.json", """
                {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
                 "paths": {"/a": {"get": {"operationId": "nested",
                   "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": %s}}}}}}}}
                """.formatted(schema));
    }

    private static SpecWriter text(String fileName, String text) {
        return bytes(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    private static SpecWriter bytes(String fileName, byte[] bytes) {
        return folder -> {
            Files.createDirectories(folder);
            return Files.write(folder.resolve(fileName), bytes);
        };
    }

    private static SpecWriter invalidUtf8() {
        byte[] head = "openapi: 3.0.3\ninfo: {title: \"T".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\", version: '1'}\npaths: {}\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + 3 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3;
        all[head.length + 1] = (byte) 0x28;
        all[head.length + 2] = (byte) 0xFF;
        System.arraycopy(tail, 0, all, head.length + 3, tail.length);
        return bytes("spec.yaml", all);
    }

    private static SpecWriter namedEverywhere(String name) {
        String pointerName = name.replace("~", "~0").replace("/", "~1");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("openapi", "3.0.3");
        spec.put("info", Map.of("title", "T", "version", "1"));
        spec.put("tags", List.of(Map.of("name", name)));
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", name);
        operation.put("tags", List.of(name));
        operation.put("parameters", List.of(Map.of("name", name, "in", "query", "schema", Map.of("type", "string"))));
        operation.put(
                "responses",
                Map.of(
                        "200",
                        Map.of(
                                "description",
                                "ok",
                                "content",
                                Map.of(
                                        "application/json",
                                        Map.of("schema", Map.of("$ref", "#/components/schemas/" + pointerName))))));
        spec.put("paths", Map.of("/items", Map.of("get", operation)));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(name, Map.of("type", "string"));
        properties.put("count", Map.of("type", "integer"));
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put(name, Map.of("type", "object", "properties", properties));
        schemas.put("Choice", Map.of("type", "string", "enum", List.of(name, "plain")));
        spec.put("components", Map.of("schemas", schemas));
        return folder -> text("spec.json", JSON.writeValueAsString(spec)).write(folder);
    }

    private static SpecWriter deeplyNested(int depth) {
        String open = "{\"type\": \"object\", \"properties\": {\"n\": ";
        String schema = open.repeat(depth) + "{\"type\": \"string\"}" + "}}".repeat(depth);
        return text("spec.json", """
                {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
                 "components": {"schemas": {"Deep": %s}}}
                """.formatted(schema));
    }

    private static SpecWriter hugeEnum(int size) {
        String values = IntStream.range(0, size).mapToObj(i -> "\"V" + i + "\"").collect(Collectors.joining(", "));
        return text("spec.json", """
                {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
                 "components": {"schemas": {"Huge": {"type": "string", "enum": [%s]}}}}
                """.formatted(values));
    }

    private static SpecWriter aliasBomb() {
        StringBuilder yaml = new StringBuilder("x-lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        char previous = 'a';
        for (char level = 'b'; level <= 'i'; level++) {
            String alias = "*" + previous;
            yaml.append("x-")
                    .append(level)
                    .append(": &")
                    .append(level)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, alias)))
                    .append("]\n");
            previous = level;
        }
        yaml.append("openapi: 3.0.3\ninfo: {title: T, version: '1', x-bomb: *i}\npaths: {}\n");
        return text("spec.yaml", yaml.toString());
    }
}
