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

    private void generate(boolean failOnBreakingChange, String... accepted) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(spec), output)
                .basePackage("com.example.keys")
                .stateDirectory(folder.resolve("state"))
                .failOnBreakingChange(failOnBreakingChange)
                .acceptedBreakingChanges(List.of(accepted))
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

        assertThat(messages("API_CHANGES"))
                .singleElement()
                .asString()
                .startsWith("API changes since the last run: semver minor: 0 breaking, 2 compatible; see ")
                .endsWith(".api-changes.md");
        assertThat(messages("BREAKING_CHANGE")).isEmpty();
        assertThat(changelog("md"))
                .contains(
                        "| enum value `TENANT-USER` | added | compatible | `keys.yaml:24:13#/components/schemas/Role/enum`")
                .contains(
                        "| property `expires` | added (date-time, optional) | compatible | `keys.yaml:29:18#/components/schemas/NewKey/properties/expires`");
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
                        "DefaultApi.deleteKey: method removed (DELETE /keys/{id}) [breaks compile]",
                        "NewKey.role: property made required [breaks at run time]");
        assertThat(failure.errors())
                .extracting(d -> d.location().toString())
                .containsExactly(
                        "keys.yaml:15:7#/paths/~1keys~1{id}/delete",
                        "keys.yaml:23:15#/components/schemas/NewKey/properties/role");
        assertThat(Files.readString(api)).isEqualTo(before);
        assertThat(changelog("json")).contains("\"verdict\" : \"major\"");

        generate(false);

        assertThat(messages("BREAKING_CHANGE")).hasSize(2);
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
                        "DefaultApi.createKey: return type changed from void to NewKey [breaks compile]",
                        "DefaultApi.deleteKey: parameter force added (boolean, required) [breaks compile]");
    }

    @Test
    void acceptedBreakingChangesPassAndAreMarked() throws Exception {
        Files.writeString(
                spec,
                SPEC.replace("[ORG-ADMIN, TASK-ADMIN]", "[ORG-ADMIN]")
                        .replace(
                                "    NewKey:\n      type: object\n",
                                "    NewKey:\n      type: object\n      required: [role]\n"));

        GenerationException failure = catchThrowableOfType(GenerationException.class, () -> generate(true, "Role"));

        assertThat(failure.errors())
                .extracting(Diagnostic::message)
                .containsExactly("NewKey.role: property made required [breaks at run time]");

        generate(true, "Role", "NewKey.*", "DefaultApi.gone");

        assertThat(messages("BREAKING_CHANGE")).isEmpty();
        assertThat(messages("BREAKING_CHANGE_ACCEPTED"))
                .containsExactly(
                        "NewKey.role: property made required [breaks at run time, accepted]",
                        "Role: enum value TASK-ADMIN removed [breaks compile, accepted]");
        assertThat(messages("ACCEPTED_CHANGE_UNUSED"))
                .containsExactly("accepted breaking change 'DefaultApi.gone' matches no breaking change of this run");
        assertThat(changelog("md")).contains("| **breaks compile** (accepted) |");
    }

    @Test
    void theStateOfAnEarlierReleaseIsReadWithoutLocationsAndWithoutFalseAdditions() throws Exception {
        Path surface;
        try (var files = Files.list(folder.resolve("state"))) {
            surface = files.filter(f -> f.toString().endsWith(".surface"))
                    .findFirst()
                    .orElseThrow();
        }
        // What the release before locations wrote: key and facts, signatures with their throws clause.
        Files.writeString(
                surface,
                "body DefaultApi.createKey\tNewKey, optional\n"
                        + "enum-value Role ORG-ADMIN\t\n"
                        + "enum-value Role TASK-ADMIN\t\n"
                        + "operation DefaultApi.createKey\tPOST /keys\n"
                        + "operation DefaultApi.deleteKey\tDELETE /keys/{id}\n"
                        + "parameter DefaultApi.deleteKey id\tstring, required\n"
                        + "property NewKey description\tstring, optional\n"
                        + "property NewKey gone\tstring, optional\n"
                        + "property NewKey role\tRole, optional\n"
                        + "signature DefaultApi.createKey\tvoid createKey(NewKey newKey) throws ApiException\n"
                        + "signature DefaultApi.deleteKey\tvoid deleteKey(String id) throws ApiException\n");
        Files.writeString(spec, SPEC + "\n# changed\n");

        generate(false);

        assertThat(messages("BREAKING_CHANGE"))
                .containsExactly("NewKey.gone: property removed (string, optional) [breaks compile]");
        assertThat(changelog("md"))
                .contains("| property `gone` | removed (string, optional) | **breaks compile** | unknown |");
    }

    private String changelog(String extension) throws Exception {
        try (var files = Files.list(folder.resolve("state"))) {
            return Files.readString(files.filter(f -> f.toString().endsWith(".api-changes." + extension))
                    .findFirst()
                    .orElseThrow());
        }
    }

    @Test
    void unchangedSpecReportsNothing() throws Exception {
        Files.writeString(spec, SPEC + "\n# a comment changes the fingerprint, not the API\n");

        generate(true);

        assertThat(messages("API_CHANGES"))
                .containsExactly("API changes since the last run: semver patch: no change of the generated API");
        assertThat(messages("BREAKING_CHANGE")).isEmpty();
        assertThat(changelog("md"))
                .isEqualTo("# API changes: keys.yaml\n\n**Semver patch.** The generated API did not change.\n");
    }
}
