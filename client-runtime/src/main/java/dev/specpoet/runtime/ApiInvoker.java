package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The thread-safe engine behind all API classes of one generated client: renders requests, applies
 * credentials, follows redirects, retries, and decodes responses.
 *
 * <p>For each call the invoker picks the first of the operation's security alternatives whose
 * schemes all have a configured credential, and applies only that alternative's credentials; an
 * empty alternative means anonymous access is acceptable. If none is satisfied the call fails with
 * {@link MissingCredentialException} before any network I/O.
 *
 * <p><b>Redirects.</b> When the invoker builds its own {@link HttpClient}, it sets {@link
 * HttpClient.Redirect#NEVER} and follows 301, 302, 303, 307 and 308 itself, at most five times.
 * Credentials, cookies and secret-looking headers are sent again only when scheme, host and port
 * are unchanged. A {@linkplain Builder#httpClient(HttpClient) supplied client} whose redirect policy
 * is not {@code NEVER} follows redirects inside the JDK, which re-sends every header the invoker
 * set, credentials included, to the new location; supply a client with {@code Redirect.NEVER} (the
 * JDK default) to keep the origin check.
 *
 * <p><b>Threads.</b> {@link #send} runs on the caller's thread through {@link HttpClient#send}.
 * {@link #sendAsync} runs each attempt the same way on the {@linkplain Builder#executor(Executor)
 * executor}, whose thread it holds until the attempt's response is read, and completes its future
 * there. The default executor is a pool shared by all clients that reuses idle threads and starts
 * one only when all are busy, as the JDK's default for an {@code HttpClient} does. Retry delays wait
 * on one shared scheduler thread, never on a blocked thread. Nothing runs on {@code
 * CompletableFuture}'s default async executor, which starts a thread per task on hosts with two
 * processors or fewer (as the JDK's own {@code HttpClient.sendAsync} does).
 */
public final class ApiInvoker {
    private static final String DEFAULT_USER_AGENT = "specpoet-client Java/" + System.getProperty("java.version");

    private final HttpClient httpClient;
    private final URI baseUrl;
    private final Duration requestTimeout;
    private final Duration streamIdleTimeout;
    private final RetryPolicy retryPolicy;
    private final ObjectMapper objectMapper;
    private final Executor executor;
    private final ExchangeReporter reporter;
    private final Map<String, Credential> credentials;
    private final Redactor redactor;
    private final RequestRenderer renderer;
    private final ResponseDecoder decoder;
    private final InterceptedRequest.Chain interceptors;

    private ApiInvoker(Builder builder, URI baseUrl) {
        // The HttpClient keeps an executor of its own: were it the callers' and a fixed pool whose
        // threads all wait in send, the client's internal tasks queued behind them would never run.
        this.httpClient = builder.httpClient != null
                ? builder.httpClient
                : HttpClient.newBuilder()
                        .connectTimeout(builder.connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        this.executor = builder.executor != null ? builder.executor : ClientThreads.defaultExecutor();
        this.baseUrl = baseUrl;
        this.requestTimeout = builder.requestTimeout;
        this.streamIdleTimeout = builder.streamIdleTimeout;
        this.retryPolicy = builder.retryPolicy;
        this.objectMapper = builder.objectMapper != null ? builder.objectMapper : JsonMapperFactory.create();
        this.credentials = builder.credentials.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> entry.getValue().forBaseUrl(baseUrl)));
        this.redactor = Redactor.of(credentials.values());
        this.reporter = new ExchangeReporter(Optional.ofNullable(builder.listener), redactor);
        Map<String, String> fixedHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        fixedHeaders.putAll(builder.defaultHeaders);
        fixedHeaders.put("User-Agent", builder.userAgent);
        this.renderer = new RequestRenderer(baseUrl, objectMapper, fixedHeaders);
        this.decoder = new ResponseDecoder(objectMapper, redactor);
        this.interceptors = new InterceptedRequest.Chain(builder.interceptors, redactor);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends a request and returns its 2xx response.
     *
     * @throws ApiException for a non-2xx status, after redirects and retries
     * @throws ApiTransportException when the connection fails ({@link ApiTimeoutException} on timeout)
     * @throws ApiDecodingException when a 2xx body does not match the response type
     * @throws MissingCredentialException when no security alternative has its credentials
     */
    public <T> ApiResponse<T> send(ApiRequest<T> request, RequestOptions options) {
        Exchange<T> exchange = start(request, options);
        while (true) {
            Exchange.Step<T> step = exchange.sendBlocking();
            if (step instanceof Exchange.Done<T> done) {
                return done.response();
            }
            if (step instanceof Exchange.Failed<T> failed) {
                throw failed.exception();
            }
            try {
                Thread.sleep(((Exchange.Resend<T>) step).delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw exchange.interruption(e);
            }
        }
    }

    /**
     * Sends a request without blocking; the future fails with the exceptions {@link #send} throws
     * (wrapped in a {@code CompletionException} by {@code join}). It completes on the executor (see
     * the class documentation); retry delays wait on a shared scheduler, never on a blocked thread.
     */
    public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest<T> request, RequestOptions options) {
        try {
            return drive(start(request, options), executor);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private <T> CompletableFuture<ApiResponse<T>> drive(Exchange<T> exchange, Executor attempts) {
        return CompletableFuture.supplyAsync(exchange::sendBlocking, attempts).thenCompose(step -> {
            if (step instanceof Exchange.Done<T> done) {
                return CompletableFuture.completedFuture(done.response());
            }
            if (step instanceof Exchange.Failed<T> failed) {
                return CompletableFuture.failedFuture(failed.exception());
            }
            Duration delay = ((Exchange.Resend<T>) step).delay();
            return drive(exchange, delay.isZero() ? executor : ClientThreads.delayed(delay, executor));
        });
    }

    private <T> Exchange<T> start(ApiRequest<T> request, RequestOptions options) {
        Objects.requireNonNull(options, "options (use RequestOptions.none())");
        Operation<T> operation = request.operation();
        List<Credential> selected = selectCredentials(operation);
        PreparedRequest prepared = renderer.render(request, options);
        return new Exchange<>(
                this,
                operation,
                prepared,
                selected,
                options.timeout().orElse(requestTimeout),
                options.retryPolicy().orElse(retryPolicy),
                options.idempotencyKey().isPresent(),
                options.streamIdleTimeout().orElse(streamIdleTimeout));
    }

    /** Returns the credentials of the first security alternative that is fully configured. */
    private List<Credential> selectCredentials(Operation<?> operation) {
        if (operation.security().isEmpty()) {
            return List.of();
        }
        for (List<String> alternative : operation.security()) {
            if (alternative.size() == 1) { // The common case: one scheme, such as an API key.
                Credential only = credentials.get(alternative.get(0));
                if (only != null) {
                    return List.of(only);
                }
            } else if (credentials.keySet().containsAll(alternative)) {
                return alternative.stream().map(credentials::get).toList();
            }
        }
        throw new MissingCredentialException(operation.operationId(), operation.security());
    }

    /** Returns the mapper used for bodies and parameters, for callers that decode streamed JSON. */
    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    HttpClient httpClient() {
        return httpClient;
    }

    boolean followsRedirects() {
        return httpClient.followRedirects() == HttpClient.Redirect.NEVER;
    }

    ExchangeReporter reporter() {
        return reporter;
    }

    Redactor redactor() {
        return redactor;
    }

    ResponseDecoder decoder() {
        return decoder;
    }

    InterceptedRequest.Chain interceptors() {
        return interceptors;
    }

    @Override
    public String toString() {
        return "ApiInvoker[" + redactor.uri(baseUrl) + ", credentials " + new TreeMap<>(credentials) + "]";
    }

    /** Configures an {@link ApiInvoker}; only {@link #baseUrl(String)} is required. */
    public static final class Builder {
        private String baseUrl;
        private HttpClient httpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration streamIdleTimeout = Duration.ofMinutes(5);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private ObjectMapper objectMapper;
        private String userAgent = DEFAULT_USER_AGENT;
        private ExchangeListener listener;
        private Executor executor;
        private final Map<String, Credential> credentials = new LinkedHashMap<>();
        private final List<RequestInterceptor> interceptors = new ArrayList<>();
        private final Map<String, String> defaultHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {}

        /** Sets the URL that operation paths are appended to, such as {@code https://host/v3}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /** Uses this client instead of building one; see the class documentation on redirects. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Runs the attempts of asynchronous calls on {@code executor} instead of the pool shared by
         * all clients; each attempt holds one of its threads until its response is read, so a fixed
         * pool of n threads runs at most n calls at once and queues the rest. The futures complete
         * on it, so continuations that are not async run there too. Blocking calls never use it.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Sets the connect timeout (default 10 s) of the client the invoker builds for itself. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long one attempt may take (default 60 s): until the headers and, unless the
         * response is streamed, the whole body have arrived. Per call see {@link RequestOptions}.
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requirePositive(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * Sets how long a streamed response ({@link EventStream}) may go without a byte while the
         * client waits for one (default 5 minutes: long enough for a model that thinks before it
         * answers, short enough to notice a dead connection); it fails with {@link
         * ApiTimeoutException}. Time the caller spends on an item does not count. Per call see
         * {@link RequestOptions}.
         */
        public Builder streamIdleTimeout(Duration streamIdleTimeout) {
            this.streamIdleTimeout = requirePositive(streamIdleTimeout, "streamIdleTimeout");
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Uses this mapper instead of one from {@link JsonMapperFactory#create()}. */
        public Builder objectMapper(ObjectMapper objectMapper) {
            this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
            return this;
        }

        /** Replaces the default {@code User-Agent}, {@code specpoet-client Java/<version>}. */
        public Builder userAgent(String userAgent) {
            this.userAgent = HeaderRules.requireSafe("header", "User-Agent", Objects.requireNonNull(userAgent));
            return this;
        }

        public Builder listener(ExchangeListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Adds an interceptor, which runs after those added before it on every attempt of every call,
         * blocking or asynchronous; see {@link RequestInterceptor}.
         */
        public Builder interceptor(RequestInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** Configures the credential for the security scheme {@code schemeName} of the spec. */
        public Builder credential(String schemeName, Credential credential) {
            credentials.put(Objects.requireNonNull(schemeName, "schemeName"), Objects.requireNonNull(credential));
            return this;
        }

        /** Adds a header sent with every request; a value with CR, LF or NUL is refused. */
        public Builder defaultHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            defaultHeaders.put(name, HeaderRules.requireSafe("header", name, Objects.requireNonNull(value, "value")));
            return this;
        }

        public ApiInvoker build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            URI uri = URI.create(baseUrl);
            if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
                throw new IllegalArgumentException("baseUrl must be an absolute http or https URL: " + baseUrl);
            }
            return new ApiInvoker(this, uri);
        }

        private static Duration requirePositive(Duration duration, String name) {
            if (Objects.requireNonNull(duration, name).isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
