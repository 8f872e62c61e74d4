package dev.specpoet.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.testing.InProcessCompiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates each case under {@code src/test/resources/golden/<case>/spec.yaml} and compares the
 * client's own files (its API classes and models, not the runtime copied beside them) with {@code
 * expected/}: the same set of files, each with the same text. {@code -Dgolden.update=true}
 * rewrites the expected files in the source tree instead, for review as a normal diff.
 */
class GoldenTest {
    private static final Path CASES = Path.of("src/test/resources/golden");
    private static final String PACKAGE = "com.example.golden";
    /** The packages whose text is pinned: what the spec shapes, not the runtime. */
    private static final List<String> PINNED = List.of("api", "model");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders
                    .filter(Files::isDirectory)
                    .map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generatedTextMatchesExpected(String name, @TempDir Path out)
            throws GenerationException, IOException, URISyntaxException {
        Path folder = CASES.resolve(name);
        Specpoet.generate(GeneratorConfig.builder(SpecSource.file(folder.resolve("spec.yaml")), out)
                .basePackage(PACKAGE)
                .build());
        Map<String, String> actual = pinnedFiles(out);
        assertThat(actual).as("pinned files of %s", name).isNotEmpty();

        Path expected = folder.resolve("expected");
        if (Boolean.getBoolean("golden.update")) {
            rewrite(expected, actual);
            return;
        }
        Map<String, String> wanted = files(expected);
        assertThat(actual.keySet()).as("generated files of %s", name).containsExactlyElementsOf(wanted.keySet());
        List<String> differing = new ArrayList<>();
        wanted.forEach((file, text) -> {
            if (!text.equals(actual.get(file))) {
                differing.add(file + ":\n" + firstDifference(text, actual.get(file)));
            }
        });
        if (!differing.isEmpty()) {
            fail(
                    "%s differs from expected (run with -Dgolden.update=true and review the diff):%n%s",
                    name, String.join("\n", differing));
        }
        assertThat(InProcessCompiler.compile(out)).as("javac errors").isEmpty();
    }

    /** The pinned files under {@code out}, by path relative to the base package's folder. */
    private static Map<String, String> pinnedFiles(Path out) throws IOException {
        Path base = out.resolve(PACKAGE.replace('.', '/'));
        Map<String, String> files = new TreeMap<>();
        for (String pkg : PINNED) {
            Path folder = base.resolve(pkg);
            if (Files.isDirectory(folder)) {
                files(folder).forEach((file, text) -> files.put(pkg + "/" + file, text));
            }
        }
        return files;
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(path).toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Path expected, Map<String, String> actual) throws IOException {
        if (Files.isDirectory(expected)) {
            try (Stream<Path> paths = Files.walk(expected)) {
                for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, String> file : actual.entrySet()) {
            Path target = expected.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The first line that differs, with its number, so a failure is readable without a diff tool. */
    private static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String a = i < want.length ? want[i] : "<end of file>";
            String b = i < got.length ? got[i] : "<end of file>";
            if (!a.equals(b)) {
                return "  line " + (i + 1) + "\n  expected: " + a + "\n  actual:   " + b;
            }
        }
        return "  (same lines, different line endings)";
    }
}
