package dev.specpoet.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One call in progress: decides after each HTTP response or failure whether to finish, follow a
 * redirect or retry, for both the blocking and the asynchronous driver in {@link ApiInvoker}.
 *
 * <p>Not thread-safe; the drivers run its steps one after another.
 */
final class Exchange<T> {
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

    /** What the driver does next. */
    sealed interface Step<T> {}

    record Done<T>(ApiResponse<T> response) implements Step<T> {}

    record Failed<T>(RuntimeException exception) implements Step<T> {}

    record Resend<T>(Duration delay) implements Step<T> {}

    private final ApiInvoker invoker;
    private final Operation<T> operation;
    private final PreparedRequest original;
    private final List<Credential> credentials;
    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final boolean hasIdempotencyKey;
    /** The handler of an event stream's 2xx body, or null when the operation has none. */
    private final HttpResponse.BodyHandler<InputStream> eventStream;

    private final ExchangeReporter reporter;
    private final long startNanos = System.nanoTime();

    private PreparedRequest current;
    private List<Credential.Secret> applied = List.of();
    private int attempt;
    private int retries;
    private int redirects;
    private boolean refreshed;
    private long sentNanos;

    Exchange(
            ApiInvoker invoker,
            Operation<T> operation,
            PreparedRequest request,
            List<Credential> credentials,
            Duration timeout,
            RetryPolicy retryPolicy,
            boolean hasIdempotencyKey,
            Duration streamIdleTimeout) {
        this.invoker = invoker;
        this.operation = operation;
        this.original = request;
        this.current = request;
        this.credentials = credentials;
        this.timeout = timeout;
        this.retryPolicy = retryPolicy;
        this.hasIdempotencyKey = hasIdempotencyKey;
        // An event stream's 2xx body is read as it arrives, bounded by the idle timeout, not the request's.
        this.eventStream = operation.responseType().isEventStream() ? StreamBody.handler(streamIdleTimeout) : null;
        this.reporter = invoker.reporter();
    }

    /**
     * Sends one attempt on the current thread with {@link HttpClient#send}. The JDK's {@code
     * sendAsync} completes every exchange on {@code CompletableFuture}'s default async executor,
     * whatever the client's executor, and that executor starts a thread per task on hosts with two
     * processors or fewer; {@code send} runs inline until it must wait for the network.
     */
    Step<T> sendBlocking() {
        HttpRequest request;
        try {
            boolean trusted = isTrusted();
            request =
                    prepare(trusted && !credentials.isEmpty() ? resolveSecrets().join() : List.of(), trusted);
        } catch (RuntimeException e) {
            return onFailure(e); // A credential that cannot be had or applied ends the call.
        }
        try {
            return onResponse(client().send(request, bodyHandler()));
        } catch (IOException e) {
            return onFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed<>(interruption(e));
        }
    }

    /**
     * Returns how to receive the body: whole, before the timeout, unless it is a 2xx body the caller
     * asked to stream. The attempt, headers and body, must be complete within the timeout: the JDK's
     * own request timeout ends when the headers arrive (see {@link BodyReceiver}).
     */
    private HttpResponse.BodyHandler<InputStream> bodyHandler() {
        long deadlineNanos = sentNanos + timeout.toNanos();
        return info -> {
            if (operation.responseType().isStream() && info.statusCode() / 100 == 2) {
                return eventStream != null ? eventStream.apply(info) : BodySubscribers.ofInputStream();
            }
            return BodyReceiver.receive(deadlineNanos, timeout, ResponseDecoder.Buffered::new);
        };
    }

    /** Reports and returns the exception that ends a call whose thread was interrupted. */
    RuntimeException interruption(InterruptedException e) {
        ApiTransportException failure =
                new ApiTransportException(current.method() + " " + redactedUri() + " was interrupted", e);
        fail(failure);
        return failure;
    }

    private HttpClient client() {
        return invoker.httpClient();
    }

    private boolean isTrusted() {
        return current == original || current.isSameOrigin(original.uri());
    }

    private HttpRequest prepare(List<Credential.Secret> secrets, boolean trusted) {
        applied = secrets;
        attempt++;
        HttpRequest request = invoker.interceptors()
                .beforeSend(operation, current.toHttpRequest(secrets, timeout, trusted, invoker.redactor()), attempt);
        reporter.request(operation, request, attempt);
        sentNanos = System.nanoTime();
        return request;
    }

    /** Resolves the credentials per attempt, so rotated values apply; another origin gets none. */
    private CompletableFuture<List<Credential.Secret>> resolveSecrets() {
        List<CompletableFuture<Credential.Secret>> secrets = new ArrayList<>(credentials.size());
        try {
            for (Credential credential : credentials) {
                secrets.add(credential.resolve(client(), timeout));
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (secrets.size() == 1) {
            return secrets.get(0).thenApply(List::of);
        }
        return CompletableFuture.allOf(secrets.toArray(new CompletableFuture<?>[0]))
                .thenApply(done -> secrets.stream().map(CompletableFuture::join).toList());
    }

    private Step<T> onResponse(HttpResponse<InputStream> response) {
        int status = response.statusCode();
        reporter.response(operation, current, attempt, response, sentNanos);
        try {
            invoker.interceptors().afterResponse(operation, attempt, response);
        } catch (RuntimeException e) {
            discard(response);
            return fail(e);
        }
        if (status == 401 && !refreshed && credentials.stream().anyMatch(Credential::isRefreshable)) {
            // A rejected token is renewed once; this is not a retry of a failure, so it is not counted.
            refreshed = true;
            invalidateApplied();
            discard(response);
            reporter.retry(operation, current, attempt, OptionalInt.of(status), Optional.empty(), Duration.ZERO);
            return new Resend<>(Duration.ZERO);
        }
        if (status / 100 == 2) {
            return complete(response);
        }
        Optional<URI> location = redirectTarget(response);
        if (location.isPresent()) {
            redirects++;
            current = current.redirect(status, location.get());
            discard(response);
            return new Resend<>(Duration.ZERO);
        }
        Optional<Duration> delay = retryPolicy.delayAfterStatus(
                status, retries, mayResend(), response.headers().firstValue("Retry-After"));
        if (delay.isPresent()) {
            discard(response);
            return retry(delay.get(), OptionalInt.of(status), Optional.empty());
        }
        return complete(response);
    }

    private Step<T> complete(HttpResponse<InputStream> response) {
        ResponseDecoder decoder = invoker.decoder();
        if (response.statusCode() / 100 != 2) {
            return fail(decoder.failure(operation, response, current.method(), redactedUri()));
        }
        try {
            return new Done<>(decoder.success(operation, response, current.method(), current.uri()));
        } catch (ApiClientException e) {
            return fail(e);
        }
    }

    private Step<T> onFailure(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            ApiTransportException error = ApiTransportException.of(current.method(), redactedUri(), io);
            // A refused or timed-out connect never sent the request: safe to repeat for any method.
            boolean neverSent = io instanceof ConnectException || io instanceof HttpConnectTimeoutException;
            Optional<Duration> delay = retryPolicy.delayAfterFailure(retries, neverSent || mayResend());
            return delay.isPresent() ? retry(delay.get(), OptionalInt.empty(), Optional.of(error)) : fail(error);
        }
        if (cause instanceof RuntimeException runtime) {
            return fail(runtime);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return fail(new ApiTransportException(current.method() + " " + redactedUri() + " failed", cause));
    }

    private Optional<URI> redirectTarget(HttpResponse<?> response) {
        if (!invoker.followsRedirects()
                || !REDIRECT_STATUSES.contains(response.statusCode())
                || redirects >= MAX_REDIRECTS) {
            return Optional.empty();
        }
        return response.headers().firstValue("Location").flatMap(location -> {
            try {
                URI target = current.uri().resolve(new URI(location));
                boolean http =
                        "http".equalsIgnoreCase(target.getScheme()) || "https".equalsIgnoreCase(target.getScheme());
                return http && target.getHost() != null ? Optional.of(target) : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.empty(); // An unusable Location leaves the 3xx as the answer.
            }
        });
    }

    private boolean mayResend() {
        return Operation.isIdempotentMethod(current.method()) || retryPolicy.retryNonIdempotent() || hasIdempotencyKey;
    }

    private void invalidateApplied() {
        for (int i = 0; i < applied.size(); i++) {
            credentials.get(i).invalidate(applied.get(i));
        }
    }

    private Step<T> retry(Duration delay, OptionalInt status, Optional<ApiTransportException> failure) {
        retries++;
        reporter.retry(operation, current, attempt, status, failure, delay);
        return new Resend<>(delay);
    }

    private Step<T> fail(RuntimeException exception) {
        reporter.failure(operation, current, attempt, startNanos, exception);
        return new Failed<>(exception);
    }

    private URI redactedUri() {
        return invoker.redactor().uri(current.uri());
    }

    private static void discard(HttpResponse<InputStream> response) {
        closeQuietly(response.body());
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // Bodies other than a streamed 2xx are already in memory; closing cannot lose anything.
        }
    }
}
