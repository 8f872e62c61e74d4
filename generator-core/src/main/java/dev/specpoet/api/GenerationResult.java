package dev.specpoet.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a generation run did: files written, left unchanged and deleted (relative to the output
 * folder), and the warnings and notes it reported.
 *
 * @param upToDate true when nothing that affects the output changed and no file was touched
 */
public record GenerationResult(
        List<Path> written, List<Path> unchanged, List<Path> deleted, List<Diagnostic> diagnostics, boolean upToDate) {

    public GenerationResult {
        written = List.copyOf(Objects.requireNonNull(written, "written"));
        unchanged = List.copyOf(Objects.requireNonNull(unchanged, "unchanged"));
        deleted = List.copyOf(Objects.requireNonNull(deleted, "deleted"));
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }

    /** The warnings among the diagnostics. */
    public List<Diagnostic> warnings() {
        return diagnostics.stream()
                .filter(d -> d.severity() == Severity.WARNING)
                .toList();
    }
}
