package dev.specpoet.samples.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.specpoet.samples.contract.GeneratedRuntime.Fluent;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.ResetServer;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import dev.specpoet.testserver.StubServerExtension;
import dev.specpoet.testserver.UnansweredListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The faults and safety rules every generated client must meet, checked on one provider's client
 * over real HTTP on 127.0.0.1: resets, slow answers, retries, decoding failures, encoding, header
 * injection, redirects, missing credentials and secrets.
 *
 * <p>A provider's test extends this class with its generated types and implements the calls; the
 * suite reaches the runtime classes the client uses by name ({@link GeneratedRuntime}). Tests tagged
 * {@link #RUNTIME} check what the runtime library alone decides (retries, timeouts, decoding
 * failures, header rules): with the library shared by every client, they run against one client
 * per library edition (the Adyen v3 samples), and the other providers run the rest as a smoke
 * suite of their own client: credentials, user agent, decoding, redirects, secrets. Every
 * test runs with a recognisable secret as the credential, and after each test the listener's
 * events, the stack traces of every exception the test caught, and the clients' {@code toString}
 * are searched for it.
 *
 * @param <C> the generated {@code ApiClient}
 * @param <B> its {@code ApiClient.Builder}
 * @param <O> its {@code RequestOptions}
 */
public abstract class GeneratedClientContract<C, B, O> {
    /** The tag of the tests that exercise the runtime library rather than the client's own code. */
    public static final String RUNTIME = "runtime-contract";

    /** The credential every test configures; it must never show outside the request itself. */
    protected static final String SECRET = "sEcReT-7f3a9c-must-not-leak";
    /** A path parameter value that every provider accepts, UUID-typed parameters included. */
    protected static final String ID = "9f1c0a52-3f5e-4a53-a2a4-6f2f1f6f0b1e";

    private static final Duration SLOW = Duration.ofSeconds(3);
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    private final ClientFixture fixture;
    private final GeneratedRuntime runtime;
    private final LeakWatch watch;
    private final EventLog events;

    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    private StubServer server;

    protected GeneratedClientContract(ClientFixture fixture) {
        this.fixture = fixture;
        this.runtime = new GeneratedRuntime(fixture.apiClient());
        this.watch = new LeakWatch(runtime.type("ApiException"));
        this.events = watch.events();
    }

    /** Configures {@code secret} as the credential of one security scheme. */
    protected abstract B authenticate(B builder, String secret);

    /** Calls a GET operation with {@code pathValue} as its path parameter; returns the decoded body. */
    protected abstract Object get(C client, String pathValue, O options);

    /** The same GET through its {@code CompletableFuture} variant. */
    protected abstract CompletableFuture<?> getAsync(C client, String pathValue);

    /** Calls a POST operation with a JSON body; returns the decoded body. */
    protected abstract Object post(C client, O options);

    /** Checks the GET's decoded {@link ClientFixture#unknownsJson()}: known values read, unknown ones kept. */
    protected abstract void assertUnknownsKept(Object body);

    @BeforeEach
    void startServer() {
        server = stub.server();
        server.respond(StubResponse.json(200, fixture.getJson()));
    }

    @AfterEach
    void secretNeverShows() {
        watch.assertNeverShows(SECRET);
    }

    @Test
    void getSendsTheCredentialUserAgentAndDecodes() {
        assertThat(get(client(), ID, none())).isNotNull();

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo(fixture.getPath().formatted(ID));
        assertThat(request.header(fixture.credentialHeader()))
                .hasValueSatisfying(v -> assertThat(v).contains(SECRET));
        Object userAgent = runtime.clientConstant("USER_AGENT");
        assertThat(request.header("User-Agent")).contains(userAgent.toString());
        assertThat(userAgent.toString()).matches("specpoet-client/\\d+\\.\\d+\\.\\d+\\S* \\(.+ .+\\)");
    }

    @Tag(RUNTIME)
    @Test
    void connectionResetIsATransportFailureRetriedOnlyForGet() {
        try (ResetServer resetting = ResetServer.start()) {
            C client = client(b -> b.set("baseUrl", resetting.baseUrl()));

            Throwable onGet = failure(() -> get(client, ID, none()));
            assertThat(onGet).isInstanceOf(type("ApiTransportException")).isNotInstanceOf(type("ApiTimeoutException"));
            assertThat(events.count("onRetry")).isEqualTo(2);

            int before = resetting.connections();
            assertThat(failure(() -> post(client, none()))).isInstanceOf(type("ApiTransportException"));
            assertThat(resetting.connections() - before)
                    .as("a POST that may have arrived is not resent")
                    .isOne();
        }
    }

    @ParameterizedTest(name = "late {0}")
    @ValueSource(strings = {"headers", "body"})
    void slowAnswerTimesOutAtTheClientsRequestTimeout(String late) {
        StubResponse answer = StubResponse.json(200, fixture.getJson());
        server.respond(late.equals("headers") ? answer.after(SLOW) : answer.stallingBody(SLOW));
        C client = client(b -> b.set("retryPolicy", noRetries()).set("requestTimeout", SHORT_TIMEOUT));

        assertTimesOutEarly(() -> get(client, ID, none()));
    }

    @Tag(RUNTIME)
    @Test
    void perRequestTimeoutReplacesTheClients() {
        server.respond(StubResponse.json(200, fixture.getJson()).after(SLOW));

        assertTimesOutEarly(() ->
                get(client(), ID, options(o -> o.set("timeout", SHORT_TIMEOUT).set("retryPolicy", noRetries()))));
    }

    private void assertTimesOutEarly(ThrowingCallable call) {
        long start = System.nanoTime();
        assertThat(failure(call)).isInstanceOf(type("ApiTimeoutException"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SLOW);
    }

    @Tag(RUNTIME)
    @Test
    void getIsRetriedAfter503ByTheDefaultPolicy() {
        server.respondInOrder(StubResponse.text(503, "busy"));
        C client = client(b -> b.set("retryPolicy", defaultRetries()));

        assertThat(get(client, ID, none())).isNotNull();

        assertThat(server.requests()).hasSize(2);
        assertThat(events.names()).containsExactly("onRequest", "onResponse", "onRetry", "onRequest", "onResponse");
        assertThat(events.text()).containsIgnoringCase(fixture.credentialHeader() + "=[****]");
    }

    @Tag(RUNTIME)
    @Test
    void postIsNotRetriedWithoutAnIdempotencyKey() {
        server.respondInOrder(StubResponse.text(503, "busy"), StubResponse.json(200, fixture.postJson()));

        Throwable thrown = failure(() -> post(client(), none()));

        assertThat(thrown).isInstanceOf(type("ApiException"));
        assertThat(GeneratedRuntime.call(thrown, "statusCode")).isEqualTo(503);
        assertThat(server.requests()).hasSize(1);
    }

    @Tag(RUNTIME)
    @Test
    void postWithAnIdempotencyKeyIsRetriedWithTheKey() {
        server.respondInOrder(StubResponse.text(503, "busy"), StubResponse.json(200, fixture.postJson()));

        assertThat(post(client(), options(o -> o.set("idempotencyKey", "order-42"))))
                .isNotNull();

        assertThat(server.requests())
                .hasSize(2)
                .allSatisfy(request -> assertThat(request.method()).isEqualTo("POST"))
                .allSatisfy(
                        request -> assertThat(request.header("Idempotency-Key")).contains("order-42"));
    }

    @Tag(RUNTIME)
    @Test
    void postIsRetriedWhenThePolicySaysSo() {
        server.respondInOrder(StubResponse.text(503, "busy"), StubResponse.json(200, fixture.postJson()));
        Object policy = fastRetries(p -> p.set("retryNonIdempotent", true));

        assertThat(post(client(), options(o -> o.set("retryPolicy", policy)))).isNotNull();
        assertThat(server.requests()).hasSize(2);
    }

    @Tag(RUNTIME)
    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
        server.respondInOrder(StubResponse.text(429, "slow down").withHeader("Retry-After", "1"));

        assertThat(get(client(), ID, none())).isNotNull();

        List<RecordedRequest> requests = server.requests();
        assertThat(requests).hasSize(2);
        assertThat(Duration.between(
                        requests.get(0).receivedAt(), requests.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Tag(RUNTIME)
    @Test
    void retryAfterBeyondThePolicysLimitIsNotAwaited() {
        server.respond(StubResponse.text(429, "come back tomorrow").withHeader("Retry-After", "86400"));

        assertThat(GeneratedRuntime.call(failure(() -> get(client(), ID, none())), "statusCode"))
                .isEqualTo(429);
        assertThat(server.requests()).hasSize(1);
    }

    @Tag(RUNTIME)
    @Test
    void malformedJsonIsADecodingFailureWithStatusAndExcerpt() {
        server.respond(StubResponse.json(200, "{\"id\": \"S2-1\", \"domain\": "));

        Throwable thrown = failure(() -> get(client(), ID, none()));

        assertThat(thrown).isInstanceOf(type("ApiDecodingException")).hasMessageContaining("-> 200");
        assertThat(GeneratedRuntime.call(thrown, "statusCode")).isEqualTo(200);
        assertThat(GeneratedRuntime.call(thrown, "bodyExcerpt")).isEqualTo("{\"id\": \"S2-1\", \"domain\":");
    }

    @Tag(RUNTIME)
    @Test
    void htmlErrorPageIsAnApiExceptionWithTheRawBody() {
        String page = "<html><body><h1>500 Internal Server Error</h1><p>nginx</p></body></html>";
        server.respond(StubResponse.html(500, page));

        Throwable thrown = failure(() -> get(client(), ID, none()));

        assertThat(thrown).isExactlyInstanceOf(type("ApiException")).hasMessageContaining("-> 500: <html>");
        assertThat(GeneratedRuntime.call(thrown, "statusCode")).isEqualTo(500);
        assertThat(GeneratedRuntime.call(thrown, "rawBody")).isEqualTo(page);
        assertThat(GeneratedRuntime.call(thrown, "errorBody")).isNull();
    }

    @Tag(RUNTIME)
    @Test
    void emptyBodyOn200DecodesToNull() {
        server.respond(StubResponse.empty(200));

        assertThat(get(client(), ID, none())).isNull();
    }

    @Tag(RUNTIME)
    @Test
    void refusedConnectionIsATransportFailureRetriedByDefault() throws IOException {
        String closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort();
        }
        C client = client(b -> b.set("baseUrl", closed).set("retryPolicy", defaultRetries()));

        Throwable thrown = failure(() -> get(client, ID, none()));

        assertThat(thrown).isInstanceOf(type("ApiTransportException")).isNotInstanceOf(type("ApiTimeoutException"));
        assertThat(events.count("onRetry")).isEqualTo(2);
    }

    @Tag(RUNTIME)
    @Test
    void unansweredConnectTimesOutAndIsRetriedEvenForPost() {
        try (UnansweredListener silent = UnansweredListener.start()) {
            assumeThat(silent.isSilent())
                    .as("this system leaves connects to a full queue unanswered")
                    .isTrue();
            C client = client(b -> b.set("baseUrl", silent.baseUrl()).set("connectTimeout", SHORT_TIMEOUT));

            assertThat(failure(() -> post(client, none()))).isInstanceOf(type("ApiTimeoutException"));
            assertThat(events.count("onRetry"))
                    .as("a request that never left is safe to resend")
                    .isEqualTo(2);
        }
    }

    @Test
    void asyncVariantCompletesWithTheBody() throws Exception {
        assertThat(getAsync(client(), ID).get(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Tag(RUNTIME)
    @Test
    void asyncVariantFailsWithTheSameExceptions() {
        server.respond(StubResponse.json(404, "{\"status\": 404}"));

        Throwable thrown = failure(() -> getAsync(client(), ID).get(5, TimeUnit.SECONDS));

        assertThat(thrown).isInstanceOf(ExecutionException.class);
        assertThat(thrown.getCause()).isInstanceOf(type("ApiException"));
        assertThat(GeneratedRuntime.call(thrown.getCause(), "statusCode")).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "../x | ..%2Fx",
                ".. | %2E%2E",
                "a/b | a%2Fb",
                "why? | why%3F",
                "#top | %23top",
                "'a b' | a%20b",
                "Zürich € | Z%C3%BCrich%20%E2%82%AC"
            })
    void pathParameterStaysOneSegment(String value, String encoded) {
        assumeThat(fixture.pathTakesText()).as("the path parameter takes text").isTrue();

        get(client(), value, none());

        assertThat(server.onlyRequest().rawPath()).isEqualTo(fixture.getPath().formatted(encoded));
    }

    @Tag(RUNTIME)
    @Test
    void headerValuesWithCrOrLfAreRefusedBeforeSending() {
        for (String injected : List.of("a\r\nX-Injected: yes", "a\nX-Injected: yes", "a\rb")) {
            assertThat(failure(() -> options(o -> o.set("header", "X-Trace", injected))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("X-Trace")
                    .hasMessageNotContaining("X-Injected");
            assertThat(failure(() -> runtime.clientBuilder().set("defaultHeader", "X-Team", injected)))
                    .isInstanceOf(IllegalArgumentException.class);
            C injecting = client(SECRET + injected, b -> b.set("retryPolicy", noRetries()));
            assertThat(failure(() -> get(injecting, ID, none()))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(server.requests()).isEmpty();
    }

    @Tag(RUNTIME)
    @Test
    void perRequestHeadersAreSent() {
        get(client(), ID, options(o -> o.set("header", "X-Request-Id", "req-42")));

        assertThat(server.onlyRequest().header("X-Request-Id")).contains("req-42");
    }

    @Test
    void redirectToAnotherHostCarriesNoCredentials() {
        try (StubServer other = StubServer.start()) {
            other.respond(StubResponse.json(200, fixture.getJson()));
            server.respond(StubResponse.redirect(307, other.baseUrl("localhost") + "/elsewhere"));

            assertThat(get(client(), ID, options(o -> o.set("header", "X-Request-Id", "req-7"))))
                    .isNotNull();

            assertThat(server.onlyRequest().header(fixture.credentialHeader())).isPresent();
            RecordedRequest moved = other.onlyRequest();
            assertThat(moved.rawPath()).isEqualTo("/elsewhere");
            assertThat(moved.header("X-Request-Id")).contains("req-7");
            assertThat(moved.hasHeader(fixture.credentialHeader())).isFalse();
            assertThat(moved.headers().toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void redirectOnTheSameOriginKeepsCredentials() {
        server.respondInOrder(StubResponse.redirect(302, server.baseUrl() + "/moved"));

        get(client(), ID, none());

        assertThat(server.requests())
                .hasSize(2)
                .allSatisfy(request -> assertThat(request.header(fixture.credentialHeader()))
                        .hasValueSatisfying(value -> assertThat(value).contains(SECRET)));
    }

    @Test
    void unknownFieldsAndEnumValuesDecode() {
        server.respond(StubResponse.json(200, fixture.unknownsJson()));

        assertUnknownsKept(get(client(), ID, none()));
    }

    @Test
    void missingCredentialFailsBeforeAnyRequestNamingTheSchemes() {
        C anonymous = client(null, UnaryOperator.identity());

        Throwable thrown = failure(() -> get(anonymous, ID, none()));

        assertThat(thrown).isInstanceOf(type("MissingCredentialException"));
        assertThat(thrown.getMessage()).contains(fixture.securitySchemes());
        assertThat(failure(() -> getAsync(anonymous, ID).join()).getCause())
                .isInstanceOf(type("MissingCredentialException"));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void secretStaysOutOfEventsMessagesAndToString() {
        server.respondInOrder(
                StubResponse.json(401, "{\"status\": 401}"),
                StubResponse.html(500, "<html>oops</html>"),
                StubResponse.json(200, "not json"),
                StubResponse.text(503, "busy"));
        server.respond(StubResponse.json(200, fixture.getJson()).after(SLOW));
        C client = client(b -> b.set("requestTimeout", SHORT_TIMEOUT));
        for (int call = 0; call < 4; call++) {
            failure(() -> get(client, ID, none()));
        }
        watch.show(options(
                o -> o.set("header", "Authorization", "Bearer " + SECRET).set("idempotencyKey", SECRET)));

        assertThat(server.requests())
                .allSatisfy(request -> assertThat(request.header(fixture.credentialHeader()))
                        .hasValueSatisfying(value -> assertThat(value).contains(SECRET)));
        assertThat(watch.failures()).isEqualTo(4);
        assertThat(events.count("onFailure")).isEqualTo(4);
        watch.assertNeverShows(SECRET);
    }

    private Throwable failure(ThrowingCallable call) {
        return watch.failure(call);
    }

    private C client() {
        return client(SECRET, UnaryOperator.identity());
    }

    private C client(UnaryOperator<Fluent> settings) {
        return client(SECRET, settings);
    }

    /**
     * A client of the stub server with fast retries and the event log as listener, then {@code
     * settings} applied over those, and {@code secret} as its credential (none if null).
     */
    @SuppressWarnings("unchecked") // ApiClient.builder() returns B, build() returns C.
    private C client(String secret, UnaryOperator<Fluent> settings) {
        Fluent builder = settings.apply(runtime.clientBuilder()
                .set("baseUrl", server.baseUrl())
                .set("connectTimeout", Duration.ofSeconds(2))
                .set("requestTimeout", Duration.ofSeconds(5))
                .set("retryPolicy", fastRetries())
                .set("listener", events.listener(type("ExchangeListener"))));
        if (secret != null) {
            builder.apply(typed -> authenticate((B) typed, secret));
        }
        C client = (C) builder.build();
        watch.show(client);
        watch.show(GeneratedRuntime.call(client, "invoker"));
        return client;
    }

    /** Two retries after 10 and 20 ms: the default policy's rules, without its waits. */
    private Object fastRetries() {
        return fastRetries(UnaryOperator.identity());
    }

    private Object fastRetries(UnaryOperator<Fluent> settings) {
        return settings.apply(runtime.builder("RetryPolicy")
                        .set("initialBackoff", Duration.ofMillis(10))
                        .set("maxBackoff", Duration.ofMillis(20))
                        .set("jitter", false))
                .build();
    }

    private Object defaultRetries() {
        return runtime.callStatic("RetryPolicy", "defaults");
    }

    private Object noRetries() {
        return runtime.callStatic("RetryPolicy", "none");
    }

    @SuppressWarnings("unchecked") // RequestOptions.Builder.build() returns an O.
    private O options(UnaryOperator<Fluent> settings) {
        return (O) settings.apply(runtime.builder("RequestOptions")).build();
    }

    @SuppressWarnings("unchecked") // RequestOptions.none() is an O.
    private O none() {
        return (O) runtime.callStatic("RequestOptions", "none");
    }

    private Class<?> type(String simpleName) {
        return runtime.type(simpleName);
    }
}
