package dev.specpoet.bind;

import com.palantir.javapoet.TypeName;
import dev.specpoet.model.SequenceKind;
import java.util.Objects;
import java.util.Optional;

/**
 * How a successful response streams: its framing, the Java type of one item, and the data that ends
 * a server-sent event stream, when the spec or the configuration names one.
 *
 * @param framing how items are framed in the body; never {@link SequenceKind#NONE}
 * @param itemType the type of one item's data: the item schema's type, or {@code String} when the
 *     spec gives none or a string
 * @param sentinel the data of the event that ends the stream, such as {@code [DONE]}; only for SSE
 */
public record StreamBinding(SequenceKind framing, TypeName itemType, Optional<String> sentinel) {
    public StreamBinding {
        Objects.requireNonNull(framing, "framing");
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(sentinel, "sentinel");
        if (framing == SequenceKind.NONE) {
            throw new IllegalArgumentException("a stream needs a framing, not " + framing);
        }
        if (sentinel.isPresent() && framing != SequenceKind.SSE) {
            throw new IllegalArgumentException("only server-sent events end with a sentinel, not " + framing);
        }
    }

    /** True when items are server-sent events, which carry an event type, id and retry too. */
    public boolean isServerSentEvents() {
        return framing == SequenceKind.SSE;
    }
}
