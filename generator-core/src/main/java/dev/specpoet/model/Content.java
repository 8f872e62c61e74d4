package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * A body in one media type, with its type when the spec gives a schema.
 *
 * @param example an example of the body, when the spec gives one
 * @param location the media type's entry under {@code content}
 * @param serializedExample the example as it goes on the wire (OpenAPI 3.2's {@code
 *     serializedValue}), when the spec gives one
 * @param typeFromItemSchema true when {@link #type()} came from OpenAPI 3.2's {@code itemSchema}
 */
public record Content(
        String mediaType,
        Optional<TypeRef> type,
        Optional<JsonValue> example,
        SpecLocation location,
        Optional<String> serializedExample,
        boolean typeFromItemSchema) {
    public Content {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(serializedExample, "serializedExample");
    }

    /** A body typed by its {@code schema}, with no wire-form example. */
    public Content(String mediaType, Optional<TypeRef> type, Optional<JsonValue> example, SpecLocation location) {
        this(mediaType, type, example, location, Optional.empty(), false);
    }

    /**
     * Whether the body is a stream of items ({@code text/event-stream}, JSON lines, JSON text
     * sequences) and how they are framed; for a stream, {@link #type()} is the type of one item.
     */
    public SequenceKind sequenceKind() {
        return MediaTypes.sequenceKind(mediaType);
    }

    /** True when the body is a stream of items rather than one value. */
    public boolean isSequence() {
        return sequenceKind() != SequenceKind.NONE;
    }

    /** True for {@code application/json}, {@code text/json} and {@code +json} suffixes. */
    public boolean isJson() {
        return MediaTypes.isJson(mediaType);
    }
}
