package dev.specpoet.testserver;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the stub server received it.
 *
 * @param method the HTTP method
 * @param rawPath the path exactly as sent, percent-encoding kept
 * @param rawQuery the query exactly as sent, or null when there was none
 * @param headers the headers, names in lower case
 * @param body the body bytes
 * @param receivedAt when the request arrived, so tests can measure a client's wait between retries
 */
public record RecordedRequest(
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        Instant receivedAt) {

    public RecordedRequest {
        Map<String, List<String>> lowerCase = new LinkedHashMap<>();
        headers.forEach((name, values) -> lowerCase
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        lowerCase.replaceAll((name, values) -> List.copyOf(values));
        headers = Map.copyOf(lowerCase);
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The single value of a header, if sent. */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
    }

    /** Whether a header was sent. */
    public boolean hasHeader(String name) {
        return headers.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The query parameters, decoded, in the order sent. */
    public Map<String, List<String>> query() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
