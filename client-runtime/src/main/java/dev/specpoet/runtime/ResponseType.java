package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How to turn a response body into a value of type {@code T}: JSON, discarded, raw text, raw bytes,
 * an open stream, or an {@link EventStream} of items decoded as they arrive.
 *
 * <p>JSON decoding maps an empty body to a null value. For {@code json(String.class)} a body that
 * is not valid JSON is returned as raw text, because some servers send plain text under {@code
 * application/json}; for any other type, malformed JSON or an HTML page fails the call with an
 * {@link ApiDecodingException}.
 *
 * @param <T> the decoded body type
 */
public final class ResponseType<T> {
    private enum Kind {
        JSON,
        NONE,
        TEXT,
        BYTES,
        STREAM,
        EVENTS
    }

    /** How the items of an event stream are framed in the body. */
    private enum Framing {
        SERVER_SENT_EVENTS,
        JSON_LINES,
        JSON_SEQUENCE
    }

    private static final ResponseType<Void> NONE = new ResponseType<>(Kind.NONE, Void.class);
    private static final ResponseType<String> TEXT = new ResponseType<>(Kind.TEXT, String.class);
    private static final ResponseType<byte[]> BYTES = new ResponseType<>(Kind.BYTES, byte[].class);
    private static final ResponseType<InputStream> STREAM = new ResponseType<>(Kind.STREAM, InputStream.class);

    private final Kind kind;
    private final Type type;
    /** For {@link Kind#EVENTS}: the framing, each item's type and the end-of-stream sentinel. */
    private final Framing framing;

    private final ResponseType<?> item;
    private final String sentinel;
    /** The reader of the mapper last used, built once: a lookup per call costs as much as a small body. */
    private volatile JsonReader reader;

    private record JsonReader(ObjectMapper mapper, ObjectReader reader) {}

    private ResponseType(Kind kind, Type type) {
        this.kind = kind;
        this.type = Objects.requireNonNull(type, "type");
        this.framing = null;
        this.item = null;
        this.sentinel = null;
    }

    private ResponseType(Framing framing, ResponseType<?> item, String sentinel) {
        this.kind = Kind.EVENTS;
        this.type = EventStream.class;
        this.framing = framing;
        this.item = Objects.requireNonNull(item, "item");
        if (item.kind == Kind.EVENTS || item.kind == Kind.STREAM || item.kind == Kind.NONE) {
            throw new IllegalArgumentException("an event's data cannot be " + item);
        }
        this.sentinel = sentinel;
    }

    /** Decodes a JSON body as {@code type}. */
    public static <T> ResponseType<T> json(Class<T> type) {
        return new ResponseType<>(Kind.JSON, type);
    }

    /** Decodes a JSON body as a generic type such as {@code List<Pet>}. */
    public static <T> ResponseType<T> json(TypeReference<T> type) {
        return new ResponseType<>(Kind.JSON, type.getType());
    }

    /** Discards the body; the response's body is null. */
    public static ResponseType<Void> none() {
        return NONE;
    }

    /** Returns the body as text, decoded with the charset the response declares (UTF-8 if none). */
    public static ResponseType<String> text() {
        return TEXT;
    }

    /** Returns the raw body bytes. */
    public static ResponseType<byte[]> bytes() {
        return BYTES;
    }

    /**
     * Returns the open body stream of a 2xx response, which the caller must close; once the headers
     * have arrived the call is never retried.
     */
    public static ResponseType<InputStream> stream() {
        return STREAM;
    }

    /**
     * Reads the body as server-sent events ({@code text/event-stream}), each event's data decoded as
     * {@code data}: {@code json(Chunk.class)}, or {@code text()} for the data as it is.
     */
    public static <T> ResponseType<EventStream<T>> serverSentEvents(ResponseType<T> data) {
        return new ResponseType<>(Framing.SERVER_SENT_EVENTS, data, null);
    }

    /**
     * Reads the body as server-sent events that end with an event whose data is {@code sentinel},
     * such as {@code [DONE]}; the sentinel is not an item, and the connection is closed after it.
     */
    public static <T> ResponseType<EventStream<T>> serverSentEvents(ResponseType<T> data, String sentinel) {
        return new ResponseType<>(Framing.SERVER_SENT_EVENTS, data, Objects.requireNonNull(sentinel, "sentinel"));
    }

    /** Reads the body as JSON lines ({@code application/jsonl}, {@code application/x-ndjson}). */
    public static <T> ResponseType<EventStream<T>> jsonLines(ResponseType<T> item) {
        return new ResponseType<>(Framing.JSON_LINES, item, null);
    }

    /** Reads the body as an RFC 7464 JSON text sequence ({@code application/json-seq}). */
    public static <T> ResponseType<EventStream<T>> jsonSequence(ResponseType<T> item) {
        return new ResponseType<>(Framing.JSON_SEQUENCE, item, null);
    }

    /** True when a 2xx body is handed over open instead of read in full. */
    boolean isStream() {
        return kind == Kind.STREAM || kind == Kind.EVENTS;
    }

    /** True when a 2xx body is decoded item by item into an {@link EventStream}. */
    boolean isEventStream() {
        return kind == Kind.EVENTS;
    }

    /**
     * Hands over a live 2xx body: as it is for {@link #stream()}, as an {@link EventStream} for the
     * event kinds, whose messages name the call as {@code description} (with its URI redacted).
     */
    @SuppressWarnings("unchecked") // Kind.STREAM exists only as ResponseType<InputStream>, EVENTS as EventStream.
    T fromStream(InputStream body, ObjectMapper mapper, Charset charset, String description, int status) {
        if (kind == Kind.STREAM) {
            return (T) body;
        }
        if (kind != Kind.EVENTS || !(body instanceof StreamBody streamBody)) {
            throw new IllegalStateException(this + " does not stream");
        }
        return (T) events(streamBody, mapper, charset, description, status);
    }

    private <I> EventStream<I> events(
            StreamBody body, ObjectMapper mapper, Charset charset, String description, int status) {
        @SuppressWarnings("unchecked") // The factories pair EventStream<I> with a ResponseType<I> item.
        ResponseType<I> itemType = (ResponseType<I>) item;
        // Server-sent events are UTF-8 by definition, whatever the Content-Type says.
        Charset itemCharset = framing == Framing.SERVER_SENT_EVENTS ? StandardCharsets.UTF_8 : charset;
        EventFraming frames = switch (framing) {
            case SERVER_SENT_EVENTS -> EventFraming.serverSentEvents();
            case JSON_LINES -> EventFraming.jsonLines();
            case JSON_SEQUENCE -> EventFraming.jsonSequence();
        };
        return new EventStream<>(
                body,
                frames,
                data -> itemType.decode(data, itemCharset, mapper),
                Optional.ofNullable(sentinel),
                description,
                status);
    }

    /** Decodes a fully received body; JSON failures surface as {@link JsonProcessingException}. */
    T decode(byte[] body, Charset charset, ObjectMapper mapper) throws IOException {
        return decode(body, () -> charset, mapper);
    }

    /** Decodes a fully received body, asking for the charset only if text is read from it. */
    @SuppressWarnings("unchecked") // Each kind is created only with the matching T.
    T decode(byte[] body, Supplier<Charset> charset, ObjectMapper mapper) throws IOException {
        return (T)
                switch (kind) {
                    case NONE -> null;
                    case TEXT -> new String(body, charset.get());
                    case BYTES -> body;
                    case STREAM -> new ByteArrayInputStream(body);
                    case EVENTS -> throw new IllegalStateException(this + " is decoded while it streams");
                    case JSON -> decodeJson(body, charset, mapper);
                };
    }

    /** Binds straight from the bytes, which Jackson reads in any UTF encoding, with no String between. */
    private Object decodeJson(byte[] body, Supplier<Charset> charset, ObjectMapper mapper) throws IOException {
        if (isBlank(body)) {
            return null;
        }
        try {
            return readerFor(mapper).readValue(body);
        } catch (JsonProcessingException e) {
            if (type == String.class) {
                return new String(body, charset.get());
            }
            throw e;
        }
    }

    private ObjectReader readerFor(ObjectMapper mapper) {
        JsonReader cached = reader;
        if (cached == null || cached.mapper() != mapper) {
            cached = new JsonReader(
                    mapper,
                    mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
            reader = cached;
        }
        return cached.reader();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponseType<?> that
                && kind == that.kind
                && type.equals(that.type)
                && framing == that.framing
                && Objects.equals(item, that.item)
                && Objects.equals(sentinel, that.sentinel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, type, framing, item, sentinel);
    }

    @Override
    public String toString() {
        if (kind == Kind.EVENTS) {
            return framing.name().toLowerCase(Locale.ROOT) + "(" + item + ")";
        }
        return kind == Kind.JSON
                ? "json(" + type.getTypeName() + ")"
                : kind.name().toLowerCase(Locale.ROOT);
    }
}
