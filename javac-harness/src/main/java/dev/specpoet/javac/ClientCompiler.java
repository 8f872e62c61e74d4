package dev.specpoet.javac;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

/**
 * Compiles a generated client in-process against Jackson and reports its errors. Class files are
 * thrown away unless the caller wants to load them (they are then kept in memory, never written);
 * those of the sources every client shares are kept on disk and reused (see {@link SharedSources}).
 *
 * <p>One instance keeps one file manager, whose opened jars are reused from client to client: with
 * the shared classes, that is what makes compiling hundreds of clients affordable. Not thread-safe:
 * use one per thread.
 */
public final class ClientCompiler implements AutoCloseable {
    private static final List<String> OPTIONS =
            List.of("-proc:none", "-encoding", "UTF-8", "-Xlint:none", "-nowarn", "-Xmaxerrs", "20");

    private final JavaCompiler compiler;
    private final StandardJavaFileManager files;
    private final Optional<SharedSources> shared;

    private ClientCompiler(List<Path> classpath, Optional<SharedSources> shared) {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler available: run on a JDK, not a JRE");
        }
        this.shared = shared;
        files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        List<Path> path = new ArrayList<>(classpath);
        try {
            if (shared.isPresent()) {
                // The folder must exist before javac first looks at it: it remembers a missing one.
                Files.createDirectories(shared.get().classFolder());
                path.add(shared.get().classFolder());
                files.setLocationFromPaths(
                        StandardLocation.CLASS_OUTPUT, List.of(shared.get().classFolder()));
            }
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the classpath " + path, e);
        }
    }

    /** A compiler against the Jackson this generator runs with, compiling every source every time. */
    public static ClientCompiler create() {
        return new ClientCompiler(jacksonClasspath(), Optional.empty());
    }

    /**
     * A compiler against the Jackson this generator runs with, which compiles the given sources
     * once and then reuses their classes while they stay the same.
     *
     * @param sharedSources paths relative to the source root, with {@code /} separators
     * @param classFolder a folder of its own for the shared classes
     */
    public static ClientCompiler sharing(Set<String> sharedSources, Path classFolder) {
        return new ClientCompiler(jacksonClasspath(), Optional.of(new SharedSources(sharedSources, classFolder)));
    }

    /**
     * The folders or jars holding Jackson's databind, core, JSR-310 module and annotations, found where
     * their classes were loaded from: the CLI jar itself when it is shaded, the Maven repository
     * under a test run.
     */
    public static List<Path> jacksonClasspath() {
        return Stream.of(ObjectMapper.class, JsonParser.class, JavaTimeModule.class, JsonProperty.class)
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
     * @param keepClasses whether to return the bytes of the classes compiled now; those of the shared
     *     sources are in {@link #sharedClassFolder()} instead
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
        Map<String, Path> shareable = new TreeMap<>();
        if (shared.isPresent()) {
            sources.forEach((name, path) -> {
                if (shared.get().isShareable(name)) {
                    shareable.put(name, path);
                }
            });
        }
        boolean reuse = shared.isPresent() && shared.get().matches(shareable);
        if (shared.isPresent() && !reuse) {
            shared.get().reset();
        }
        List<Path> compiled = sources.entrySet().stream()
                .filter(source -> !reuse || !shareable.containsKey(source.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        Set<URI> kept =
                reuse ? Set.of() : shareable.values().stream().map(Path::toUri).collect(Collectors.toSet());
        Map<String, byte[]> classes = keepClasses ? new HashMap<>() : null;
        List<String> errors = run(sourceRoot, compiled, kept, classes);
        if (shared.isPresent() && !reuse && errors.isEmpty()) {
            shared.get().compiledFrom(shareable);
        }
        return new Compilation(errors, classes == null ? Map.of() : classes);
    }

    /** The folder holding the classes of the shared sources, when this compiler shares them. */
    public Optional<Path> sharedClassFolder() {
        return shared.map(SharedSources::classFolder);
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

    private List<String> run(Path sourceRoot, List<Path> sources, Set<URI> kept, Map<String, byte[]> classes) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled = compiler.getTask(
                        Writer.nullWriter(),
                        new ClassSink(files, kept, classes),
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
     * Writes the classes of the kept sources to the class output, and every other class into memory
     * when asked to keep them, else nowhere.
     */
    private static final class ClassSink extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Set<URI> kept;
        private final Map<String, byte[]> classes;

        /** @param classes where to put the other classes, or null to drop them */
        ClassSink(StandardJavaFileManager files, Set<URI> kept, Map<String, byte[]> classes) {
            super(files);
            this.kept = kept;
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(
                Location location, String className, JavaFileObject.Kind kind, FileObject sibling) throws IOException {
            if (sibling != null && kept.contains(sibling.toUri())) {
                return super.getJavaFileForOutput(location, className, kind, sibling);
            }
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
