package dev.specpoet.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Times javac on a generated client in-process, class files written, as a consumer's build would
 * compile it; both generators' outputs get the same options.
 */
final class JavacTimer {
    private static final List<String> OPTIONS = List.of("-proc:none", "-encoding", "UTF-8", "-nowarn", "-Xlint:none");

    private final JavaCompiler compiler;

    JavacTimer() {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run the benchmark on a JDK, not a JRE");
        }
    }

    /**
     * Compiles every {@code .java} file under {@code sourceRoot} into {@code classes} (emptied by
     * the caller) and returns the wall time in nanoseconds; each call gets a fresh file manager,
     * so no run reuses another's opened jars.
     *
     * @throws IllegalStateException with the first errors when the sources do not compile
     */
    long time(Path sourceRoot, List<Path> classpath, Path classes) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        long start = System.nanoTime();
        boolean compiled;
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            compiled = compiler.getTask(
                            Writer.nullWriter(),
                            files,
                            diagnostics,
                            OPTIONS,
                            null,
                            files.getJavaFileObjectsFromPaths(sources))
                    .call();
        }
        long nanos = System.nanoTime() - start;
        if (!compiled) {
            List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .toList();
            String first = errors.isEmpty() ? "no error message" : describe(sourceRoot, errors.get(0));
            throw new IllegalStateException(
                    "its output does not compile: " + errors.size() + " javac errors, the first " + first);
        }
        return nanos;
    }

    private static String describe(Path sourceRoot, Diagnostic<? extends JavaFileObject> error) {
        String message = error.getMessage(Locale.ROOT).lines().findFirst().orElse("");
        if (error.getSource() == null) {
            return message;
        }
        Path file = Path.of(error.getSource().toUri());
        return "`" + file.getFileName() + ":" + error.getLineNumber() + ": " + message + "`";
    }
}
