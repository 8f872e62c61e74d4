package dev.specpoet.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an {@link EventStream} with the metadata server-sent events carry; items of JSON lines
 * and JSON text sequences have the type {@code message} and neither id nor retry.
 *
 * @param <T> the decoded type of the data
 * @param event the event type: the {@code event:} field, {@code message} when there is none
 * @param id the last event id the stream set at or before this event ({@code id:}), which a client
 *     sends as {@code Last-Event-ID} to resume
 * @param retry the reconnection time the server asked for in this event ({@code retry:})
 * @param data the decoded data; for server-sent events, the {@code data:} lines joined by line feeds
 */
public record ServerSentEvent<T>(String event, Optional<String> id, Optional<Duration> retry, T data) {
    /** The event type of an event without an {@code event:} field. */
    public static final String DEFAULT_EVENT = "message";

    public ServerSentEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(retry, "retry");
    }

    /** Returns the same metadata with other data. */
    <U> ServerSentEvent<U> withData(U newData) {
        return new ServerSentEvent<>(event, id, retry, newData);
    }
}
