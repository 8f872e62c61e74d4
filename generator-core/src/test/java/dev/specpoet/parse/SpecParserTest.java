package dev.specpoet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecSource;
import dev.specpoet.fixtures.InlineSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecParserTest {
    @TempDir
    Path folder;

    @Test
    void readsEachDialect() throws Exception {
        assertThat(parse("spec.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n")
                        .version())
                .isEqualTo(SpecVersion.OPENAPI_3_0);
        assertThat(parse("spec.json", "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"T\", \"version\": \"1\"}}")
                        .version())
                .isEqualTo(SpecVersion.OPENAPI_3_1);
        assertThat(parse("spec.yaml", "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n")
                        .version())
                .isEqualTo(SpecVersion.SWAGGER_2_0);
    }

    @Test
    void aYamlDocumentThatIsNotOpenApi() {
        assertErrors(
                () -> parse("spec.yaml", "name: my-service\nversion: 2\n"),
                "NOT_OPENAPI spec.yaml: no top-level 'openapi' or 'swagger' key: not an OpenAPI or Swagger document");
        assertErrors(
                () -> parse("list.yaml", "- a\n- b\n"),
                "NOT_OPENAPI list.yaml: the document is not a YAML or JSON object");
    }

    @Test
    void aSwagger12ResourceListing() {
        assertErrors(
                () -> parse("api-docs.json", """
                        {"swaggerVersion": "1.2", "apiVersion": "1.0", "apis": [{"path": "/pets"}]}
                        """),
                "UNSUPPORTED_VERSION api-docs.json#/swaggerVersion: Swagger 1.2 is not supported (2.0, OpenAPI 3.0,"
                        + " 3.1 and 3.2 are)");
    }

    @Test
    void anOpenApiVersionFromTheFuture() {
        assertErrors(
                () -> parse("spec.yaml", "openapi: 4.0.0\ninfo: {title: T, version: '1'}\n"),
                "UNSUPPORTED_VERSION spec.yaml#/openapi: OpenAPI version '4.0.0' is not supported (3.0, 3.1 and 3.2 are)");
    }

    @Test
    void brokenYamlIsReportedAtItsLineAndColumn() {
        assertErrors(
                () -> parse("spec.yaml", """
                        openapi: 3.0.3
                        info:
                          title: [unclosed
                        paths: {}
                        """),
                "SPEC_SYNTAX spec.yaml:4:6: not valid YAML: expected ',' or ']', but got :");
    }

    @Test
    void brokenJsonIsReportedAtItsLineAndColumn() throws Exception {
        GenerationException error = parseError("spec.json", "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\n}");

        assertThat(error.errors()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.code()).isEqualTo("SPEC_SYNTAX");
            assertThat(diagnostic.location().document()).isEqualTo("spec.json");
            assertThat(diagnostic.location().line()).hasValue(4);
            assertThat(diagnostic.message()).startsWith("not valid JSON: ");
        });
    }

    @Test
    void nestingDeeperThanTheLimitIsReportedWhereTheDocumentIsRead() throws Exception {
        String json = "{\n\"openapi\": \"3.0.3\",\n\"x-deep\":\n" + "[".repeat(450) + "]".repeat(450) + "\n}";
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\nx-deep:\n");
        for (int i = 1; i <= 450; i++) {
            yaml.append("  ".repeat(i)).append("k:\n");
        }
        yaml.append("  ".repeat(451)).append("v\n");

        for (GenerationException error :
                List.of(parseError("spec.json", json), parseError("spec.yaml", yaml.toString()))) {
            assertThat(error.errors()).singleElement().satisfies(diagnostic -> {
                assertThat(diagnostic.code()).isEqualTo("SPEC_TOO_DEEP");
                assertThat(diagnostic.message()).isEqualTo("nesting deeper than 400 levels");
                assertThat(diagnostic.location().line()).isPresent();
            });
        }
    }

    @Test
    void danglingReferencesAreAllReportedWithTheirPointers() {
        assertErrors(
                () -> parse("spec.yaml", """
                        openapi: 3.0.3
                        info: {title: T, version: '1'}
                        paths: {}
                        components:
                          schemas:
                            Pet:
                              type: object
                              properties:
                                owner: {$ref: '#/components/schemas/Owner'}
                                tags: {type: array, items: {$ref: '#/components/schemas/Tag'}}
                        """),
                "DANGLING_REF spec.yaml#/components/schemas/Pet/properties/owner/$ref: $ref"
                        + " '#/components/schemas/Owner' points to nothing in spec.yaml",
                "DANGLING_REF spec.yaml#/components/schemas/Pet/properties/tags/items/$ref: $ref"
                        + " '#/components/schemas/Tag' points to nothing in spec.yaml");
    }

    @Test
    void referencesThatLeaveTheSpecFolderAreRefusedUnlessAllowed() throws Exception {
        InlineSpec.write(folder, "shared/pet.yaml", "Pet: {type: object, properties: {name: {type: string}}}\n");
        String spec = """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet: {$ref: '../shared/pet.yaml#/Pet'}
                    Remote: {$ref: 'https://example.com/schemas.yaml#/Remote'}
                """;
        Path main = InlineSpec.write(folder, "api/spec.yaml", spec);

        assertErrors(
                () -> new SpecParser().parse(SpecSource.file(main), false),
                "REF_OUTSIDE_SPEC_FOLDER spec.yaml#/components/schemas/Pet/$ref: $ref '../shared/pet.yaml#/Pet'"
                        + " leaves the spec's folder; allow it explicitly to follow it",
                "REF_OUTSIDE_SPEC_FOLDER spec.yaml#/components/schemas/Remote/$ref: $ref"
                        + " 'https://example.com/schemas.yaml#/Remote' points outside the spec's folder (absolute path"
                        + " or URL); allow it explicitly to follow it");
    }

    @Test
    void allowedReferenceOutsideTheFolderIsRead() throws Exception {
        InlineSpec.write(folder, "shared/pet.yaml", "Pet: {type: object, properties: {name: {type: string}}}\n");
        Path main = InlineSpec.write(folder, "api/spec.yaml", """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet: {$ref: '../shared/pet.yaml#/Pet'}
                """);

        ParsedSpec parsed = new SpecParser().parse(SpecSource.file(main), true);

        assertThat(parsed.documents())
                .extracting(document -> document.source().displayName())
                .containsExactly("spec.yaml", "pet.yaml");
    }

    @Test
    void referencesToMissingFilesOrPointers() throws Exception {
        InlineSpec.write(folder, "common.yaml", "Pet: {type: object}\n");

        assertErrors(
                () -> parse("spec.yaml", """
                        openapi: 3.0.3
                        info: {title: T, version: '1'}
                        paths: {}
                        components:
                          schemas:
                            A: {$ref: 'missing.yaml#/A'}
                            B: {$ref: 'common.yaml#/Dog'}
                        """),
                "REF_FILE_UNREADABLE spec.yaml#/components/schemas/A/$ref: $ref 'missing.yaml#/A' cannot be followed:"
                        + " the spec file does not exist: "
                        + folder.toRealPath().resolve("missing.yaml"),
                "DANGLING_REF spec.yaml#/components/schemas/B/$ref: $ref 'common.yaml#/Dog' points to nothing in"
                        + " common.yaml");
    }

    @Test
    void filesThatCannotBeSpecs() throws Exception {
        assertErrors(() -> parse("empty.yaml", "  \n"), "SPEC_EMPTY empty.yaml: the document is empty");
        Path binary = Files.write(folder.resolve("spec.bin"), new byte[] {'o', 'p', 0, 1, 2});
        assertErrors(
                () -> new SpecParser().parse(SpecSource.file(binary), false),
                "SPEC_BINARY spec.bin: the file contains NUL bytes (offset 2): not a text spec");
        Path missing = folder.resolve("nowhere.yaml");
        assertErrors(
                () -> new SpecParser().parse(SpecSource.file(missing), false),
                "SPEC_NOT_FOUND nowhere.yaml: the spec file does not exist: " + missing.toAbsolutePath());
        assertErrors(
                () -> new SpecParser().parse(SpecSource.provider("no-such-provider"), false),
                "UNKNOWN_PROVIDER no-such-provider: no bundled provider 'no-such-provider'; known:"
                        + " adyen-management-v1, adyen-management-v3, api-keys-service, cartovista-cloud");
    }

    @Test
    void bundledProvidersAndClasspathResourcesAreRead() throws Exception {
        ParsedSpec provider = new SpecParser().parse(SpecSource.provider("api-keys-service"), false);

        assertThat(provider.displayName()).isEqualTo("api-keys-service.json");
        assertThat(provider.version()).isEqualTo(SpecVersion.OPENAPI_3_1);
        assertThat(new SpecParser()
                        .parse(SpecSource.classpath("dev/specpoet/specs/cartovista-cloud.json"), false)
                        .displayName())
                .isEqualTo("cartovista-cloud.json");
    }

    @Test
    void swaggerParserIsHandedTheTreeNotTheText() throws Exception {
        // Our reader accepts a trailing comma; Swagger Parser's strict JSON reader would have failed
        // on this text, had it read it again.
        ParsedSpec parsed = parse("spec.json", """
                {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
                 "components": {"schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"},},},},},}
                """);

        assertThat(parsed.openApi().getComponents().getSchemas().get("Pet").getProperties())
                .containsOnlyKeys("name");
    }

    @Test
    void integerKeywordsOfAYamlSpecReachTheModel() throws Exception {
        for (String version : List.of("3.0.3", "3.1.0")) {
            ParsedSpec parsed = parse("spec-" + version + ".yaml", """
                    openapi: %s
                    info: {title: T, version: '1'}
                    paths: {}
                    components:
                      schemas:
                        Pet:
                          type: object
                          properties:
                            name: {type: string, maxLength: 50, minLength: 1}
                            tags: {type: array, items: {type: string}, maxItems: 3}
                    """.formatted(version));

            java.util.Map<String, io.swagger.v3.oas.models.media.Schema<?>> properties = new java.util.HashMap<>();
            parsed.openApi()
                    .getComponents()
                    .getSchemas()
                    .get("Pet")
                    .getProperties()
                    .forEach((name, schema) ->
                            properties.put((String) name, (io.swagger.v3.oas.models.media.Schema<?>) schema));
            assertThat(properties.get("name").getMaxLength()).as(version).isEqualTo(50);
            assertThat(properties.get("name").getMinLength()).as(version).isEqualTo(1);
            assertThat(properties.get("tags").getMaxItems()).as(version).isEqualTo(3);
        }
    }

    @Test
    void relativeReferencesToOtherFilesAreStillResolvedFromTheTree() throws Exception {
        for (String version : List.of("3.0.3", "3.1.0")) {
            Path api = folder.resolve(version);
            InlineSpec.write(
                    api,
                    "pet.json",
                    "{\"Pet\": {\"type\": \"object\", \"properties\": {\"tag\": {\"type\": \"string\"}}}}");
            Path main = InlineSpec.write(api, "spec.json", """
                    {"openapi": "%s", "info": {"title": "T", "version": "1"},
                     "paths": {"/pets": {"get": {"responses": {"200": {"description": "ok",
                       "content": {"application/json": {"schema": {"$ref": "pet.json#/Pet"}}}}}}}}}
                    """.formatted(version));

            ParsedSpec parsed = new SpecParser().parse(SpecSource.file(main), false);

            var schema = parsed.openApi()
                    .getPaths()
                    .get("/pets")
                    .getGet()
                    .getResponses()
                    .get("200")
                    .getContent()
                    .get("application/json")
                    .getSchema();
            var resolved = schema.get$ref() == null
                    ? schema
                    : parsed.openApi()
                            .getComponents()
                            .getSchemas()
                            .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            assertThat(resolved).as(version).isNotNull();
            assertThat(resolved.getProperties()).as(version).containsOnlyKeys("tag");
        }
    }

    @Test
    void parsingLeavesTheTreeAsRead() throws Exception {
        Path main = InlineSpec.write(folder, "spec.json", """
                {"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
                 "paths": {"/pets/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true,
                   "schema": {"type": ["string", "null"]}}],
                   "responses": {"200": {"description": "ok", "content": {"application/json": {"schema":
                     {"$ref": "#/components/schemas/Pet"}}}}}}}},
                 "components": {"schemas": {"Pet": {"type": "object", "properties": {"id": {"type": "integer"}},
                   "examples": [{"id": 1}]}}}}
                """);
        SpecParser parser = new SpecParser();
        SpecDocuments read = parser.read(SpecSource.file(main), false);
        var before = read.main().root().deepCopy();

        parser.parse(read);

        // Messages are located by looking their pointers up in this tree afterwards.
        assertThat(read.main().root()).isEqualTo(before);
    }

    private ParsedSpec parse(String fileName, String text) throws GenerationException {
        return new SpecParser().parse(SpecSource.file(InlineSpec.write(folder, fileName, text)), false);
    }

    private GenerationException parseError(String fileName, String text) {
        try {
            parse(fileName, text);
        } catch (GenerationException e) {
            return e;
        }
        throw new AssertionError("expected a GenerationException");
    }

    /** Asserts the errors' codes and full text, location included. */
    private static void assertErrors(ThrowingCallable call, String... expected) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        GenerationException.class,
                        e -> assertThat(describe(e.errors())).containsExactly(expected));
    }

    private static List<String> describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code() + " " + d).toList();
    }
}
