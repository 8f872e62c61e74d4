package dev.specpoet.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The only exception generation throws for a problem in its input: it carries every located
 * problem found, so users see them all in one run.
 */
public final class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final String INTERNAL = "INTERNAL_ERROR";

    private final transient List<Diagnostic> diagnostics;

    public GenerationException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    private GenerationException(List<Diagnostic> diagnostics, Throwable cause) {
        super(summary(diagnostics), cause);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * A failure of the generator itself, not of the spec: the cause is kept for the bug report.
     * Callers tell it apart with {@link #isInternal()} (the command line exits with 3 for it).
     */
    public static GenerationException internal(SpecLocation location, Throwable cause) {
        String message = "internal error: " + cause;
        return new GenerationException(List.of(Diagnostic.error(INTERNAL, location, message)), cause);
    }

    /** True when the generator failed, rather than the spec. */
    public boolean isInternal() {
        return diagnostics.stream().anyMatch(d -> d.code().equals(INTERNAL));
    }

    /** A single problem that is not about one place in a spec, such as an unreadable output folder. */
    public static GenerationException of(String code, SpecLocation location, String message) {
        return new GenerationException(List.of(Diagnostic.error(code, location, message)));
    }

    /** Every diagnostic of the failed stage, errors first, warnings after. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The errors only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    private static String summary(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors =
                diagnostics.stream().filter(Diagnostic::isError).toList();
        List<Diagnostic> shown = errors.isEmpty() ? diagnostics : errors;
        String heading = shown.size() == 1 ? "1 problem" : shown.size() + " problems";
        return shown.stream()
                .map(Diagnostic::toString)
                .collect(Collectors.joining(
                        System.lineSeparator() + "  ", heading + ":" + System.lineSeparator() + "  ", ""));
    }
}
