package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * A body in one media type, with its type when the spec gives a schema.
 *
 * @param example an example of the body, when the spec gives one
 * @param location the media type's entry under {@code content}
 */
public record Content(String mediaType, Optional<TypeRef> type, Optional<JsonValue> example, SpecLocation location) {
    public Content {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(location, "location");
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
