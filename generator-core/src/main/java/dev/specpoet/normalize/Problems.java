package dev.specpoet.normalize;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects a stage's diagnostics so users see every problem of a run at once. */
final class Problems {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(String code, SpecLocation location, String message) {
        diagnostics.add(Diagnostic.error(code, location, message));
    }

    void warning(String code, SpecLocation location, String message) {
        diagnostics.add(Diagnostic.warning(code, location, message));
    }

    void info(String code, SpecLocation location, String message) {
        diagnostics.add(Diagnostic.info(code, location, message));
    }

    void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }

    /** Ends the stage: throws with every diagnostic if any is an error. */
    void throwIfErrors() throws GenerationException {
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new GenerationException(diagnostics);
        }
    }
}
