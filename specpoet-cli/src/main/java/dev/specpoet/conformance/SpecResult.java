package dev.specpoet.conformance;

import java.util.Objects;
import java.util.Optional;

/**
 * The result for one file.
 *
 * @param file the file's path relative to the folder it was found in, with {@code /} separators
 * @param outcome how it fared
 * @param seconds wall time spent on it, generation and compilation together
 * @param generatedFiles how many source files the generator wrote (0 unless generation succeeded)
 * @param generatedLines how many lines those files have in all
 * @param reason the first error for FAIL and INVALID, why it was skipped for SKIP
 * @param roundTrips how the spec's examples fared in the compiled client; {@link RoundTrips#NONE}
 *     when it was not compiled
 */
public record SpecResult(
        String file,
        Outcome outcome,
        double seconds,
        int generatedFiles,
        long generatedLines,
        Optional<String> reason,
        RoundTrips roundTrips) {

    public SpecResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(roundTrips, "roundTrips");
        if (outcome != Outcome.PASS && reason.isEmpty()) {
            throw new IllegalArgumentException("A " + outcome + " result needs a reason: " + file);
        }
    }

    /** Whether the client was generated and compiled: it passed, or it failed only on examples. */
    public boolean compiled() {
        return outcome == Outcome.PASS || !roundTrips.mismatches().isEmpty();
    }
}
