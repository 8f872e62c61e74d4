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
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How to turn a response body into a value of type {@code T}: JSON, discarded, raw text, raw bytes
 * or an open stream.
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
        STREAM
    }

    private static final ResponseType<Void> NONE = new ResponseType<>(Kind.NONE, Void.class);
    private static final ResponseType<String> TEXT = new ResponseType<>(Kind.TEXT, String.class);
    private static final ResponseType<byte[]> BYTES = new ResponseType<>(Kind.BYTES, byte[].class);
    private static final ResponseType<InputStream> STREAM = new ResponseType<>(Kind.STREAM, InputStream.class);

    private final Kind kind;
    private final Type type;
    /** The reader of the mapper last used, built once: a lookup per call costs as much as a small body. */
    private volatile JsonReader reader;

    private record JsonReader(ObjectMapper mapper, ObjectReader reader) {}

    private ResponseType(Kind kind, Type type) {
        this.kind = kind;
        this.type = Objects.requireNonNull(type, "type");
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

    boolean isStream() {
        return kind == Kind.STREAM;
    }

    /** Hands over a live 2xx body stream, as only {@link #stream()} asks for. */
    @SuppressWarnings("unchecked") // Kind.STREAM exists only as ResponseType<InputStream>.
    T fromStream(InputStream body) {
        if (kind != Kind.STREAM) {
            throw new IllegalStateException(this + " does not stream");
        }
        return (T) body;
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
        return other instanceof ResponseType<?> that && kind == that.kind && type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, type);
    }

    @Override
    public String toString() {
        return kind == Kind.JSON
                ? "json(" + type.getTypeName() + ")"
                : kind.name().toLowerCase(Locale.ROOT);
    }
}
