package dev.specpoet.runtime;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** Reports the steps of one call to the client's listener, redacted, ignoring listener failures. */
final class ExchangeReporter {
    private final ExchangeListener listener;
    private final Redactor redactor;
    private final String operationId;

    ExchangeReporter(ExchangeListener listener, Redactor redactor, String operationId) {
        this.listener = listener;
        this.redactor = redactor;
        this.operationId = operationId;
    }

    void request(HttpRequest request, int attempt) {
        ExchangeListener.RequestEvent event = new ExchangeListener.RequestEvent(
                operationId,
                request.method(),
                redactor.uri(request.uri()),
                attempt,
                redactor.headers(request.headers().map()));
        notify(listener -> listener.onRequest(event));
    }

    void response(String method, URI uri, int attempt, HttpResponse<?> response, Duration elapsed) {
        ExchangeListener.ResponseEvent event = new ExchangeListener.ResponseEvent(
                operationId,
                method,
                redactor.uri(uri),
                attempt,
                response.statusCode(),
                redactor.headers(response.headers().map()),
                elapsed);
        notify(listener -> listener.onResponse(event));
    }

    void retry(
            String method,
            URI uri,
            int attempt,
            OptionalInt status,
            Optional<ApiTransportException> failure,
            Duration delay) {
        ExchangeListener.RetryEvent event = new ExchangeListener.RetryEvent(
                operationId, method, redactor.uri(uri), attempt, status, failure, delay);
        notify(listener -> listener.onRetry(event));
    }

    void failure(String method, URI uri, int attempt, Duration elapsed, RuntimeException failure) {
        ExchangeListener.FailureEvent event =
                new ExchangeListener.FailureEvent(operationId, method, redactor.uri(uri), attempt, elapsed, failure);
        notify(listener -> listener.onFailure(event));
    }

    private void notify(Consumer<ExchangeListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException ignored) {
            // A listener only observes: its failure must not change the outcome of the call.
        }
    }
}
