package dev.specpoet.api;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A place in a spec document: the document's name, an RFC 6901 JSON Pointer and, when known, the
 * line and column.
 *
 * <p>Prints as {@code petstore.yaml#/components/schemas/Pet} or, with a line, {@code
 * petstore.yaml:12:5#/components/schemas/Pet}.
 */
public record SpecLocation(String document, String pointer, OptionalInt line, OptionalInt column) {

    public SpecLocation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("JSON pointer must be empty or start with '/': " + pointer);
        }
    }

    /** The location of a whole document. */
    public static SpecLocation of(String document) {
        return new SpecLocation(document, "", OptionalInt.empty(), OptionalInt.empty());
    }

    /** A location given by its JSON pointer, line unknown. */
    public static SpecLocation of(String document, String pointer) {
        return new SpecLocation(document, pointer, OptionalInt.empty(), OptionalInt.empty());
    }

    /** This location, one level deeper: {@code token} is escaped as RFC 6901 requires. */
    public SpecLocation child(String token) {
        String escaped = token.replace("~", "~0").replace("/", "~1");
        return new SpecLocation(document, pointer + "/" + escaped, OptionalInt.empty(), OptionalInt.empty());
    }

    /** This location with a line and column, as found in the source text. */
    public SpecLocation withPosition(int lineNumber, int columnNumber) {
        return new SpecLocation(document, pointer, OptionalInt.of(lineNumber), OptionalInt.of(columnNumber));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(document);
        line.ifPresent(value -> text.append(':').append(value));
        column.ifPresent(value -> text.append(':').append(value));
        if (!pointer.isEmpty()) {
            text.append('#').append(pointer);
        }
        return text.toString();
    }
}
