package dev.specpoet.conformance;

import java.util.Objects;

/**
 * An example that did not round-trip.
 *
 * @param pointer where it differs or breaks its schema: the example's JSON pointer in the document
 *     followed by the pointer inside the example
 * @param javaType the type it was decoded into, as the generated code spells it
 * @param detail what differed or how the example breaks its schema
 */
public record ExampleFailure(String pointer, String javaType, String detail) {
    public ExampleFailure {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return pointer + " (" + javaType + "): " + detail;
    }
}
