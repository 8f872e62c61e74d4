package dev.specpoet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.specpoet.Specpoet;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.fixtures.InlineSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swagger Parser's messages keep their text, gain the JSON pointer and position of what they name, and come once. */
class ParserMessagesTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: T}
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  x-ok: 1
                  foo: bar
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: limit, in: query, schema: {type: integer}, bogus: 1}
                  responses:
                    '200':
                      content: {application/json: {schema: {$ref: '#/components/schemas/Pet.V1'}}}
            components:
              schemas:
                Pet.V1: {type: object, properties: {n: {type: string}}, xyz: 1}
            """;

    @TempDir
    Path folder;

    private List<String> parserMessages(Path spec) throws Exception {
        List<String> messages = new ArrayList<>();
        Specpoet.generate(
                GeneratorConfig.builder(SpecSource.file(spec), folder.resolve("out"))
                        .basePackage("com.acme")
                        .build(),
                new GenerationListener() {
                    @Override
                    public void diagnostic(Diagnostic diagnostic) {
                        if (diagnostic.code().equals("PARSER_MESSAGE")) {
                            messages.add(diagnostic.toString());
                        }
                    }
                });
        return messages;
    }

    @Test
    void aYamlSpecsMessagesPointAtWhatTheyName() throws Exception {
        assertThat(parserMessages(InlineSpec.write(folder, "spec.yaml", SPEC)))
                .containsExactlyInAnyOrder(
                        "spec.yaml:17:66#/components/schemas/Pet.V1/xyz: attribute components.schemas.Pet.V1.xyz is"
                                + " unexpected",
                        "spec.yaml:11:68#/paths/~1pets~1{id}/get/parameters/1/bogus: attribute"
                                + " paths.'/pets/{id}'(get).parameters.[limit].bogus is unexpected",
                        "spec.yaml:8:12#/paths/~1pets~1{id}/get/foo: attribute paths.'/pets/{id}'(get).foo is"
                                + " unexpected",
                        "spec.yaml:2:7#/info: attribute info.version is missing",
                        "spec.yaml:14:11#/paths/~1pets~1{id}/get/responses/200: attribute"
                                + " paths.'/pets/{id}'(get).responses.200.description is missing");
    }

    @Test
    void aOneLineJsonSpecGetsLineOneAndTheColumnOfTheNode() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String json = new ObjectMapper().writeValueAsString(yaml.readTree(SPEC));
        int column = json.indexOf("{\"title\"") + 1;

        assertThat(parserMessages(InlineSpec.write(folder, "spec.json", json)))
                .contains("spec.json:1:" + column + "#/info: attribute info.version is missing");
    }

    @Test
    void aRepeatedMessageIsShownOnceWithItsCount() {
        DocumentTree tree = new DocumentTree(
                new SourceDocument("spec.yaml", folder.toUri(), "openapi: 3.0.3\n"),
                new ObjectMapper().createObjectNode().put("openapi", "3.0.3"),
                false);

        assertThat(ParserMessages.diagnostics(
                        List.of(
                                "Could not resolve x",
                                "attribute info is missing",
                                "Could not resolve x",
                                "Could not resolve x",
                                "Could not resolve x"),
                        tree))
                .extracting(Diagnostic::toString)
                .containsExactly("spec.yaml: Could not resolve x (x4)", "spec.yaml: attribute info is missing");
    }

    @Test
    void pathsThatDoNotFitTheDocumentStopAtTheDeepestNodeFound() throws Exception {
        com.fasterxml.jackson.databind.JsonNode root =
                new ObjectMapper().readTree("{\"paths\": {\"/a\": {\"get\": {\"parameters\": [{\"name\": \"q\"}]}}}}");
        dev.specpoet.api.SpecLocation spec = dev.specpoet.api.SpecLocation.of("spec.json");

        assertThat(ParserMessages.locate("attribute paths.'/a'(get).parameters.[", root, spec))
                .hasToString("spec.json#/paths/~1a/get/parameters");
        assertThat(ParserMessages.locate("attribute paths.'/a'(get).parameters.99999999999.x is missing", root, spec))
                .hasToString("spec.json#/paths/~1a/get/parameters");
        assertThat(ParserMessages.locate("attribute paths.'/a(get is unexpected", root, spec))
                .hasToString("spec.json#/paths");
        assertThat(ParserMessages.locate("Could not resolve reference", root, spec))
                .hasToString("spec.json");
        assertThat(ParserMessages.locate("paths.'/a'. Declared path parameter id needs to be defined", root, spec))
                .hasToString("spec.json#/paths/~1a");
    }
}
