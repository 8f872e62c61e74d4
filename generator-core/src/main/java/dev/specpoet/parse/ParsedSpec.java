package dev.specpoet.parse;

import dev.specpoet.api.Diagnostic;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Objects;

/**
 * The load stage's output: Swagger Parser's model of the spec (2.0 already converted to 3.x), the
 * dialect it was written in, every document read and the parser's messages.
 *
 * @param documents the main document first, then every file reached through {@code $ref}
 * @param additionalOperations OpenAPI 3.2 operations {@code openApi} has no slot for ({@code query},
 *     {@code additionalOperations}), in document order
 */
public record ParsedSpec(
        OpenAPI openApi,
        SpecVersion version,
        List<DocumentTree> documents,
        List<Diagnostic> diagnostics,
        List<AdditionalOperation> additionalOperations) {

    public ParsedSpec {
        Objects.requireNonNull(openApi, "openApi");
        Objects.requireNonNull(version, "version");
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
        additionalOperations = List.copyOf(additionalOperations);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("A parsed spec has at least its main document");
        }
    }

    /** A spec without OpenAPI 3.2 operations. */
    public ParsedSpec(
            OpenAPI openApi, SpecVersion version, List<DocumentTree> documents, List<Diagnostic> diagnostics) {
        this(openApi, version, documents, diagnostics, List.of());
    }

    /** The main document. */
    public DocumentTree main() {
        return documents.get(0);
    }

    /** The main document's display name, used in every location. */
    public String displayName() {
        return main().source().displayName();
    }
}
