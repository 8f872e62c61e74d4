package dev.specpoet.runtime;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reports the steps of a client's calls to its listener, redacted, ignoring listener failures.
 *
 * <p>Without a listener every method returns at once: the redacted URI and header copies an event
 * carries are built only for a listener that will see them.
 */
final class ExchangeReporter {
    private final Optional<ExchangeListener> listener;
    private final Redactor redactor;

    ExchangeReporter(Optional<ExchangeListener> listener, Redactor redactor) {
        this.listener = listener;
        this.redactor = redactor;
    }

    void request(Operation<?> operation, HttpRequest request, int attempt) {
        if (listener.isEmpty()) {
            return;
        }
        ExchangeListener.RequestEvent event = new ExchangeListener.RequestEvent(
                operation.operationId(),
                request.method(),
                redactor.uri(request.uri()),
                attempt,
                redactor.headers(request.headers().map()));
        notify(listener -> listener.onRequest(event));
    }

    void response(
            Operation<?> operation, PreparedRequest request, int attempt, HttpResponse<?> response, long sentNanos) {
        if (listener.isEmpty()) {
            return;
        }
        ExchangeListener.ResponseEvent event = new ExchangeListener.ResponseEvent(
                operation.operationId(),
                request.method(),
                redactor.uri(request.uri()),
                attempt,
                response.statusCode(),
                redactor.headers(response.headers().map()),
                Duration.ofNanos(System.nanoTime() - sentNanos));
        notify(listener -> listener.onResponse(event));
    }

    void retry(
            Operation<?> operation,
            PreparedRequest request,
            int attempt,
            OptionalInt status,
            Optional<ApiTransportException> failure,
            Duration delay) {
        if (listener.isEmpty()) {
            return;
        }
        ExchangeListener.RetryEvent event = new ExchangeListener.RetryEvent(
                operation.operationId(),
                request.method(),
                redactor.uri(request.uri()),
                attempt,
                status,
                failure,
                delay);
        notify(listener -> listener.onRetry(event));
    }

    void failure(
            Operation<?> operation, PreparedRequest request, int attempt, long startNanos, RuntimeException failure) {
        if (listener.isEmpty()) {
            return;
        }
        ExchangeListener.FailureEvent event = new ExchangeListener.FailureEvent(
                operation.operationId(),
                request.method(),
                redactor.uri(request.uri()),
                attempt,
                Duration.ofNanos(System.nanoTime() - startNanos),
                failure);
        notify(listener -> listener.onFailure(event));
    }

    private void notify(Consumer<ExchangeListener> event) {
        try {
            event.accept(listener.orElseThrow());
        } catch (RuntimeException ignored) {
            // A listener only observes: its failure must not change the outcome of the call.
        }
    }
}
