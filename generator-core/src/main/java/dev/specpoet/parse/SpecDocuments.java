package dev.specpoet.parse;

import java.util.List;
import java.util.Objects;

/**
 * A spec read but not yet parsed: its dialect and every document, the main one first, then each
 * file reached through {@code $ref}.
 */
public record SpecDocuments(SpecVersion version, List<DocumentTree> documents) {

    public SpecDocuments {
        Objects.requireNonNull(version, "version");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("A spec has at least its main document");
        }
    }

    /** The main document. */
    public DocumentTree main() {
        return documents.get(0);
    }
}
