package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.specpoet.runtime.TestServer.Recorded;
import dev.specpoet.runtime.TestServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuth2Test {
    private static final Operation<Void> SECURED = Operation.builder("GET", "/data", ResponseType.none())
            .operationId("getData")
            .security(List.of(List.of("OAuth")))
            .build();
    /** HTTP Basic of client "my client" with secret "s3cr:t", each form-encoded first (RFC 6749 §2.3.1). */
    private static final String BASIC_MY_CLIENT =
            "Basic " + Base64.getEncoder().encodeToString("my+client:s3cr%3At".getBytes(StandardCharsets.UTF_8));

    private final TestServer auth = TestServer.start();
    private final TestServer api = TestServer.start();
    private final AtomicInteger issued = new AtomicInteger();

    @AfterEach
    void stop() {
        auth.close();
        api.close();
    }

    private ApiInvoker invoker(List<String> scopes) {
        return Fixtures.invoker(api.url())
                .credential(
                        "OAuth",
                        Credential.oauth2ClientCredentials(auth.url() + "/token", "my client", "s3cr:t", scopes))
                .build();
    }

    private Reply token(long expiresIn) {
        return Reply.json(
                200,
                "{\"access_token\":\"tok-" + issued.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                        + expiresIn + "}");
    }

    @Test
    void tokenIsRequestedOnceAndCached() {
        auth.otherwise(request -> token(3600));
        api.otherwise(request -> Reply.of(204, ""));
        ApiInvoker invoker = invoker(List.of("read", "write"));

        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        assertThat(auth.requestCount()).isEqualTo(1);
        Recorded tokenRequest = auth.lastRequest();
        assertThat(tokenRequest.method()).isEqualTo("POST");
        assertThat(tokenRequest.header("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(tokenRequest.bodyText()).isEqualTo("grant_type=client_credentials&scope=read+write");
        assertThat(tokenRequest.header("Authorization")).contains(BASIC_MY_CLIENT);
        assertThat(api.requests())
                .extracting(request -> request.header("Authorization").orElseThrow())
                .containsExactly("Bearer tok-1", "Bearer tok-1");
    }

    @Test
    void tokenNearExpiryIsRenewed() {
        auth.otherwise(request -> token(5)); // Inside the renewal skew: never fresh.
        api.otherwise(request -> Reply.of(204, ""));
        ApiInvoker invoker = invoker(List.of());

        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        assertThat(auth.requestCount()).isEqualTo(2);
        assertThat(auth.lastRequest().bodyText()).isEqualTo("grant_type=client_credentials");
    }

    @Test
    void unauthorizedDropsTheTokenAndRetriesOnceWithAFreshOne() {
        auth.otherwise(request -> token(3600));
        api.enqueue(Reply.of(204, ""))
                .enqueue(Reply.of(401, "expired"))
                .enqueue(Reply.of(204, ""))
                .enqueue(Reply.of(401, "still no"))
                .enqueue(Reply.of(401, "and again"));
        ApiInvoker invoker = invoker(List.of());

        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(401));

        assertThat(api.requests())
                .extracting(request -> request.header("Authorization").orElseThrow())
                .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2", "Bearer tok-2", "Bearer tok-3");
        assertThat(auth.requestCount()).isEqualTo(3);
    }

    @Test
    void relativeTokenUrlIsResolvedAgainstEachClientsBaseUrl() {
        api.otherwise(request -> request.rawPath().equals("/oauth/token") ? token(3600) : Reply.of(204, ""));
        auth.otherwise(request -> request.rawPath().equals("/oauth/token") ? token(3600) : Reply.of(204, ""));
        Credential shared = Credential.oauth2ClientCredentials("/oauth/token", "my client", "s3cr:t", List.of());
        ApiInvoker first =
                Fixtures.invoker(api.url() + "/v1").credential("OAuth", shared).build();
        ApiInvoker second =
                Fixtures.invoker(auth.url() + "/v1").credential("OAuth", shared).build();

        first.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        second.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        first.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        assertThat(api.requests())
                .extracting(
                        Recorded::rawPath,
                        request -> request.header("Authorization").orElseThrow())
                .containsExactly(
                        tuple("/oauth/token", BASIC_MY_CLIENT),
                        tuple("/v1/data", "Bearer tok-1"),
                        tuple("/v1/data", "Bearer tok-1"));
        assertThat(auth.requests())
                .as("each base URL has its own token endpoint and cache")
                .extracting(
                        Recorded::rawPath,
                        request -> request.header("Authorization").orElseThrow())
                .containsExactly(tuple("/oauth/token", BASIC_MY_CLIENT), tuple("/v1/data", "Bearer tok-2"));
        assertThat(first.toString())
                .contains("token " + api.url() + "/oauth/token")
                .doesNotContain("s3cr");
    }

    @Test
    void tokenUrlMustBeHttpOrRelative() {
        assertThatThrownBy(
                        () -> Credential.oauth2ClientCredentials("ftp://auth.example.com/token", "id", "s", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "token URL must be an http or https URL or a relative reference: ftp://auth.example.com/token");
    }

    @Test
    void tokenEndpointErrorsSurfaceWithoutCallingTheApi() {
        auth.enqueue(Reply.json(401, "{\"error\":\"invalid_client\"}"));
        auth.enqueue(Reply.json(200, "{\"token_type\":\"Bearer\"}"));
        ApiInvoker invoker = invoker(List.of());

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none()))
                .isInstanceOf(ApiException.class)
                .hasMessage("POST " + auth.url() + "/token -> 401: {\"error\":\"invalid_client\"}");
        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none()))
                .isInstanceOf(ApiDecodingException.class)
                .hasMessageContaining("no access_token");
        assertThat(api.requestCount()).isZero();
    }

    @Test
    void tokenResponseThatStallsInItsBodyTimesOutWithoutCallingTheApi() {
        auth.otherwise(request -> token(3600).stallingBody(Duration.ofSeconds(5)));
        ApiInvoker invoker = Fixtures.invoker(api.url())
                .requestTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.none())
                .credential("OAuth", Credential.oauth2ClientCredentials(auth.url() + "/token", "c", "s", List.of()))
                .build();
        long start = System.nanoTime();

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none()))
                .isInstanceOf(ApiTimeoutException.class)
                .hasMessageContaining("POST " + auth.url() + "/token failed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(api.requestCount()).isZero();
    }
}
