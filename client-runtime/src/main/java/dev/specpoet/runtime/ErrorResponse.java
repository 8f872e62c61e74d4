package dev.specpoet.runtime;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A non-2xx HTTP response as an {@link ApiException} carries it: request method, redacted URI,
 * status, headers and the body text (capped at 1 MiB characters).
 */
public record ErrorResponse(String method, URI uri, int statusCode, Map<String, List<String>> headers, String rawBody) {
    static final int MAX_RAW_BODY_CHARS = 1 << 20;

    public ErrorResponse {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = HeaderRules.copyOf(headers);
        rawBody = rawBody == null ? "" : rawBody;
        if (rawBody.length() > MAX_RAW_BODY_CHARS) {
            rawBody = rawBody.substring(0, MAX_RAW_BODY_CHARS);
        }
    }

    /** Describes the response without the body and with secret-looking header values masked. */
    @Override
    public String toString() {
        return "ErrorResponse[" + method + " " + uri + " -> " + statusCode + ", headers=" + HeaderRules.redact(headers)
                + ", body=" + rawBody.length() + " chars]";
    }
}
