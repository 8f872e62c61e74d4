package dev.specpoet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec update is summarised as changes of the generated API, breaking ones marked. */
class ApiChangeReportTest {
    private static final String SPEC = """
            openapi: 3.1.0
            info: {title: Keys, version: "1"}
            paths:
              /keys:
                post:
                  operationId: createKey
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/NewKey"}
                  responses:
                    "200": {description: ok}
              /keys/{id}:
                delete:
                  operationId: deleteKey
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    "204": {description: gone}
            components:
              schemas:
                Role:
                  type: string
                  enum: [ORG-ADMIN, TASK-ADMIN]
                NewKey:
                  type: object
                  properties:
                    description: {type: string}
                    role: {$ref: "#/components/schemas/Role"}
            """;

    @TempDir
    Path folder;

    private Path spec;
    private Path output;
    private final List<Diagnostic> reported = new ArrayList<>();

    @BeforeEach
    void firstRun() throws Exception {
        spec = folder.resolve("keys.yaml");
        output = folder.resolve("out");
        Files.writeString(spec, SPEC);
        generate(false);
        reported.clear();
    }

    private void generate(boolean failOnBreakingChange) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(spec), output)
                .basePackage("com.example.keys")
                .stateDirectory(folder.resolve("state"))
                .failOnBreakingChange(failOnBreakingChange)
                .build();
        Specpoet.generate(config, new GenerationListener() {
            @Override
            public void diagnostic(Diagnostic diagnostic) {
                reported.add(diagnostic);
            }
        });
    }

    private List<String> messages(String code) {
        return reported.stream()
                .filter(d -> d.code().equals(code))
                .map(Diagnostic::message)
                .toList();
    }

    @Test
    void additiveChangesAreReportedAndDoNotFail() throws Exception {
        Files.writeString(
                spec,
                SPEC.replace("[ORG-ADMIN, TASK-ADMIN]", "[ORG-ADMIN, TASK-ADMIN, TENANT-USER]")
                        .replace(
                                "description: {type: string}",
                                "description: {type: string}\n        expires: {type: string, format: date-time}"));

        generate(true);

        assertThat(messages("API_CHANGE"))
                .containsExactly(
                        "enum-value Role TENANT-USER: added", "property NewKey expires: added (date-time, optional)");
        assertThat(messages("BREAKING_CHANGE")).isEmpty();
    }

    @Test
    void breakingChangeFailsBeforeWritingWhenAskedTo() throws Exception {
        Path api = output.resolve("com/example/keys/api/DefaultApi.java");
        String before = Files.readString(api);
        Files.writeString(
                spec,
                SPEC.replace("""
                                  /keys/{id}:
                                    delete:
                                      operationId: deleteKey
                                      parameters:
                                        - {name: id, in: path, required: true, schema: {type: string}}
                                      responses:
                                        "204": {description: gone}
                                """, "")
                        .replace(
                                "    NewKey:\n      type: object\n",
                                "    NewKey:\n      type: object\n      required: [role]\n"));

        GenerationException failure = catchThrowableOfType(GenerationException.class, () -> generate(true));

        assertThat(failure).isNotNull();
        assertThat(failure.errors())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "BREAKING operation DefaultApi.deleteKey: removed (DELETE /keys/{id})",
                        "BREAKING parameter DefaultApi.deleteKey id: removed (string, required)",
                        "BREAKING property NewKey role: made required",
                        "BREAKING signature DefaultApi.deleteKey: removed (void deleteKey(String id) throws ApiException)");
        assertThat(Files.readString(api)).isEqualTo(before);

        generate(false);

        assertThat(messages("BREAKING_CHANGE")).hasSize(4);
        assertThat(Files.readString(api)).doesNotContain("deleteKey");
    }

    @Test
    void everyPartOfAMethodSignatureIsRecordedAndAChangeToItBreaks() throws Exception {
        Files.writeString(
                spec,
                SPEC.replace("      responses:\n        \"200\": {description: ok}\n", """
                                      responses:
                                        "200":
                                          description: ok
                                          content: {application/json: {schema: {$ref: "#/components/schemas/NewKey"}}}
                                        "409":
                                          description: taken
                                          content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}
                                """)
                        .replace(
                                "        - {name: id, in: path, required: true, schema: {type: string}}\n",
                                "        - {name: id, in: path, required: true, schema: {type: string}}\n"
                                        + "        - {name: force, in: query, required: true, schema: {type: boolean}}\n")
                        .replace(
                                "  schemas:\n",
                                "  schemas:\n    Problem: {type: object, properties: {title: {type: string}}}\n"));

        GenerationException failure = catchThrowableOfType(GenerationException.class, () -> generate(true));

        assertThat(failure).isNotNull();
        assertThat(failure.errors())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "BREAKING parameter DefaultApi.deleteKey force: added (boolean, required)",
                        "BREAKING signature DefaultApi.createKey: now NewKey createKey(NewKey newKey)"
                                + " throws ProblemException, ApiException (was void createKey(NewKey newKey) throws"
                                + " ApiException)",
                        "BREAKING signature DefaultApi.deleteKey: now void deleteKey(String id, Boolean force)"
                                + " throws ApiException (was void deleteKey(String id) throws ApiException)");
    }

    @Test
    void unchangedSpecReportsNothing() throws Exception {
        Files.writeString(spec, SPEC + "\n# a comment changes the fingerprint, not the API\n");

        generate(true);

        assertThat(messages("API_CHANGE")).isEmpty();
        assertThat(messages("BREAKING_CHANGE")).isEmpty();
    }
}
