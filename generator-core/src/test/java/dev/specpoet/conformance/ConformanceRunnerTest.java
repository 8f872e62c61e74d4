package dev.specpoet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceRunnerTest {
    private static final String PETS = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """;

    @TempDir
    Path folder;

    @Test
    void sortsEachFileIntoItsOutcomeInPathOrder() throws Exception {
        write("a/pets.yaml", PETS);
        write("a/again.yaml", PETS.replace("Pets", "Again"));
        write("b/fragment.yaml", "Pet:\n  type: object\n");
        write("b/old.json", "{\"swaggerVersion\": \"1.2\", \"apis\": []}");
        write("c/dangling.yaml", PETS.replace("'#/components/schemas/Pet'", "'#/components/schemas/Cat'"));
        write("notes.txt", "not a spec");
        List<SpecResult> progress = new ArrayList<>();

        List<SpecResult> results = new ConformanceRunner(2).run(List.of(folder), progress::add);

        assertThat(results)
                .extracting(r -> r.file() + " " + r.outcome())
                .containsExactly(
                        "a/again.yaml PASS",
                        "a/pets.yaml PASS",
                        "b/fragment.yaml SKIP",
                        "b/old.json INVALID",
                        "c/dangling.yaml INVALID");
        assertThat(progress).containsExactlyInAnyOrderElementsOf(results);
        assertThat(results.get(1).generatedFiles()).isGreaterThan(3);
        assertThat(results.get(1).generatedLines()).isGreaterThan(100);
        assertThat(results.get(4).reason())
                .hasValue("DANGLING_REF dangling.yaml:12:51#/paths/~1pets/get/responses/200/content/application~1json"
                        + "/schema/items/$ref: $ref '#/components/schemas/Cat' points to nothing in dangling.yaml");
        assertThat(ConformanceSummary.of(results)).isEqualTo(new ConformanceSummary(2, 0, 2, 1));
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a", "b", "c", "notes.txt");
        }
    }

    @Test
    void aClientThatDoesNotCompileFailsWithTheFirstError() throws Exception {
        Path root = folder.resolve("src");
        write("src/p/Broken.java", "package p; class Broken { Missing field; }");
        write("src/p/Fine.java", "package p; class Fine {}");

        try (ClientCompiler compiler = ClientCompiler.create()) {
            assertThat(compiler.compile(root)).containsExactly("p/Broken.java:1: cannot find symbol");
        }
    }

    @Test
    void sharedSourcesAreCompiledOnceAndReusedWhileUnchanged() throws Exception {
        Path classes = folder.resolve("classes");
        try (ClientCompiler compiler = ClientCompiler.sharing(java.util.Set.of("p/Support.java"), classes)) {
            write("one/p/Support.java", "// header one\npackage p; public class Support {}");
            write("one/p/Client.java", "package p; class Client { Support s; }");
            assertThat(compiler.compile(folder.resolve("one"))).isEmpty();
            assertThat(classes.resolve("p/Support.class")).exists();
            assertThat(classes.resolve("p/Client.class")).doesNotExist();

            // Same text apart from the header: compiled against the kept class.
            write("two/p/Support.java", "// header two\npackage p; public class Support {}");
            write("two/p/Client.java", "package p; class Client { Support s; }");
            assertThat(compiler.compile(folder.resolve("two"))).isEmpty();

            // A client without the shared source must not find the old class on the classpath.
            write("three/p/Client.java", "package p; class Client { Support s; }");
            assertThat(compiler.compile(folder.resolve("three")))
                    .containsExactly("p/Client.java:1: cannot find symbol");
            assertThat(classes.resolve("p/Support.class")).doesNotExist();
        }
    }

    @Test
    void theReportHasOneRowPerFile() throws Exception {
        Path report = folder.resolve("out/report.tsv");
        List<SpecResult> results = List.of(
                new SpecResult("a.yaml", Outcome.PASS, 1.234, 40, 4000, java.util.Optional.empty()),
                new SpecResult(
                        "b.yaml",
                        Outcome.INVALID,
                        0.01,
                        0,
                        0,
                        java.util.Optional.of("DANGLING_REF b.yaml#/x: gone\tnow")));

        TsvReport.write(report, results);

        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8))
                .containsExactly(
                        "file\toutcome\tseconds\tgenerated_files\tgenerated_lines\treason",
                        "a.yaml\tPASS\t1.23\t40\t4000\t",
                        "b.yaml\tINVALID\t0.01\t0\t0\tDANGLING_REF b.yaml#/x: gone now");
    }

    private void write(String path, String text) throws Exception {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
