package dev.specpoet.parse;

import java.net.URI;
import java.util.Objects;

/**
 * The text of one spec document and where it came from.
 *
 * @param displayName the file name used in messages and generated headers
 * @param uri the document's location, against which relative {@code $ref}s resolve
 */
public record SourceDocument(String displayName, URI uri, String text) {
    public SourceDocument {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(text, "text");
    }

    /** True when the document is on the local file system (so sibling files can be read). */
    public boolean isFile() {
        return "file".equalsIgnoreCase(uri.getScheme());
    }
}
