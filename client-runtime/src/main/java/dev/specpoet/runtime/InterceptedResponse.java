package dev.specpoet.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status and headers of a response, as a {@link RequestInterceptor} sees them.
 *
 * @param headers the headers, looked up ignoring case
 */
public record InterceptedResponse(int statusCode, Map<String, List<String>> headers) {
    public InterceptedResponse {
        headers = HeaderRules.copyOf(headers);
    }

    /** Returns the first value of a header, looked up ignoring case. */
    public Optional<String> firstHeader(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Describes the response with secret-looking header values masked. */
    @Override
    public String toString() {
        return "InterceptedResponse[" + statusCode + ", headers=" + HeaderRules.redact(headers) + "]";
    }
}
