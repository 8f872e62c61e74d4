package dev.specpoet.samples.stub;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * A canned response: status, content type and body.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}, or null for none
 * @param body the body bytes; empty for none
 * @param headers extra response headers
 */
public record StubResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public StubResponse {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A JSON response. */
    public static StubResponse json(int status, String json) {
        return new StubResponse(status, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A plain-text response. */
    public static StubResponse text(int status, String text) {
        return new StubResponse(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A response without a body, such as 204. */
    public static StubResponse empty(int status) {
        return new StubResponse(status, null, new byte[0], Map.of());
    }

    /** This response with one more header. */
    public StubResponse withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new StubResponse(status, contentType, body, more);
    }
}
