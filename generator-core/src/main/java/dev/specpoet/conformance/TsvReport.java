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
    static final String HEADER = "file\toutcome\tseconds\tgenerated_files\tgenerated_lines\treason";

    private TsvReport() {}

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
        return String.join(
                "\t",
                cell(result.file()),
                result.outcome().name(),
                String.format(Locale.ROOT, "%.2f", result.seconds()),
                Integer.toString(result.generatedFiles()),
                Long.toString(result.generatedLines()),
                cell(result.reason().orElse("")));
    }

    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
