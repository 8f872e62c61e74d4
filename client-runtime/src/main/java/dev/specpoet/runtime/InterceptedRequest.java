package dev.specpoet.runtime;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * One attempt's HTTP request as a {@link RequestInterceptor} sees it: method, URI, headers (with the
 * credentials applied) and body bytes. It is immutable; each {@code with...} method returns a
 * changed copy, which the interceptor returns to have it sent.
 *
 * <p>{@code toString} masks secret-looking header values and credential query parameters.
 */
public final class InterceptedRequest {
    private final String operationId;
    private final int attempt;
    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers;
    private final BodyPublisher publisher;
    private final Redactor redactor;
    /** The body's bytes, read from the publisher on first use: most interceptors never ask. */
    private volatile byte[] body;

    private InterceptedRequest(
            String operationId,
            int attempt,
            String method,
            URI uri,
            Map<String, List<String>> headers,
            BodyPublisher publisher,
            byte[] body,
            Redactor redactor) {
        this.operationId = operationId;
        this.attempt = attempt;
        this.method = method;
        this.uri = uri;
        this.headers = HeaderRules.copyOf(headers);
        this.publisher = publisher;
        this.body = body;
        this.redactor = redactor;
    }

    static InterceptedRequest of(String operationId, int attempt, HttpRequest request, Redactor redactor) {
        BodyPublisher publisher = request.bodyPublisher().orElseGet(BodyPublishers::noBody);
        return new InterceptedRequest(
                operationId,
                attempt,
                request.method(),
                request.uri(),
                request.headers().map(),
                publisher,
                publisher.contentLength() == 0 ? new byte[0] : null,
                redactor);
    }

    /** Returns the operationId of the call, or {@code METHOD /path} when the spec has none. */
    public String operationId() {
        return operationId;
    }

    /** Returns the attempt within the call, from 1: retries, redirects and token renewals count. */
    public int attempt() {
        return attempt;
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    /** Returns the headers, looked up ignoring case; the JDK adds {@code Host} and {@code Content-Length} itself. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** Returns the first value of a header, looked up ignoring case. */
    public Optional<String> firstHeader(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Returns a copy of the body bytes, empty when there is no body; a file part is read into memory. */
    public byte[] body() {
        return bodyBytes().clone();
    }

    /** Returns a copy with another method, keeping the body. */
    public InterceptedRequest withMethod(String newMethod) {
        String upper = Objects.requireNonNull(newMethod, "method").toUpperCase(Locale.ROOT);
        return new InterceptedRequest(operationId, attempt, upper, uri, headers, publisher, body, redactor);
    }

    /** Returns a copy sent to {@code newUri}, such as the same path on another host. */
    public InterceptedRequest withUri(URI newUri) {
        Objects.requireNonNull(newUri, "uri");
        if (newUri.getHost() == null || !List.of("http", "https").contains(String.valueOf(newUri.getScheme()))) {
            throw new IllegalArgumentException("not an absolute http or https URI: " + redactor.uri(newUri));
        }
        return new InterceptedRequest(operationId, attempt, method, newUri, headers, publisher, body, redactor);
    }

    /** Returns a copy whose header {@code name} has this one value; CR, LF or NUL are refused. */
    public InterceptedRequest withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        HeaderRules.requireSafe("header", name, Objects.requireNonNull(value, "value"));
        Map<String, List<String>> changed = mutableHeaders();
        changed.put(name, List.of(value));
        return new InterceptedRequest(operationId, attempt, method, uri, changed, publisher, body, redactor);
    }

    /** Returns a copy without the header {@code name}. */
    public InterceptedRequest withoutHeader(String name) {
        Map<String, List<String>> changed = mutableHeaders();
        changed.remove(Objects.requireNonNull(name, "name"));
        return new InterceptedRequest(operationId, attempt, method, uri, changed, publisher, body, redactor);
    }

    /** Returns a copy that sends these bytes as its body; the {@code Content-Type} stays as it is. */
    public InterceptedRequest withBody(byte[] newBody) {
        byte[] copy = Objects.requireNonNull(newBody, "body").clone();
        return new InterceptedRequest(
                operationId, attempt, method, uri, headers, BodyPublishers.ofByteArray(copy), copy, redactor);
    }

    /** Builds the JDK request to send, keeping what interceptors cannot change from {@code original}. */
    HttpRequest toHttpRequest(HttpRequest original) {
        byte[] read = body;
        BodyPublisher toSend =
                read != null && publisher.contentLength() != 0 ? BodyPublishers.ofByteArray(read) : publisher;
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).method(method, toSend).expectContinue(original.expectContinue());
        original.timeout().ifPresent(builder::timeout);
        original.version().ifPresent(builder::version);
        headers.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return builder.build();
    }

    private Map<String, List<String>> mutableHeaders() {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        return copy;
    }

    private byte[] bodyBytes() {
        byte[] read = body;
        if (read == null) {
            read = collect(publisher);
            body = read;
        }
        return read;
    }

    /** Reads a body publisher to its end; the JDK's publishers of bytes, strings and files can be read again. */
    private static byte[] collect(BodyPublisher publisher) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
            private final ByteArrayOutputStream out = new ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.write(bytes, 0, bytes.length);
            }

            @Override
            public void onError(Throwable throwable) {
                result.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                result.complete(out.toByteArray());
            }
        });
        return result.join();
    }

    @Override
    public String toString() {
        Map<String, List<String>> shown = redactor.headers(headers);
        return "InterceptedRequest[" + operationId + " attempt " + attempt + ": " + method + " " + redactor.uri(uri)
                + ", headers=" + shown + "]";
    }

    /** The interceptors of one client, run in order; with none, requests pass untouched and unread. */
    static final class Chain {
        private final List<RequestInterceptor> interceptors;
        private final Redactor redactor;

        Chain(List<RequestInterceptor> interceptors, Redactor redactor) {
            this.interceptors = List.copyOf(interceptors);
            this.redactor = redactor;
        }

        HttpRequest beforeSend(Operation<?> operation, HttpRequest request, int attempt) {
            if (interceptors.isEmpty()) {
                return request;
            }
            InterceptedRequest initial = of(operation.operationId(), attempt, request, redactor);
            InterceptedRequest current = initial;
            for (RequestInterceptor interceptor : interceptors) {
                InterceptedRequest next = interceptor.beforeSend(current);
                current = Objects.requireNonNull(next, () -> "interceptor " + interceptor + " returned null");
            }
            return current == initial ? request : current.toHttpRequest(request);
        }

        void afterResponse(Operation<?> operation, int attempt, HttpResponse<?> response) {
            if (interceptors.isEmpty()) {
                return;
            }
            InterceptedRequest sent = of(operation.operationId(), attempt, response.request(), redactor);
            InterceptedResponse received =
                    new InterceptedResponse(response.statusCode(), HeaderRules.received(response.headers()));
            for (RequestInterceptor interceptor : interceptors) {
                interceptor.afterResponse(sent, received);
            }
        }
    }
}
