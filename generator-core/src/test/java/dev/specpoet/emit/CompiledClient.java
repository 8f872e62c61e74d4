package dev.specpoet.emit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.Specpoet;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.javac.ClientCompiler;
import dev.specpoet.runtime.JsonMapperFactory;
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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * A generated client compiled in-process with {@code -Xlint:all} against the Jackson this build
 * uses (databind, core, annotations, JSR-310), its classes loadable, for tests of what generated
 * code does.
 */
final class CompiledClient {
    private final List<String> diagnostics;
    private final URLClassLoader loader;

    private CompiledClient(List<String> diagnostics, URLClassLoader loader) {
        this.diagnostics = List.copyOf(diagnostics);
        this.loader = loader;
    }

    /**
     * Generates the client of {@code spec} into {@code folder/src} with {@code basePackage}, compiles
     * it into {@code folder/classes}, and fails unless javac had nothing to say.
     */
    static CompiledClient generate(Path spec, Path folder, String basePackage) throws GenerationException {
        return generate(spec, folder, basePackage, UnaryOperator.identity());
    }

    /** As {@link #generate(Path, Path, String)}, with the configuration adjusted by {@code options}. */
    static CompiledClient generate(
            Path spec, Path folder, String basePackage, UnaryOperator<GeneratorConfig.Builder> options)
            throws GenerationException {
        Path sources = folder.resolve("src");
        Specpoet.generate(options.apply(
                        GeneratorConfig.builder(SpecSource.file(spec), sources).basePackage(basePackage))
                .build());
        CompiledClient client = compile(sources, folder.resolve("classes"));
        if (!client.diagnostics().isEmpty()) {
            throw new AssertionError(
                    "javac reported on the generated client:\n" + String.join("\n", client.diagnostics()));
        }
        return client;
    }

    /** Compiles every {@code .java} file under {@code sources} into {@code classes}. */
    static CompiledClient compile(Path sources, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, ClientCompiler.clientClasspath());
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            List<String> options = List.of("-Xlint:all", "-proc:none", "-encoding", "UTF-8");
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
            return new CompiledClient(
                    messages,
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, CompiledClient.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every error and warning javac reported, as {@code KIND file:line: message}. */
    List<String> diagnostics() {
        return diagnostics;
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

    /** The mapper the generated client itself would use: the runtime library's. */
    ObjectMapper mapper() {
        return JsonMapperFactory.create();
    }

    private static List<Path> javaFiles(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }
}
