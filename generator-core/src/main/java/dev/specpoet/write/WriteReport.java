package dev.specpoet.write;

import java.nio.file.Path;
import java.util.List;

/** What the write stage did, with paths relative to the output folder. */
public record WriteReport(List<Path> written, List<Path> unchanged, List<Path> deleted) {
    public WriteReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }
}
