package dev.specpoet.javac;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.specpoet.runtime.ApiInvoker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a generated client in-process against Jackson and the runtime library, and reports its
 * errors. Class files are thrown away unless the caller wants to load them (they are then kept in
 * memory, never written).
 *
 * <p>One instance keeps one file manager, whose opened jars are reused from client to client: that
 * is what makes compiling hundreds of clients affordable. Not thread-safe: use one per thread.
 */
public final class ClientCompiler implements AutoCloseable {
    private static final List<String> OPTIONS =
            List.of("-proc:none", "-encoding", "UTF-8", "-Xlint:none", "-nowarn", "-Xmaxerrs", "20");

    private final JavaCompiler compiler;
    private final StandardJavaFileManager files;

    private ClientCompiler(List<Path> classpath) {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler available: run on a JDK, not a JRE");
        }
        files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        try {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the classpath " + classpath, e);
        }
    }

    /** A compiler against the runtime library and the Jackson this generator runs with. */
    public static ClientCompiler create() {
        return new ClientCompiler(clientClasspath());
    }

    /**
     * The folders or jars holding the runtime library, Jackson's databind, core, JSR-310 module and
     * annotations, and JSpecify (whose {@code @Nullable} the library brings to generated code), found where their classes were loaded from: the CLI jar itself when it is shaded,
     * the Maven repository or the reactor under a test run.
     */
    public static List<Path> clientClasspath() {
        return Stream.of(
                        ApiInvoker.class,
                        ObjectMapper.class,
                        JsonParser.class,
                        JavaTimeModule.class,
                        JsonProperty.class,
                        Nullable.class)
                .map(ClientCompiler::codeSource)
                .distinct()
                .toList();
    }

    private static Path codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot tell where " + type.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Not a file location: " + source.getLocation(), e);
        }
    }

    /**
     * Compiles every {@code .java} file under {@code sourceRoot}.
     *
     * @return the errors as {@code path:line: message}, paths relative to {@code sourceRoot}; empty
     *     when the sources compile
     */
    public List<String> compile(Path sourceRoot) throws IOException {
        return compile(sourceRoot, false).errors();
    }

    /**
     * Compiles every {@code .java} file under {@code sourceRoot}, keeping the class files when asked.
     *
     * @param keepClasses whether to return the bytes of the classes compiled now
     */
    public Compilation compile(Path sourceRoot, boolean keepClasses) throws IOException {
        Map<String, Path> sources = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            walk.filter(path -> path.toString().endsWith(".java"))
                    .forEach(path -> sources.put(relative(sourceRoot, path), path));
        }
        if (sources.isEmpty()) {
            return new Compilation(List.of("no Java sources under " + sourceRoot.getFileName()), Map.of());
        }
        Map<String, byte[]> classes = keepClasses ? new HashMap<>() : null;
        List<String> errors = run(sourceRoot, List.copyOf(sources.values()), classes);
        return new Compilation(errors, classes == null ? Map.of() : classes);
    }

    /**
     * What one compilation gave.
     *
     * @param errors as {@code path:line: message}; empty when the sources compiled
     * @param classes binary class name to class file, for the classes kept in memory
     */
    public record Compilation(List<String> errors, Map<String, byte[]> classes) {
        public Compilation {
            errors = List.copyOf(errors);
            classes = Map.copyOf(classes);
        }
    }

    private List<String> run(Path sourceRoot, List<Path> sources, Map<String, byte[]> classes) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled = compiler.getTask(
                        Writer.nullWriter(),
                        new ClassSink(files, classes),
                        diagnostics,
                        OPTIONS,
                        null,
                        files.getJavaFileObjectsFromPaths(sources))
                .call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(describe(sourceRoot, diagnostic));
            }
        }
        if (!compiled && errors.isEmpty()) {
            errors.add("javac failed without an error message");
        }
        return errors;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String describe(Path sourceRoot, Diagnostic<? extends JavaFileObject> diagnostic) {
        String message = diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("");
        JavaFileObject source = diagnostic.getSource();
        if (source == null) {
            return message;
        }
        String file = source.getName();
        try {
            file = relative(sourceRoot, Path.of(source.toUri()));
        } catch (IllegalArgumentException e) {
            // Not under the root, or not a file: the name javac gave is the best there is.
        }
        return file + ":" + diagnostic.getLineNumber() + ": " + message;
    }

    @Override
    public void close() throws IOException {
        files.close();
    }

    /**
     * Writes every class into memory when asked to keep them, else nowhere: nothing reaches the disk.
     */
    private static final class ClassSink extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, byte[]> classes;

        /** @param classes where to put the classes, or null to drop them */
        ClassSink(StandardJavaFileManager files, Map<String, byte[]> classes) {
            super(files);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(
                Location location, String className, JavaFileObject.Kind kind, FileObject sibling) throws IOException {
            URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    if (classes == null || kind != JavaFileObject.Kind.CLASS) {
                        return OutputStream.nullOutputStream();
                    }
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }
}
