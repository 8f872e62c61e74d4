package dev.specpoet.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A successful (2xx) response: status, headers and decoded body.
 *
 * @param <T> the decoded body type
 * @param body the decoded body; null for {@link ResponseType#none()} and for an empty JSON body
 */
public record ApiResponse<T>(int statusCode, Map<String, List<String>> headers, T body) {

    public ApiResponse {
        headers = HeaderRules.copyOf(headers);
    }

    /** Returns the first value of a header, looked up ignoring case. */
    public Optional<String> firstHeader(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Describes the response with secret-looking header values masked and the body by type only. */
    @Override
    public String toString() {
        String bodyType = body == null ? "null" : body.getClass().getSimpleName();
        return "ApiResponse[" + statusCode + ", headers=" + HeaderRules.redact(headers) + ", body=" + bodyType + "]";
    }
}
