package dev.specpoet.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Observes the HTTP exchanges of a client, for logging and metrics; every method does nothing by
 * default.
 *
 * <p>Events carry URIs and headers with credentials, cookies and idempotency keys shown as {@code
 * ****}, and never bodies. A listener is called on the thread that performs the exchange, so it
 * should be quick; an exception it throws is ignored and never breaks the call.
 */
public interface ExchangeListener {

    /** Returns a listener that ignores every event. */
    static ExchangeListener none() {
        return new ExchangeListener() {};
    }

    /** Called before each HTTP request, including retries and redirects. */
    default void onRequest(RequestEvent event) {}

    /** Called when response headers arrive. */
    default void onResponse(ResponseEvent event) {}

    /** Called when a request will be sent again after {@code delay}. */
    default void onRetry(RetryEvent event) {}

    /** Called once when a call ends with an exception. */
    default void onFailure(FailureEvent event) {}

    /** An HTTP request about to be sent; {@code attempt} counts from 1 within one call. */
    record RequestEvent(String operationId, String method, URI uri, int attempt, Map<String, List<String>> headers) {
        public RequestEvent {
            headers = HeaderRules.copyOf(headers);
        }
    }

    /** Response headers received, {@code elapsed} after the request was sent. */
    record ResponseEvent(
            String operationId,
            String method,
            URI uri,
            int attempt,
            int statusCode,
            Map<String, List<String>> headers,
            Duration elapsed) {
        public ResponseEvent {
            headers = HeaderRules.copyOf(headers);
        }
    }

    /** A retry, after a retriable status or after {@code failure}. */
    record RetryEvent(
            String operationId,
            String method,
            URI uri,
            int attempt,
            OptionalInt statusCode,
            Optional<ApiTransportException> failure,
            Duration delay) {}

    /** The exception a call ends with, {@code elapsed} after the call started. */
    record FailureEvent(
            String operationId, String method, URI uri, int attempt, Duration elapsed, RuntimeException failure) {}
}
