package dev.specpoet.state;

import dev.specpoet.parse.SourceDocument;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One document of a run as the state records it: where it was read from, the SHA-256 of its text,
 * and, for a local file (or a jar's entry) that had settled before the run read it, the file's size
 * and modification time.
 *
 * <p>Those two then vouch for the text on the next run, which need not read and hash the file again:
 * in a fresh JVM, hashing a spec of a few megabytes costs more than the whole rest of an up-to-date
 * check. A file changed since it was recorded has another modification time; one changed in the
 * same clock tick as the run's read could keep it, which is why a file modified less than {@link
 * #SETTLED} before the run started gets no stamp and is read again next time (git's "racy clean"
 * rule).
 *
 * @param stamp the file's size and modification time, when they can vouch for the text
 */
public record RecordedDocument(URI uri, String sha256, Optional<FileStamp> stamp) {

    /**
     * How long before a run a file must have been last modified for its stamp to vouch for it: more
     * than the coarsest modification-time resolution in use (FAT's two seconds).
     */
    static final Duration SETTLED = Duration.ofSeconds(3);

    public RecordedDocument {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(stamp, "stamp");
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 in hex: '" + sha256 + "'");
        }
    }

    /** Checked without a regular expression: the state is read on every up-to-date build. */
    static boolean isSha256(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The record of {@code document}, read by a run that started reading at {@code readFrom}.
     * The stamp is taken after the read: it is kept only when the file was last modified {@link
     * #SETTLED} before {@code readFrom}, so a change during or after the read cannot hide behind it.
     */
    public static RecordedDocument of(SourceDocument document, Instant readFrom) {
        Optional<FileStamp> stamp = FileStamp.of(document.uri()).filter(s -> s.modifiedBefore(readFrom.minus(SETTLED)));
        return new RecordedDocument(document.uri(), RunFingerprint.sha256(document.text()), stamp);
    }

    /** Whether the stamp still matches the file, so its text is the one recorded without reading it. */
    public boolean isUnchangedOnDisk() {
        return stamp.isPresent() && stamp.equals(FileStamp.of(uri));
    }

    /**
     * A local file's size and modification time, in nanoseconds since the epoch (to the file
     * system's resolution).
     */
    public record FileStamp(long size, long modifiedNanos) {

        /**
         * The stamp of the regular file at {@code uri}, or of the local jar holding the entry at a
         * {@code jar:file:} URI (a bundled provider's spec: the jar unchanged, so is the entry);
         * empty for other URIs or an unreadable file.
         */
        static Optional<FileStamp> of(URI uri) {
            URI file = uri;
            if ("jar".equalsIgnoreCase(uri.getScheme())) {
                String spec = uri.getRawSchemeSpecificPart();
                int entry = spec.indexOf("!/");
                if (entry < 0) {
                    return Optional.empty();
                }
                try {
                    file = new URI(spec.substring(0, entry));
                } catch (java.net.URISyntaxException e) {
                    return Optional.empty();
                }
            }
            if (!"file".equalsIgnoreCase(file.getScheme())) {
                return Optional.empty();
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(Path.of(file), BasicFileAttributes.class);
                return attributes.isRegularFile()
                        ? Optional.of(new FileStamp(
                                attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)))
                        : Optional.empty();
            } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return Optional.empty(); // Read again next time: the read reports what is wrong.
            }
        }

        boolean modifiedBefore(Instant time) {
            return modifiedNanos < TimeUnit.SECONDS.toNanos(time.getEpochSecond()) + time.getNano();
        }

        @Override
        public boolean equals(Object other) {
            // Written out: a record's generated equals bootstraps through invokedynamic, which costs a
            // cold JVM more than the whole up-to-date check.
            return other instanceof FileStamp stamp && size == stamp.size && modifiedNanos == stamp.modifiedNanos;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(size) * 31 + Long.hashCode(modifiedNanos);
        }
    }
}
