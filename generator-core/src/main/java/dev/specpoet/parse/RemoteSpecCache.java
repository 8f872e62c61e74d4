package dev.specpoet.parse;

import dev.specpoet.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps the last download of each remote spec with its validators ({@code ETag}, {@code
 * Last-Modified}), so an unchanged spec costs a {@code 304} and an offline build can still
 * generate. One folder may serve many builds: entries are keyed by a hash of the URL and replaced
 * atomically, so concurrent builds see either the old or the new copy, never half of one.
 */
final class RemoteSpecCache {
    private final Path folder;

    RemoteSpecCache(Path folder) {
        this.folder = folder;
    }

    /** A cached copy of a spec and the validators its server sent with it. */
    record Entry(byte[] body, Optional<String> etag, Optional<String> lastModified) {}

    /** The cached copy of {@code uri}, if there is a complete one. */
    Optional<Entry> find(URI uri) {
        Path body = bodyFile(uri);
        Path meta = metaFile(uri);
        if (!Files.isRegularFile(body) || !Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(meta)) {
            Properties properties = new Properties();
            properties.load(in);
            // A hash collision or a hand-edited entry must not hand out another URL's spec.
            if (!uri.toString().equals(properties.getProperty("url"))) {
                return Optional.empty();
            }
            return Optional.of(new Entry(
                    Files.readAllBytes(body),
                    Optional.ofNullable(properties.getProperty("etag")),
                    Optional.ofNullable(properties.getProperty("last-modified"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // An unreadable entry is a cache miss.
        }
    }

    /** Stores a fresh download; the body goes first so a crash never leaves metadata without it. */
    void store(URI uri, Entry entry) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.replace(bodyFile(uri), entry.body());
        Properties properties = new Properties();
        properties.setProperty("url", uri.toString());
        entry.etag().ifPresent(etag -> properties.setProperty("etag", etag));
        entry.lastModified().ifPresent(date -> properties.setProperty("last-modified", date));
        AtomicFiles.replace(metaFile(uri), out -> properties.store(out, "Specpoet remote spec cache"));
    }

    private Path bodyFile(URI uri) {
        return folder.resolve(key(uri) + ".spec");
    }

    private Path metaFile(URI uri) {
        return folder.resolve(key(uri) + ".properties");
    }

    /** Hashed, because a URL holds characters no file name may. */
    private static String key(URI uri) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
