package dev.specpoet.changelog;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pair of specs the plugin's {@code spec-update} invoker test updates a consumer with: every
 * kind of change between them. Read from there, so the IT and these tests cannot drift apart.
 */
public final class SpecPair {
    private static final Path FOLDER = Path.of("../maven-plugin/src/it/spec-update/src/main/openapi");

    private SpecPair() {}

    public static Path v1() {
        return existing("spec-v1.yaml");
    }

    public static Path v2() {
        return existing("spec-v2.yaml");
    }

    private static Path existing(String name) {
        Path file = FOLDER.resolve(name).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Run from generator-core in the reactor: no " + file);
        }
        return file;
    }
}
