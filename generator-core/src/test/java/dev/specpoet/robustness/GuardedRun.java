package dev.specpoet.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.specpoet.Specpoet;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.testing.InProcessCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates one untrusted spec into an output folder that already holds a good client, and checks
 * the invariants every run must keep whatever the spec: only a located, non-internal {@link
 * GenerationException} may escape, nothing outside the output folder changes, a failed run leaves
 * the earlier output byte-identical, and a successful run writes only sanely named files.
 */
final class GuardedRun {
    private static final Pattern SANE_SEGMENT = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,200}");
    private static final Pattern SANE_SOURCE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,200}\\.java");
    private static final String GOOD_SPEC = """
            openapi: 3.0.3
            info: {title: Good, version: "1"}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            components:
              schemas:
                Pet: {type: object, properties: {name: {type: string}}}
            """;

    private GuardedRun() {}

    /** What a run ended in; {@code error} is null when it generated. */
    record Outcome(Path output, GenerationException error) {
        boolean generated() {
            return error == null;
        }
    }

    /**
     * Runs {@code spec} (a file inside {@code root}) into {@code root/out}, after a good client was
     * generated there, and asserts the invariants.
     */
    static Outcome run(Path root, Path spec) {
        Path out = root.resolve("out");
        generateGoodClient(root, out);
        Map<String, String> outsideBefore = snapshot(root, out);
        Map<String, String> outputBefore = snapshot(out, null);
        GenerationException error = null;
        try {
            Specpoet.generate(GeneratorConfig.builder(SpecSource.file(spec), out)
                    .basePackage(InProcessCompiler.PACKAGE)
                    .build());
        } catch (GenerationException e) {
            error = e;
        } catch (RuntimeException | Error e) {
            fail("generation threw " + e + " instead of a GenerationException\n" + stackTrace(e));
        }
        assertThat(snapshot(root, out)).as("files outside the output folder").isEqualTo(outsideBefore);
        if (error != null) {
            assertLocatedSpecError(error, spec.getFileName().toString());
            assertThat(snapshot(out, null))
                    .as("a failed run leaves the earlier output byte-identical")
                    .isEqualTo(outputBefore);
        } else {
            assertSaneFileNames(out);
        }
        return new Outcome(out, error);
    }

    /** Asserts the output compiles. */
    static void assertCompiles(Outcome outcome) {
        assertThat(InProcessCompiler.compile(outcome.output()))
                .as("compile errors of the generated client")
                .isEmpty();
    }

    private static void assertLocatedSpecError(GenerationException error, String specName) {
        if (error.isInternal()) {
            fail("internal error (a generator bug): " + error.getMessage() + "\n" + stackTrace(error.getCause()));
        }
        assertThat(error.errors()).as("errors of %s", error.getMessage()).isNotEmpty();
        for (Diagnostic diagnostic : error.errors()) {
            assertThat(diagnostic.code()).isNotBlank();
            assertThat(diagnostic.location().document())
                    .as("document of %s", diagnostic)
                    .isEqualTo(specName);
        }
    }

    private static void assertSaneFileNames(Path out) {
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> all = files.filter(path -> !path.equals(out)).toList();
            assertThat(all).isNotEmpty();
            for (Path path : all) {
                assertThat(path.toRealPath().startsWith(out.toRealPath()))
                        .as("%s is inside the output folder", path)
                        .isTrue();
                String name = path.getFileName().toString();
                if (Files.isDirectory(path)) {
                    assertThat(name).as("folder name").matches(SANE_SEGMENT);
                } else if (!name.equals(".specpoet-files")) {
                    assertThat(name).as("file name").matches(SANE_SOURCE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void generateGoodClient(Path root, Path out) {
        try {
            Specpoet.generate(
                    GeneratorConfig.builder(SpecSource.file(InlineSpec.write(root, "good/good.yaml", GOOD_SPEC)), out)
                            .basePackage(InProcessCompiler.PACKAGE)
                            .build());
        } catch (GenerationException e) {
            throw new AssertionError(e);
        }
    }

    /** Every file under {@code folder} (except under {@code excluded}) with its SHA-256. */
    static Map<String, String> snapshot(Path folder, Path excluded) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                if (excluded != null && path.startsWith(excluded) && !path.equals(folder)) {
                    continue;
                }
                String key = folder.relativize(path).toString();
                files.put(key, Files.isRegularFile(path) ? sha256(Files.readAllBytes(path)) : "<dir>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stackTrace(Throwable throwable) {
        if (throwable == null) {
            return "";
        }
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
