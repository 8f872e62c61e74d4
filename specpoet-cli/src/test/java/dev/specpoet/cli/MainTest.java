package dev.specpoet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.changelog.SpecPair;
import dev.specpoet.fixtures.InlineSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Keys, version: "1"}
            paths:
              /keys:
                get:
                  operationId: listKeys
                  tags: [API Keys]
                  x-methodName: allKeys
                  responses: {'200': {description: OK}}
            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void generatesAFileSpecAndExitsWithZero() {
        Path spec = InlineSpec.write(folder, "keys.yaml", SPEC);
        Path target = folder.resolve("out");

        int code = run("generate", "--spec", spec.toString(), "--out", target.toString(), "--package", "com.acme");

        assertThat(code).isZero();
        assertThat(stdout()).startsWith("keys.yaml: ").contains(" files written, 0 unchanged, 0 deleted in " + target);
        assertThat(stderr()).isEmpty();
        assertThat(target.resolve("com/acme/api/ApiKeysApi.java")).content().contains("listKeys(");
    }

    @Test
    void jackson3GeneratesAClientThatBindsWithToolsJackson() {
        Path spec = InlineSpec.write(folder, "keys.yaml", SPEC);
        Path target = folder.resolve("out");

        int code = run(
                "generate",
                "--spec",
                spec.toString(),
                "--out",
                target.toString(),
                "--package",
                "com.acme",
                "--jackson",
                "3",
                "--runtime",
                "embedded",
                "--quiet");

        assertThat(code).isZero();
        assertThat(target.resolve("com/acme/internal/JsonMapperFactory.java"))
                .content()
                .contains("import tools.jackson.databind.json.JsonMapper;")
                .doesNotContain("com.fasterxml.jackson.databind");
    }

    @Test
    void byDefaultTheClientCallsTheRuntimeLibraryAndCarriesNoCopy() throws Exception {
        Path spec = InlineSpec.write(folder, "keys.yaml", SPEC);
        Path target = folder.resolve("out");

        int code = run("generate", "--spec", spec.toString(), "--out", target.toString(), "--package", "com.acme");

        assertThat(code).isZero();
        assertThat(target.resolve("com/acme/internal")).doesNotExist();
        assertThat(target.resolve("com/acme/ApiClient.java"))
                .content()
                .contains("import dev.specpoet.runtime.ApiInvoker;");
    }

    @Test
    void nullableAnnotationsAreOnByDefaultAndAFlagTurnsThemOff() {
        Path spec = InlineSpec.write(folder, "keys.yaml", SPEC + """
                components:
                  schemas:
                    Key: {type: object, properties: {label: {type: string}}}
                """);
        Path annotated = folder.resolve("annotated");
        Path plain = folder.resolve("plain");

        int first = run("generate", "--spec", spec.toString(), "--out", annotated.toString(), "--package", "com.acme");
        int second = run(
                "generate",
                "--spec",
                spec.toString(),
                "--out",
                plain.toString(),
                "--package",
                "com.acme",
                "--no-nullable-annotations");

        assertThat(first).isZero();
        assertThat(second).isZero();
        assertThat(annotated.resolve("com/acme/model/Key.java"))
                .content()
                .contains("import org.jspecify.annotations.Nullable;")
                .contains("@Nullable String label");
        assertThat(plain.resolve("com/acme/model/Key.java")).content().doesNotContain("jspecify", "@Nullable");
        assertThat(GenerateCommand.USAGE).contains("--no-nullable-annotations");
    }

    @Test
    void anUnknownRuntimeModeIsAUsageError() {
        Path spec = InlineSpec.write(folder, "keys.yaml", SPEC);

        int code = run(
                "generate",
                "--spec",
                spec.toString(),
                "--out",
                folder.resolve("out").toString(),
                "--package",
                "com.acme",
                "--runtime",
                "shaded");

        assertThat(code).isEqualTo(2);
        assertThat(stderr())
                .contains("Unknown runtime 'shaded'")
                .contains("library")
                .contains("embedded");
    }

    @Test
    void optionsMayBeWrittenWithAnEqualsSign() {
        Path spec = InlineSpec.write(folder, "keys.yaml", SPEC);
        Path target = folder.resolve("out");

        int code = run(
                "generate",
                "--spec=" + spec,
                "--out=" + target,
                "--package=com.acme",
                "--method-naming=x-method-name",
                "--quiet");

        assertThat(code).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(target.resolve("com/acme/api/ApiKeysApi.java")).content().contains("allKeys(");
    }

    @Test
    void withAStateFolderASecondRunIsUpToDateAndABreakingChangeCanFailIt() throws Exception {
        Path spec = InlineSpec.write(folder, "keys.yaml", SPEC);
        List<String> args = List.of(
                "generate",
                "--spec",
                spec.toString(),
                "--out",
                folder.resolve("out").toString(),
                "--package",
                "com.acme",
                "--state",
                folder.resolve("state").toString(),
                "--fail-on-breaking-change");
        assertThat(run(args.toArray(String[]::new))).isZero();
        out.reset();

        assertThat(run(args.toArray(String[]::new))).isZero();
        assertThat(stdout()).startsWith("keys.yaml: up to date, ");

        java.nio.file.Files.writeString(spec, SPEC.replace("operationId: listKeys", "operationId: listAllKeys"));
        assertThat(run(args.toArray(String[]::new))).isEqualTo(1);
        assertThat(stderr())
                .contains("error: keys.yaml:6:7#/paths/~1keys/get: ApiKeysApi.listKeys: method removed (GET /keys)"
                        + " [breaks compile]");
        assertThat(folder.resolve("out/com/acme/api/ApiKeysApi.java")).content().contains("listKeys(");
    }

    @Test
    void aNewReturnTypeIsABreakingChange() throws Exception {
        String pets = """
                openapi: 3.0.3
                info: {title: Pets, version: "1"}
                paths:
                  /pets/{id}:
                    get:
                      operationId: getPet
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                      responses:
                        '200':
                          description: OK
                          content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
                components:
                  schemas:
                    Pet: {type: object, properties: {name: {type: string}}}
                    Dog: {type: object, properties: {name: {type: string}, barks: {type: boolean}}}
                """;
        Path spec = InlineSpec.write(folder, "pets.yaml", pets);
        String[] args = {
            "generate",
            "--spec",
            spec.toString(),
            "--out",
            folder.resolve("out").toString(),
            "--package",
            "com.acme",
            "--state",
            folder.resolve("state").toString(),
            "--fail-on-breaking-change"
        };
        assertThat(run(args)).isZero();

        java.nio.file.Files.writeString(spec, pets.replace("schemas/Pet'}}}", "schemas/Dog'}}}"));

        assertThat(run(args)).isEqualTo(1);
        assertThat(stderr()).contains("DefaultApi.getPet: return type changed from Pet to Dog [breaks compile]");
        assertThat(folder.resolve("out/com/acme/api/DefaultApi.java"))
                .content()
                .contains("public @Nullable Pet getPet(");
    }

    @Test
    void diffPrintsTheChangelogAndExitsWithOneOnABreakingChange() {
        int code = run("diff", SpecPair.v1().toString(), SpecPair.v2().toString());

        assertThat(code).isEqualTo(1);
        assertThat(stdout())
                .startsWith("# API changes: spec-v2.yaml\n\n**Semver major.** 21 breaking (20 at compile time, 1 at"
                        + " run time), 8 compatible; 10 added, 16 removed, 3 changed.\n")
                .contains("| parameter `tenant` of `listKeys` | added (string, required) | **breaks compile** |"
                        + " `spec-v2.yaml:11:11#/paths/~1keys/get/parameters/2` |");
        assertThat(stderr())
                .isEqualTo("diff: semver major: 21 breaking (20 at compile time, 1 at run time), 8 compatible\n");
    }

    @Test
    void diffExitsWithZeroWhenEveryBreakingChangeIsAcceptedOrNothingBreaks() throws Exception {
        Path json = folder.resolve("changes/api-changes.json");
        int code = run(
                "diff",
                SpecPair.v1().toString(),
                SpecPair.v2().toString(),
                "--accept-breaking-changes",
                "DefaultApi.*, Key,NewKey.role,Owner,Role,Team",
                "--json",
                "--json-file",
                json.toString());

        assertThat(code).isZero();
        assertThat(stdout())
                .startsWith("{\n  \"format\" : 1,\n  \"spec\" : \"spec-v2.yaml\",\n  \"verdict\" : \"major\"");
        assertThat(json).content().isEqualTo(stdout());
        out.reset();

        assertThat(run("diff", SpecPair.v2().toString(), SpecPair.v2().toString()))
                .isZero();
        assertThat(stdout()).contains("**Semver patch.** The generated API did not change.");
    }

    @Test
    void diffComparesWithTheRunRecordedInAStateFolder() {
        Path state = folder.resolve("state");
        assertThat(run(
                        "generate",
                        "--spec",
                        SpecPair.v1().toString(),
                        "--out",
                        folder.resolve("out").toString(),
                        "--package",
                        "com.acme",
                        "--state",
                        state.toString()))
                .isZero();
        out.reset();

        assertThat(run("diff", "--state", state.toString(), SpecPair.v2().toString()))
                .isEqualTo(1);
        assertThat(stdout())
                .contains("| method `deleteKey` | removed (DELETE /keys/{id}) | **breaks compile** |"
                        + " `spec-v1.yaml:41:7#/paths/~1keys~1{id}/delete` |");
        assertThat(folder.resolve("out/com/acme/api/DefaultApi.java")).content().contains("deleteKey(");
    }

    @Test
    void diffUsageAndSpecErrorsExitWithTwo() {
        assertUsageError(List.of("diff", SpecPair.v1().toString()), "error: diff needs two specs, OLD and NEW");
        err.reset();
        assertThat(run(
                        "diff",
                        "--state",
                        folder.resolve("none").toString(),
                        SpecPair.v2().toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("no run recorded in ");
        err.reset();
        assertThat(run(
                        "diff",
                        folder.resolve("missing.yaml").toString(),
                        SpecPair.v2().toString()))
                .isEqualTo(2);
        assertThat(stderr()).startsWith("error: missing.yaml");
    }

    @Test
    void anSseSentinelEndsStreamsWhoseSpecNamesNone() {
        Path spec = InlineSpec.write(folder, "ticks.yaml", """
                openapi: 3.0.3
                info: {title: Ticks, version: '1'}
                paths:
                  /ticks:
                    get:
                      operationId: ticks
                      responses: {'200': {description: OK, content: {text/event-stream: {}}}}
                """);
        Path target = folder.resolve("out");

        int code = run(
                "generate",
                "--spec",
                spec.toString(),
                "--out",
                target.toString(),
                "--package",
                "com.acme",
                "--sse-sentinel",
                "[DONE]");

        assertThat(code).isZero();
        assertThat(target.resolve("com/acme/api/DefaultApi.java"))
                .content()
                .contains("ResponseType.serverSentEvents(ResponseType.text(), \"[DONE]\")");
        assertUsageError(
                List.of("generate", "--spec", spec.toString(), "--out", "out", "--package", "a", "--sse-sentinel", ""),
                "error: An SSE sentinel must be one line of event data, such as [DONE]: ''");
    }

    @Test
    void offlineAndBreakingChangeChecksNeedTheirFolders() {
        assertUsageError(
                List.of("generate", "--provider", "cartovista-cloud", "--out", "out", "--offline"),
                "error: --offline needs --remote-cache: offline, remote specs come from there");
        assertUsageError(
                List.of("generate", "--provider", "cartovista-cloud", "--out", "out", "--fail-on-breaking-change"),
                "error: --fail-on-breaking-change needs --state: the last run is compared");
    }

    @Test
    void generatesABundledProviderIntoItsDefaultPackage() {
        Path target = folder.resolve("out");

        int code = run("generate", "--provider", "cartovista-cloud", "--out", target.toString());

        assertThat(code).isZero();
        assertThat(target.resolve("dev/specpoet/clients/cartovista/api/ApiKeyApi.java"))
                .exists();
    }

    @Test
    void anInvalidSpecExitsWithOneAndPrintsLocatedErrors() {
        Path spec = InlineSpec.write(folder, "notes.yaml", "title: not a spec\n");

        int code = run(
                "generate",
                "--spec",
                spec.toString(),
                "--out",
                folder.resolve("out").toString(),
                "--package",
                "a.b");

        assertThat(code).isEqualTo(1);
        assertThat(stderr())
                .isEqualTo("error: notes.yaml:1:1: no top-level 'openapi' or 'swagger' key: not an OpenAPI or Swagger"
                        + " document" + System.lineSeparator());
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void warningsGoToStandardErrorAndDoNotFailTheRun() {
        Path spec = InlineSpec.write(folder, "keys.yaml", SPEC.replace("tags: [API Keys]", "security: [{Nope: []}]"));

        int code = run(
                "generate",
                "--spec",
                spec.toString(),
                "--out",
                folder.resolve("out").toString(),
                "--package",
                "a.b");

        assertThat(code).isZero();
        assertThat(stderr())
                .isEqualTo("warning: keys.yaml:7:17#/paths/~1keys/get/security: security requirement names undeclared"
                        + " scheme(s) [Nope]; that alternative is ignored" + System.lineSeparator());
    }

    @Test
    void usageErrorsExitWithTwoAndExplain() {
        assertUsageError(List.of("generate", "--out", "x", "--package", "a.b"), "error: --spec is required");
        assertUsageError(
                List.of("generate", "--spec", "s.yaml", "--out", "x"),
                "error: --package is required unless" + " --provider names a bundled spec");
        assertUsageError(List.of("generate", "--spec"), "error: --spec needs a value");
        assertUsageError(List.of("generate", "--colour", "red"), "error: unknown option --colour");
        assertUsageError(
                List.of("generate", "--spec", "s.yaml", "--out", "x", "--package", "a.b", "--method-naming", "camel"),
                "error: Unknown method naming 'camel': use operation-id or x-method-name");
        assertUsageError(
                List.of("generate", "--spec", "s.yaml", "--out", "x", "--package", "a.b", "--jackson", "4"),
                "error: Unknown Jackson version '4': use 2 (com.fasterxml.jackson, the default) or 3 (tools.jackson)");
        assertUsageError(
                List.of("generate", "--spec", "s.yaml", "--out", "x", "--package", "1bad"),
                "error: Not a Java package name: '1bad'");
        assertUsageError(List.of("frobnicate"), "error: unknown command 'frobnicate'");
    }

    @Test
    void unusablePathsAndUrlsAreUsageErrors() {
        assertUsageError(
                List.of("generate", "--spec", "s.yaml", "--out", "bad\0dir", "--package", "a.b"),
                "error: --out: not a usable path 'bad\0dir' (Nul character not allowed)");
        assertUsageError(
                List.of("generate", "--spec", "https://exa mple.com/s.yaml", "--out", "x", "--package", "a.b"),
                "error: --spec: not a usable URL 'https://exa mple.com/s.yaml' (Illegal character in authority)");
    }

    @Test
    void aUrlThatLocatesNothingIsAnInvalidSpecNotACrash() {
        int code = run(
                "generate",
                "--spec",
                "file:keys.yaml",
                "--out",
                folder.resolve("out").toString(),
                "--package",
                "a.b");

        assertThat(code).isEqualTo(1);
        assertThat(stderr())
                .isEqualTo("error: file:keys.yaml: not a usable file: URL: file:keys.yaml" + System.lineSeparator());
    }

    @Test
    void anInternalErrorExitsWithThreeAndPrintsTheCause() throws Exception {
        GenerateCommand command = new GenerateCommand(print(out), print(err), (config, listener) -> {
            throw GenerationException.internal(SpecLocation.of("keys.yaml"), new IllegalStateException("boom"));
        });

        int code = command.run(List.of("--spec", "keys.yaml", "--out", "out", "--package", "a.b"));

        assertThat(code).isEqualTo(3);
        assertThat(stderr())
                .startsWith("error: keys.yaml: internal error: java.lang.IllegalStateException: boom"
                        + System.lineSeparator() + "java.lang.IllegalStateException: boom")
                .contains("\tat dev.specpoet.cli.MainTest");
    }

    @Test
    void noArgumentsPrintsUsageAndExitsWithTwoButHelpIsSuccess() {
        assertThat(run()).isEqualTo(2);
        assertThat(stdout()).contains("Usage: java -jar specpoet-cli.jar COMMAND [options]");
        out.reset();

        assertThat(run("--help")).isZero();
        assertThat(stdout())
                .contains("generate --spec FILE|URL --out DIR --package NAME [options]")
                .contains("Exit codes: 0 success, 1 the spec is invalid (located messages on stderr), 2 usage error,"
                        + " 3 internal error; diff: 0 compatible, 1 breaking, 2 usage error or unreadable spec.");
    }

    @Test
    void listsTheBundledProvidersAndTheVersion() {
        assertThat(run("providers")).isZero();
        assertThat(stdout().lines().map(line -> line.split(" +")[0]))
                .containsExactly("adyen-management-v1", "adyen-management-v3", "api-keys-service", "cartovista-cloud");
        out.reset();

        assertThat(run("--version")).isZero();
        assertThat(stdout()).startsWith("specpoet ");
    }

    private void assertUsageError(List<String> args, String firstLine) {
        out.reset();
        err.reset();
        assertThat(Main.run(args, print(out), print(err)))
                .as(String.join(" ", args))
                .isEqualTo(2);
        assertThat(stderr().lines().findFirst()).as(String.join(" ", args)).contains(firstLine);
        assertThat(stderr()).contains("Usage: ");
    }

    private int run(String... args) {
        return Main.run(List.of(args), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
