package dev.specpoet.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A body in one media type, with its type when the spec gives a schema.
 *
 * @param example an example of the body, when the spec gives one
 */
public record Content(String mediaType, Optional<TypeRef> type, Optional<JsonValue> example) {
    public Content {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(example, "example");
    }

    /** True for {@code application/json}, {@code text/json} and {@code +json} suffixes. */
    public boolean isJson() {
        return MediaTypes.isJson(mediaType);
    }
}
