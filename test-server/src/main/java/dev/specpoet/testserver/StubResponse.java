package dev.specpoet.testserver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A canned response: status, content type, body, and how long to wait before answering.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}, or null for none
 * @param body the body bytes; empty for none
 * @param headers extra response headers
 * @param delay how long the server waits before sending the status line, to play a slow server
 * @param bodyStall how long the server waits between the first and the second half of the body,
 *     to play a server that hangs once its headers are out
 */
public record StubResponse(
        int status, String contentType, byte[] body, Map<String, String> headers, Duration delay, Duration bodyStall) {

    public StubResponse {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
        if (Objects.requireNonNull(delay, "delay").isNegative()
                || Objects.requireNonNull(bodyStall, "bodyStall").isNegative()) {
            throw new IllegalArgumentException("delays must not be negative: " + delay + ", " + bodyStall);
        }
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

    /** A response without a body, such as 204. */
    public static StubResponse empty(int status) {
        return new StubResponse(status, null, new byte[0], Map.of(), Duration.ZERO, Duration.ZERO);
    }

    /** A redirect ({@code 301}, {@code 302}, {@code 303}, {@code 307} or {@code 308}) to {@code location}. */
    public static StubResponse redirect(int status, String location) {
        return empty(status).withHeader("Location", location);
    }

    private static StubResponse of(int status, String contentType, String body) {
        return new StubResponse(
                status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), Duration.ZERO, Duration.ZERO);
    }

    /** This response with one more header. */
    public StubResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new StubResponse(status, contentType, body, more, delay, bodyStall);
    }

    /** This response, sent only after {@code delay}: long enough, it makes a client time out. */
    public StubResponse after(Duration delay) {
        return new StubResponse(status, contentType, body, headers, delay, bodyStall);
    }

    /** This response, its body cut in two halves sent {@code stall} apart. */
    public StubResponse stallingBody(Duration stall) {
        return new StubResponse(status, contentType, body, headers, delay, stall);
    }
}
