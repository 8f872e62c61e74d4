package dev.specpoet.emit;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.RuntimeMode;
import dev.specpoet.api.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Assumptions;

/**
 * A client generated with {@code jackson=3}, compiled in-process with {@code --release 17
 * -Xlint:all} against Jackson 3 only, and loaded in a class loader that sees no Jackson 2: what a
 * Spring Boot 4 application gets. Jackson 3's jars are the folder the build copies them to
 * ({@code specpoet.jackson3}); without it the test is skipped and says so.
 */
final class Jackson3Client {
    private final List<String> diagnostics;
    private final URLClassLoader loader;
    private final Path sources;

    private Jackson3Client(List<String> diagnostics, URLClassLoader loader, Path sources) {
        this.diagnostics = List.copyOf(diagnostics);
        this.loader = loader;
        this.sources = sources;
    }

    /** Generates the Jackson 3 client of {@code spec} into {@code folder/src} and compiles it. */
    static Jackson3Client generate(Path spec, Path folder, String basePackage) throws GenerationException {
        Path sources = folder.resolve("src");
        Specpoet.generate(GeneratorConfig.builder(SpecSource.file(spec), sources)
                .basePackage(basePackage)
                .jackson(JacksonEdition.JACKSON_3)
                // Its runtime is compiled with it: the Jackson 3 library is not on this class path.
                .runtime(RuntimeMode.EMBEDDED)
                .build());
        return compile(sources, folder.resolve("classes"));
    }

    /** The Jackson 3 jars (databind, core, the Jackson 2 annotations Jackson 3 uses) and JSpecify. */
    static List<Path> classpath() {
        String folder = System.getProperty("specpoet.jackson3", "");
        Path jars = folder.isBlank() || folder.contains("${") ? null : Path.of(folder);
        if (jars == null || !Files.isDirectory(jars)) {
            String message = "Jackson 3 tests skipped: no Jackson 3 jars (the build sets -Dspecpoet.jackson3)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        try (Stream<Path> files = Files.list(jars)) {
            return files.filter(path -> path.toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Jackson3Client compile(Path sources, Path classes) {
        List<Path> classpath = classpath();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            List<String> options = List.of("--release", "17", "-Xlint:all", "-proc:none", "-encoding", "UTF-8");
            compiler.getTask(
                            null,
                            files,
                            collector,
                            options,
                            null,
                            files.getJavaFileObjectsFromPaths(javaFiles(sources)))
                    .call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
                String file = diagnostic.getSource() == null
                        ? ""
                        : sources.relativize(Path.of(diagnostic.getSource().toUri())) + ":" + diagnostic.getLineNumber()
                                + ": ";
                messages.add(diagnostic.getKind() + " " + file + diagnostic.getMessage(Locale.ROOT));
            }
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            for (Path jar : classpath) {
                urls.add(jar.toUri().toURL());
            }
            // The platform loader as parent: the test's own Jackson 2 must stay invisible to the client.
            return new Jackson3Client(
                    messages,
                    new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()),
                    sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every error and warning javac reported, as {@code KIND file:line: message}. */
    List<String> diagnostics() {
        return diagnostics;
    }

    /** The folder the client's sources were generated into. */
    Path sources() {
        return sources;
    }

    Class<?> load(String className) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Not compiled: " + className, e);
        }
    }

    /** Calls a static method that takes no arguments, such as a builder factory. */
    Object callStatic(String className, String method) {
        try {
            return load(className).getMethod(method).invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> javaFiles(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }
}
