package dev.specpoet.conformance;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes results as a tab-separated table, one row per file, for spreadsheets and diffs between runs. */
public final class TsvReport {
    static final String HEADER = "file\toutcome\tseconds\tgenerated_files\tgenerated_lines\treason\tcompiled"
            + "\texamples\tround_tripped\tspec_faults\tmismatches\tnot_applicable\tround_trip_seconds"
            + "\tfirst_mismatch\tfirst_spec_fault";

    private TsvReport() {}

    /**
     * Writes every example that did not round-trip, one row each (file, kind, JSON pointer, Java type,
     * detail), for finding the causes behind the counts; replaces {@code file}.
     */
    public static void writeFailures(Path file, List<SpecResult> results) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("file\tkind\tpointer\tjava_type\tdetail\n");
            for (SpecResult result : results) {
                for (ExampleFailure failure : result.roundTrips().mismatches()) {
                    out.write(failureRow(result, "MISMATCH", failure) + "\n");
                }
                for (ExampleFailure failure : result.roundTrips().specFaults()) {
                    out.write(failureRow(result, "SPEC_FAULT", failure) + "\n");
                }
            }
        }
    }

    private static String failureRow(SpecResult result, String kind, ExampleFailure failure) {
        return String.join(
                "\t",
                cell(result.file()),
                kind,
                cell(failure.pointer()),
                cell(failure.javaType()),
                cell(failure.detail()));
    }

    /** Writes the table to {@code file}, replacing it; the parent folder is created if missing. */
    public static void write(Path file, List<SpecResult> results) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (SpecResult result : results) {
                out.write(row(result) + "\n");
            }
        }
    }

    static String row(SpecResult result) {
        RoundTrips trips = result.roundTrips();
        return String.join(
                "\t",
                cell(result.file()),
                result.outcome().name(),
                String.format(Locale.ROOT, "%.2f", result.seconds()),
                Integer.toString(result.generatedFiles()),
                Long.toString(result.generatedLines()),
                cell(result.reason().orElse("")),
                result.compiled() ? "yes" : "no",
                Integer.toString(trips.checked()),
                Integer.toString(trips.roundTripped()),
                Integer.toString(trips.specFaults().size()),
                Integer.toString(trips.mismatches().size()),
                Integer.toString(trips.notApplicable()),
                String.format(Locale.ROOT, "%.2f", trips.seconds()),
                cell(trips.firstMismatch().map(ExampleFailure::toString).orElse("")),
                cell(trips.specFaults().stream()
                        .findFirst()
                        .map(ExampleFailure::toString)
                        .orElse("")));
    }

    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
