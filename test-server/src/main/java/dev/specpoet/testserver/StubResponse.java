package dev.specpoet.testserver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A canned response: status, content type, body, and how long to wait before answering; or, for a
 * streamed response, the chunks of its body, sent with chunked encoding as they come.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}, or null for none
 * @param body the body bytes; empty for none, and for a streamed response
 * @param headers extra response headers
 * @param delay how long the server waits before sending the status line, to play a slow server
 * @param bodyStall how long the server waits between the first and the second half of the body,
 *     to play a server that hangs once its headers are out
 * @param chunks the body of a streamed response, each chunk written and flushed after its pause;
 *     empty for a response with a whole {@code body}
 * @param holdOpen how long a streamed response stays open after its chunks, to play an event
 *     stream that goes quiet; zero to end it at once
 * @param dropped whether a streamed response ends by closing the connection without the last,
 *     empty chunk, as a server or proxy that dies mid-stream
 */
public record StubResponse(
        int status,
        String contentType,
        byte[] body,
        Map<String, String> headers,
        Duration delay,
        Duration bodyStall,
        List<Chunk> chunks,
        Duration holdOpen,
        boolean dropped) {

    public StubResponse {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
        chunks = List.copyOf(chunks);
        if (Objects.requireNonNull(delay, "delay").isNegative()
                || Objects.requireNonNull(bodyStall, "bodyStall").isNegative()
                || Objects.requireNonNull(holdOpen, "holdOpen").isNegative()) {
            throw new IllegalArgumentException(
                    "delays must not be negative: " + delay + ", " + bodyStall + ", " + holdOpen);
        }
        if (chunks.isEmpty() && (!holdOpen.isZero() || dropped)) {
            throw new IllegalArgumentException("only a streamed response can be held open or dropped");
        }
        if (!chunks.isEmpty() && (body.length > 0 || !bodyStall.isZero())) {
            throw new IllegalArgumentException(
                    "a streamed response sends its chunks, paced by their pauses, instead of a body");
        }
    }

    /** A response with a whole body: not streamed, neither held open nor dropped. */
    public StubResponse(
            int status,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            Duration delay,
            Duration bodyStall) {
        this(status, contentType, body, headers, delay, bodyStall, List.of(), Duration.ZERO, false);
    }

    /** A JSON response. */
    public static StubResponse json(int status, String json) {
        return of(status, "application/json", json);
    }

    /** A plain-text response. */
    public static StubResponse text(int status, String text) {
        return of(status, "text/plain; charset=utf-8", text);
    }

    /** An HTML page, as proxies and application servers send on errors where the API promised JSON. */
    public static StubResponse html(int status, String html) {
        return of(status, "text/html; charset=utf-8", html);
    }

    /**
     * A response with this body, as UTF-8, and this {@code Content-Type}; with null, none at all, as
     * servers answer that leave the client to guess.
     */
    public static StubResponse of(int status, String contentType, String body) {
        return new StubResponse(
                status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), Duration.ZERO, Duration.ZERO);
    }

    /** A response without a body, such as 204. */
    public static StubResponse empty(int status) {
        return new StubResponse(status, null, new byte[0], Map.of(), Duration.ZERO, Duration.ZERO);
    }

    /** A redirect ({@code 301}, {@code 302}, {@code 303}, {@code 307} or {@code 308}) to {@code location}. */
    public static StubResponse redirect(int status, String location) {
        return empty(status).withHeader("Location", location);
    }

    /**
     * A streamed response: the headers go out at once, then each chunk after its pause, with chunked
     * encoding, as event streams and long downloads arrive.
     */
    public static StubResponse streamed(int status, String contentType, List<Chunk> chunks) {
        if (chunks.isEmpty()) {
            throw new IllegalArgumentException("a streamed response needs at least one chunk");
        }
        return new StubResponse(
                status, contentType, new byte[0], Map.of(), Duration.ZERO, Duration.ZERO, chunks, Duration.ZERO, false);
    }

    /** This response with one more header. */
    public StubResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new StubResponse(status, contentType, body, more, delay, bodyStall, chunks, holdOpen, dropped);
    }

    /** This response, sent only after {@code delay}: long enough, it makes a client time out. */
    public StubResponse after(Duration delay) {
        return new StubResponse(status, contentType, body, headers, delay, bodyStall, chunks, holdOpen, dropped);
    }

    /** This response, its body cut in two halves sent {@code stall} apart. */
    public StubResponse stallingBody(Duration stall) {
        return new StubResponse(status, contentType, body, headers, delay, stall, chunks, holdOpen, dropped);
    }

    /**
     * This streamed response, kept open for {@code duration} after its chunks. Meanwhile the server
     * writes an event stream comment line ({@code ": keep-alive"}, which clients skip) every 20 ms:
     * writing is how it learns that the client went away ({@link StubServer#awaitClientGone}).
     */
    public StubResponse holdingOpen(Duration duration) {
        return new StubResponse(status, contentType, body, headers, delay, bodyStall, chunks, duration, dropped);
    }

    /** This streamed response, its connection closed after the chunks without ending the stream. */
    public StubResponse dropping() {
        return new StubResponse(status, contentType, body, headers, delay, bodyStall, chunks, holdOpen, true);
    }

    /**
     * A piece of a streamed body, written and flushed after {@code pause}.
     *
     * @param bytes the bytes of the piece
     * @param pause how long the server waits before writing it
     */
    public record Chunk(byte[] bytes, Duration pause) {
        public Chunk {
            Objects.requireNonNull(bytes, "bytes");
            if (Objects.requireNonNull(pause, "pause").isNegative()) {
                throw new IllegalArgumentException("the pause must not be negative: " + pause);
            }
        }

        /** A chunk of UTF-8 text, written at once. */
        public static Chunk of(String text) {
            return new Chunk(text.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        /** This chunk, written only {@code pause} after the one before it (or after the headers). */
        public Chunk after(Duration pause) {
            return new Chunk(bytes, pause);
        }
    }
}
