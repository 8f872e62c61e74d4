package dev.specpoet.model;

import java.util.Objects;

/**
 * The identity of a schema that becomes a Java type: the JSON pointer of its definition, such as
 * {@code /components/schemas/Pet} or {@code /paths/~1pets/post/requestBody/content/application~1json/schema}.
 */
public record SchemaId(String pointer) implements Comparable<SchemaId> {
    public SchemaId {
        Objects.requireNonNull(pointer, "pointer");
    }

    @Override
    public int compareTo(SchemaId other) {
        return pointer.compareTo(other.pointer);
    }

    @Override
    public String toString() {
        return pointer;
    }
}
