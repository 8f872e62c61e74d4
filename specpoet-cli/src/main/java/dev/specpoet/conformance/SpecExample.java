package dev.specpoet.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One example a spec carries, as written in the document.
 *
 * @param pointer where its value is in the main document, as an RFC 6901 JSON pointer
 */
record SpecExample(String pointer, JsonNode value, ExampleTarget target) {
    SpecExample {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
    }
}
