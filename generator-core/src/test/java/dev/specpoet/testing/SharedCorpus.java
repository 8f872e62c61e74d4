package dev.specpoet.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of public specs, which lives beside the clone and never in it: the {@code
 * specpoet.shared} property (or the {@code SPECPOET_SHARED} variable) names the shared folder.
 * Tests that need it are skipped without it, and say so on stderr.
 */
public final class SharedCorpus {
    private SharedCorpus() {}

    /** The corpus folder, or aborts {@code test} with a visible message. */
    public static Path require(String test) {
        Optional<Path> shared = configured(System.getProperty("specpoet.shared"))
                .or(() -> configured(System.getenv("SPECPOET_SHARED")));
        Optional<Path> corpus = shared.map(folder -> folder.resolve("corpus")).filter(Files::isDirectory);
        if (corpus.isEmpty()) {
            String message = test + " skipped: no corpus folder under "
                    + shared.map(Path::toString).orElse("(specpoet.shared and SPECPOET_SHARED are unset)");
            System.err.println(message);
            Assumptions.abort(message);
        }
        return corpus.get();
    }

    /** A path from a property or variable; Maven leaves {@code ${...}} in place when it has no value. */
    private static Optional<Path> configured(String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(value));
    }
}
