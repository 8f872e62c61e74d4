package dev.specpoet.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the files in a folder tree that may be specs: YAML and JSON, in a stable order. */
final class SpecFiles {
    private SpecFiles() {}

    /** Every {@code .yaml}, {@code .yml} and {@code .json} file under {@code folder}, sorted by path. */
    static List<Path> under(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Not a folder: " + folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(SpecFiles::isSpecLike)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isSpecLike(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** The path of {@code file} under {@code folder} with {@code /} separators, as reports show it. */
    static String display(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
