package dev.specpoet.javac;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Remembers the sources that every client carries unchanged (the runtime support classes) once they
 * have compiled, so later clients compile against their class files instead of compiling them again.
 *
 * <p>The class files are reused only when a client has exactly the same shareable sources, each
 * with the same text apart from its leading line comment (the generated-file header, which names
 * the spec): the same text in the same package, depending only on the JDK, Jackson and each other,
 * compiles to the same classes. Otherwise they are deleted, so a class a client lacks can never be
 * found on the classpath in its place.
 */
final class SharedSources {
    private final Set<String> paths;
    private final Path classFolder;
    private final Map<String, String> compiled = new HashMap<>();

    /**
     * @param paths the sources that may be shared, relative to a source root with {@code /}
     *     separators
     * @param classFolder where their class files go; it must be on the compiler's classpath
     */
    SharedSources(Set<String> paths, Path classFolder) {
        this.paths = Set.copyOf(paths);
        this.classFolder = classFolder;
    }

    Path classFolder() {
        return classFolder;
    }

    boolean isShareable(String relativePath) {
        return paths.contains(relativePath);
    }

    /** Whether these are the sources whose classes are in the class folder, with the same text. */
    boolean matches(Map<String, Path> shareable) throws IOException {
        if (compiled.isEmpty() || !compiled.keySet().equals(shareable.keySet())) {
            return false;
        }
        for (Map.Entry<String, Path> source : shareable.entrySet()) {
            if (!compiled.get(source.getKey()).equals(body(source.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** Forgets the compiled sources and deletes their class files. */
    void reset() throws IOException {
        compiled.clear();
        try (Stream<Path> walk = Files.walk(classFolder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(classFolder)) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Records that these sources compiled without error and their class files are in the class folder. */
    void compiledFrom(Map<String, Path> sources) throws IOException {
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            compiled.put(source.getKey(), body(source.getValue()));
        }
    }

    /** The text apart from a leading line comment. */
    private static String body(Path source) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        if (!text.startsWith("//")) {
            return text;
        }
        int end = text.indexOf('\n');
        return end < 0 ? "" : text.substring(end + 1);
    }
}
