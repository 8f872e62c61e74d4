package dev.specpoet.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times the JDK's {@code javac} on a generated client in a process of its own, class files
 * written, as a consumer's build compiles it: cold, since a build compiles a client once. (In this
 * JVM javac would get faster with every compile, and whichever output came later would look
 * cheaper.) Both generators' outputs get the same options.
 */
final class JavacTimer {
    private static final List<String> OPTIONS =
            List.of("-proc:none", "-encoding", "UTF-8", "-nowarn", "-Xlint:none", "-Xmaxerrs", "100");

    private final Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");

    JavacTimer() {
        if (!Files.isExecutable(javac)) {
            throw new IllegalStateException("no javac at " + javac + ": run the benchmark on a JDK, not a JRE");
        }
    }

    /**
     * Compiles every {@code .java} file under {@code sourceRoot} into {@code classes} (emptied by
     * the caller) and returns the process's wall time in nanoseconds.
     *
     * @throws IllegalStateException with the error count and the first error when the sources do
     *     not compile
     */
    long time(Path sourceRoot, List<Path> classpath, Path classes) throws IOException, InterruptedException {
        List<String> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(path -> path.toString().endsWith(".java"))
                    .map(path -> quoted(path.toAbsolutePath().toString()))
                    .sorted()
                    .toList();
        }
        Files.createDirectories(classes);
        Path argFile = classes.resolveSibling(classes.getFileName() + ".sources");
        Files.write(argFile, sources, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(javac.toString()));
        command.addAll(OPTIONS);
        command.addAll(List.of(
                "-d",
                classes.toString(),
                "-cp",
                classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "@" + argFile));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("javac took over 15 minutes");
        }
        long nanos = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("its output does not compile: " + summary(output));
        }
        return nanos;
    }

    /** javac's closing count ("100 errors") and its first error, file name only. */
    static String summary(String output) {
        List<String> lines = output.lines().toList();
        String count = lines.stream()
                .filter(line -> line.matches("\\d+ errors?"))
                .findFirst()
                .orElse("errors");
        String first = lines.stream()
                .filter(line -> line.contains(": error: "))
                .findFirst()
                .map(line -> {
                    String file = line.substring(0, line.indexOf(": error: "));
                    String rest = line.substring(line.indexOf(": error: ") + ": error: ".length());
                    return Path.of(file.substring(0, Math.max(0, file.lastIndexOf(':'))))
                                    .getFileName()
                            + file.substring(file.lastIndexOf(':'))
                            + ": "
                            + rest;
                })
                .orElse(lines.isEmpty() ? "no message" : lines.get(0));
        return "javac reports " + count + ", the first `" + first + "`";
    }

    /** javac's argument files split on spaces unless quoted; backslashes escape inside quotes. */
    private static String quoted(String path) {
        return "\"" + path.replace("\\", "\\\\") + "\"";
    }
}
