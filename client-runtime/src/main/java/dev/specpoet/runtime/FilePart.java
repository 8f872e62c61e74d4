package dev.specpoet.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to upload in a multipart request: a filename, a content type and the content, either in
 * memory or read from a path only when sent.
 *
 * <p>In JSON a file part is its content as a base64 string, so a model property of this type
 * round-trips too; one read back from JSON is named {@code file} with type {@code
 * application/octet-stream}.
 */
public final class FilePart {
    static final String OCTET_STREAM = "application/octet-stream";

    private final String filename;
    private final String contentType;
    private final byte[] content;
    private final Path path;

    private FilePart(String filename, String contentType, byte[] content, Path path) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = HeaderRules.requireSafe("content type of file", filename, contentType);
        this.content = content;
        this.path = path;
    }

    /** Refers to a file, named as the path's last element, with its content type probed from the name. */
    public static FilePart of(Path path) {
        Path fileName = Objects.requireNonNull(path, "path").getFileName();
        if (fileName == null) {
            throw new IllegalArgumentException("path has no file name: " + path);
        }
        return new FilePart(fileName.toString(), probeContentType(path), null, path);
    }

    /** Holds {@code content} in memory, with its content type guessed from {@code filename}. */
    public static FilePart of(String filename, byte[] content) {
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return of(filename, guessed != null ? guessed : OCTET_STREAM, content);
    }

    public static FilePart of(String filename, String contentType, byte[] content) {
        return new FilePart(filename, Objects.requireNonNull(contentType, "contentType"), content.clone(), null);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static FilePart fromJson(byte[] content) {
        return of("file", OCTET_STREAM, content);
    }

    private static String probeContentType(Path path) {
        try {
            String probed = Files.probeContentType(path);
            if (probed != null) {
                return probed;
            }
        } catch (IOException e) {
            // Probing is a nicety; the generic type below is always acceptable.
        }
        String guessed =
                URLConnection.guessContentTypeFromName(path.getFileName().toString());
        return guessed != null ? guessed : OCTET_STREAM;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    /** Returns the path this part reads from, if it was created from one. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** Returns a copy of the content, reading the file now if this part refers to one. */
    @JsonValue
    public byte[] content() {
        if (path == null) {
            return content.clone();
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file part " + path, e);
        }
    }

    /** Streams the content when sent, so a large file is never held in memory. */
    BodyPublisher publisher() {
        if (path == null) {
            return BodyPublishers.ofByteArray(content);
        }
        try {
            return BodyPublishers.ofFile(path);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException("cannot read file part " + path, e);
        }
    }

    /** Compares filename, content type and content; a path-based part reads its file to compare. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FilePart that
                && filename.equals(that.filename)
                && contentType.equals(that.contentType)
                && Arrays.equals(content(), that.content());
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, Arrays.hashCode(content()));
    }

    @Override
    public String toString() {
        String source = path != null ? "file " + path : content.length + " bytes";
        return "FilePart[" + filename + ", " + contentType + ", " + source + "]";
    }
}
