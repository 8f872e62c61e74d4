package dev.specpoet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsALinePerFileAndEndsWithTheCounts() throws Exception {
        Files.writeString(folder.resolve("pets.yaml"), """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: listPets
                      responses: {'204': {description: none}}
                """);
        Files.writeString(folder.resolve("old.json"), "{\"swaggerVersion\": \"1.2\"}");
        Files.writeString(folder.resolve("piece.yaml"), "Pet: {type: object}\n");
        Path report = folder.resolve("report.tsv");

        int code = run("conformance", folder.toString(), "--report", report.toString(), "--threads", "1");

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(code).isZero();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("conformance: 1 passed, 0 failed");
        assertThat(lines.get(lines.size() - 2)).matches("1 invalid, 1 skipped in \\d+ s");
        assertThat(lines.get(lines.size() - 3))
                .matches(
                        "examples: 0 of 0 round-tripped, 0 spec faults, 0 mismatches, 0 not applicable \\(\\d+\\.\\d s\\)");
        assertThat(lines)
                .anyMatch(line -> line.startsWith("PASS    pets.yaml ("))
                .anyMatch(line -> line.startsWith("SKIP    piece.yaml ("))
                .anyMatch(line -> line.startsWith("invalid: INVALID old.json (")
                        && line.endsWith(" s) UNSUPPORTED_VERSION old.json:1:20#/swaggerVersion:"
                                + " Swagger 1.2 is not supported (2.0, OpenAPI 3.0, 3.1 and 3.2 are)"));
        assertThat(Files.readAllLines(report)).hasSize(4);
    }

    @Test
    void needsAFolder() {
        assertThat(run("conformance")).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: conformance needs at least one folder");
        assertThat(run("conformance", folder.toString(), "--max-failures", "many"))
                .isEqualTo(Main.USAGE_ERROR);
    }

    private int run(String... args) {
        return Main.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
