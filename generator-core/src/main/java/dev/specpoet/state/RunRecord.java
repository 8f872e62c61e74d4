package dev.specpoet.state;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the state keeps of a successful run besides its API surface: the fingerprint, and the
 * documents it read, main document first, so the next run can tell whether anything changed without
 * parsing the spec to find its files.
 */
public record RunRecord(RunFingerprint fingerprint, List<RecordedDocument> documents) {
    private static final String NO_STAMP = "-";

    public RunRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a run reads at least its main document");
        }
    }

    /** The files the main document reached through {@code $ref}s. */
    public List<RecordedDocument> referenced() {
        return documents.subList(1, documents.size());
    }

    /** The state file's text: the fingerprint, then a line per document (digest, size, time, location). */
    String toText() {
        StringBuilder text = new StringBuilder(fingerprint.hex()).append('\n');
        for (RecordedDocument document : documents) {
            text.append(document.sha256()).append(' ');
            if (document.stamp().isPresent()) {
                RecordedDocument.FileStamp stamp = document.stamp().get();
                text.append(stamp.size()).append(' ').append(stamp.modifiedNanos());
            } else {
                text.append(NO_STAMP).append(' ').append(NO_STAMP);
            }
            text.append(' ').append(document.uri()).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads what {@link #toText()} wrote; empty for anything else, such as the state of an older
     * Specpoet, which then costs one regeneration.
     */
    static Optional<RunRecord> parse(List<String> lines) {
        if (lines.size() < 2 || !RecordedDocument.isSha256(lines.get(0).trim())) {
            return Optional.empty();
        }
        List<RecordedDocument> documents = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.trim().split(" ", 4);
            if (fields.length != 4 || !RecordedDocument.isSha256(fields[0])) {
                return Optional.empty();
            }
            try {
                Optional<RecordedDocument.FileStamp> stamp = fields[1].equals(NO_STAMP)
                        ? Optional.empty()
                        : Optional.of(
                                new RecordedDocument.FileStamp(Long.parseLong(fields[1]), Long.parseLong(fields[2])));
                documents.add(new RecordedDocument(new URI(fields[3]), fields[0], stamp));
            } catch (NumberFormatException | URISyntaxException e) {
                return Optional.empty(); // A damaged state only costs a regeneration.
            }
        }
        return documents.isEmpty()
                ? Optional.empty()
                : Optional.of(new RunRecord(new RunFingerprint(lines.get(0).trim()), documents));
    }
}
