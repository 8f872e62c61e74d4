package dev.specpoet.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Loads one client's classes: those javac just compiled, from memory, and the shared runtime
 * classes from their folder; everything else (the JDK, Jackson) from the runner's own class loader.
 * Each client gets a loader of its own, so two clients' classes of the same name never meet.
 */
final class GeneratedClasses extends ClassLoader {
    private final Map<String, byte[]> classes;
    private final Optional<Path> sharedFolder;

    GeneratedClasses(Map<String, byte[]> classes, Optional<Path> sharedFolder) {
        super("specpoet-conformance-client", GeneratedClasses.class.getClassLoader());
        this.classes = classes;
        this.sharedFolder = sharedFolder;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null && sharedFolder.isPresent()) {
            Path file = sharedFolder.get().resolve(name.replace('.', '/') + ".class");
            if (Files.isRegularFile(file)) {
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the compiled class " + file, e);
                }
            }
        }
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
