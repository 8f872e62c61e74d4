package dev.specpoet.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    private final BodyHandler<InputStream> bodyHandler;
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
            boolean hasIdempotencyKey) {
        this.invoker = invoker;
        this.operation = operation;
        this.original = request;
        this.current = request;
        this.credentials = List.copyOf(credentials);
        this.timeout = timeout;
        this.retryPolicy = retryPolicy;
        this.hasIdempotencyKey = hasIdempotencyKey;
        this.bodyHandler = bodyHandler(operation.responseType());
        this.reporter = new ExchangeReporter(invoker.listener(), invoker.redactor(), operation.operationId());
    }

    /** Streams only a 2xx body the caller asked to stream; every other body is read in full. */
    private static BodyHandler<InputStream> bodyHandler(ResponseType<?> type) {
        return info -> type.isStream() && info.statusCode() / 100 == 2
                ? BodySubscribers.ofInputStream()
                : BodySubscribers.mapping(BodySubscribers.ofByteArray(), ByteArrayInputStream::new);
    }

    Step<T> sendBlocking() {
        HttpRequest request;
        try {
            request = nextRequest().join();
        } catch (CompletionException e) {
            return onFailure(e);
        }
        CompletableFuture<HttpResponse<InputStream>> response = exchange(request);
        try {
            return onResponse(response.get());
        } catch (ExecutionException e) {
            return onFailure(e);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed<>(interruption(e));
        }
    }

    CompletableFuture<Step<T>> sendAsync() {
        return nextRequest()
                .thenCompose(this::exchange)
                .handle((response, failure) -> failure == null ? onResponse(response) : onFailure(failure));
    }

    /**
     * Sends one attempt, which must be complete within the timeout: headers and, unless the caller
     * streams it, the whole body. The JDK's own request timeout ends when the headers arrive, so
     * without this bound a server that stalls in the middle of a body would hold the call forever.
     */
    private CompletableFuture<HttpResponse<InputStream>> exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<InputStream>> response = client().sendAsync(request, bodyHandler);
        CompletableFuture<HttpResponse<InputStream>> bounded =
                response.copy().orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
        bounded.whenComplete((done, failure) -> {
            if (failure instanceof TimeoutException || failure instanceof CancellationException) {
                // Aborts the attempt and frees its connection; a response that wins the race is closed.
                response.cancel(true);
                response.thenAccept(Exchange::discard);
            }
        });
        return bounded;
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

    private CompletableFuture<HttpRequest> nextRequest() {
        boolean trusted = current.isSameOrigin(original.uri());
        return resolveSecrets(trusted).thenApply(secrets -> {
            applied = secrets;
            attempt++;
            HttpRequest request = current.toHttpRequest(secrets, timeout, trusted, invoker.redactor());
            reporter.request(request, attempt);
            sentNanos = System.nanoTime();
            return request;
        });
    }

    /** Resolves the credentials per attempt, so rotated values apply; another origin gets none. */
    private CompletableFuture<List<Credential.Secret>> resolveSecrets(boolean trusted) {
        if (!trusted || credentials.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<CompletableFuture<Credential.Secret>> secrets = new ArrayList<>();
        try {
            for (Credential credential : credentials) {
                secrets.add(credential.resolve(client(), timeout));
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.allOf(secrets.toArray(new CompletableFuture<?>[0]))
                .thenApply(done -> secrets.stream().map(CompletableFuture::join).toList());
    }

    private Step<T> onResponse(HttpResponse<InputStream> response) {
        int status = response.statusCode();
        reporter.response(
                current.method(), current.uri(), attempt, response, Duration.ofNanos(System.nanoTime() - sentNanos));
        if (status == 401 && !refreshed && credentials.stream().anyMatch(Credential::isRefreshable)) {
            // A rejected token is renewed once; this is not a retry of a failure, so it is not counted.
            refreshed = true;
            invalidateApplied();
            discard(response);
            reporter.retry(
                    current.method(), current.uri(), attempt, OptionalInt.of(status), Optional.empty(), Duration.ZERO);
            return new Resend<>(Duration.ZERO);
        }
        Optional<URI> location = redirectTarget(response);
        if (location.isPresent()) {
            redirects++;
            current = current.redirect(status, location.get());
            discard(response);
            return new Resend<>(Duration.ZERO);
        }
        Optional<Duration> delay = status / 100 == 2
                ? Optional.empty()
                : retryPolicy.delayAfterStatus(
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
            return new Done<>(decoder.success(operation, response, current.method(), redactedUri()));
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
        if (cause instanceof TimeoutException) {
            cause = new HttpTimeoutException("response not complete within " + timeout);
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
        reporter.retry(current.method(), current.uri(), attempt, status, failure, delay);
        return new Resend<>(delay);
    }

    private Step<T> fail(RuntimeException exception) {
        reporter.failure(
                current.method(), current.uri(), attempt, Duration.ofNanos(System.nanoTime() - startNanos), exception);
        return new Failed<>(exception);
    }

    private URI redactedUri() {
        return invoker.redactor().uri(current.uri());
    }

    private static void discard(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Bodies other than a streamed 2xx are already in memory; closing cannot lose anything.
        }
    }
}
