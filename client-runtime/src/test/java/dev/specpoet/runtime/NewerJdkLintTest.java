package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the runtime with the javac of a newer JDK, {@code -Xlint:all -Werror}, as users who
 * build the generated client with {@code -Werror} on a current JDK do: javac 21 and later warn
 * about things javac 17 does not (non-serializable fields of serializable classes). The newer JDK
 * is the {@code specpoet.newerJdk} property, or else the newest JDK 21+ under {@code /usr/lib/jvm};
 * without one the test is skipped and says so.
 */
class NewerJdkLintTest {
    // The Jackson 3 edition of the runtime (client-runtime-jackson3) runs this test on its ported sources.
    private static final Path RUNTIME_SOURCES =
            Path.of(System.getProperty("specpoet.runtimeSources", "src/main/java/dev/specpoet/runtime"));

    @Test
    void runtimeIsLintCleanOnANewerJavac(@TempDir Path classes) throws IOException, InterruptedException {
        Path javac = newerJavac();
        List<String> command = new ArrayList<>(List.of(
                javac.toString(),
                "--release",
                "17",
                "-Xlint:all",
                "-Werror",
                "-proc:none",
                "-encoding",
                "UTF-8",
                "-d",
                classes.toString(),
                "-cp",
                jacksonClasspath()));
        try (Stream<Path> files = Files.list(RUNTIME_SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .forEach(file -> command.add(file.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s said:%n%s", javac, output).isZero();
    }

    private static Path newerJavac() throws IOException {
        Optional<Path> configured = Optional.ofNullable(System.getProperty("specpoet.newerJdk"))
                .filter(value -> !value.isBlank() && !value.contains("${"))
                .map(Path::of);
        Optional<Path> home = configured.isPresent() ? configured : newestInstalled();
        Optional<Path> javac = home.map(folder -> folder.resolve("bin/javac")).filter(Files::isExecutable);
        if (javac.isEmpty()) {
            String message = "NewerJdkLintTest skipped: no JDK 21 or later (set -Dspecpoet.newerJdk=JAVA_HOME)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return javac.get();
    }

    /** The JDK under /usr/lib/jvm whose folder names the highest major version of 21 or more. */
    private static Optional<Path> newestInstalled() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(jvms)) {
            return folders.filter(folder -> majorVersion(folder) >= 21)
                    .max((a, b) -> Integer.compare(majorVersion(a), majorVersion(b)));
        }
    }

    private static int majorVersion(Path folder) {
        return Arrays.stream(folder.getFileName().toString().split("[^0-9]+"))
                .filter(part -> !part.isEmpty())
                .mapToInt(part -> part.length() > 3 ? 0 : Integer.parseInt(part))
                .filter(version -> version >= 8)
                .findFirst()
                .orElse(0);
    }

    private static String jacksonClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("jackson"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
