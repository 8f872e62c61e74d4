package dev.specpoet.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file by writing its new content to a temporary file beside it and moving that over
 * it, so a reader (or the next run, after a crash) sees the old content or the new, never a part.
 *
 * <p>The temporary file lives in the target's own folder: the move then stays on one file system,
 * where it can be atomic, and nothing is written outside the folder the caller chose. Where the file
 * system refuses an atomic move, the file is moved over the target with a plain replace. A failed
 * replacement deletes its temporary file and leaves the target as it was.
 */
public final class AtomicFiles {
    private static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicFiles() {}

    /** Writes what a replacement holds; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Replaces {@code target} (or creates it) with {@code bytes}.
     *
     * @throws IOException when the content cannot be written or moved; {@code target} is then unchanged
     */
    public static void replace(Path target, byte[] bytes) throws IOException {
        replace(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} (or creates it) with what {@code content} writes. The target's folder
     * must exist.
     *
     * @throws IOException when the content cannot be written or moved, or {@code content} fails;
     *     {@code target} is then unchanged
     */
    public static void replace(Path target, Content content) throws IOException {
        Path temporary = createTemporary(target);
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Moves {@code from} over {@code to}, atomically where the file system can. Both should be in
     * one folder, or at least on one file system, for the move to be atomic.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new, empty, hidden file beside {@code target}, with a random part so that two writers of one
     * target never share it. Created with the default permissions, as the target would be, unlike
     * {@link Files#createTempFile}, which makes it readable by its owner only.
     */
    private static Path createTemporary(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        while (true) {
            String random = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
            Path temporary = target.resolveSibling(prefix + random + TEMPORARY_SUFFIX);
            try {
                Files.write(temporary, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return temporary;
            } catch (FileAlreadyExistsException e) {
                // Another writer drew the same name: draw again.
            }
        }
    }
}
