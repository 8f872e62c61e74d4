package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuth2Test {
    private static final Operation<Void> SECURED = Operation.builder("GET", "/data", ResponseType.none())
            .operationId("getData")
            .security(List.of(List.of("OAuth")))
            .build();
    /** HTTP Basic of client "my client" with secret "s3cr:t", each form-encoded first (RFC 6749 §2.3.1). */
    private static final String BASIC_MY_CLIENT =
            "Basic " + Base64.getEncoder().encodeToString("my+client:s3cr%3At".getBytes(StandardCharsets.UTF_8));

    @RegisterExtension
    final StubServerExtension auth = new StubServerExtension();

    @RegisterExtension
    final StubServerExtension api = new StubServerExtension();

    private final AtomicInteger issued = new AtomicInteger();

    private ApiInvoker invoker(List<String> scopes) {
        return Fixtures.invoker(api.server().baseUrl())
                .credential(
                        "OAuth",
                        Credential.oauth2ClientCredentials(
                                auth.server().baseUrl() + "/token", "my client", "s3cr:t", scopes))
                .build();
    }

    private StubResponse token(long expiresIn) {
        return StubResponse.json(
                200,
                "{\"access_token\":\"tok-" + issued.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                        + expiresIn + "}");
    }

    @Test
    void tokenIsRequestedOnceAndCached() {
        auth.server().respond(request -> token(3600));
        api.server().respond(StubResponse.empty(204));
        ApiInvoker invoker = invoker(List.of("read", "write"));

        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        assertThat(auth.server().requests().size()).isEqualTo(1);
        RecordedRequest tokenRequest = auth.server().lastRequest();
        assertThat(tokenRequest.method()).isEqualTo("POST");
        assertThat(tokenRequest.header("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(tokenRequest.bodyText()).isEqualTo("grant_type=client_credentials&scope=read+write");
        assertThat(tokenRequest.header("Authorization")).contains(BASIC_MY_CLIENT);
        assertThat(api.server().requests())
                .extracting(request -> request.header("Authorization").orElseThrow())
                .containsExactly("Bearer tok-1", "Bearer tok-1");
    }

    @Test
    void tokenNearExpiryIsRenewed() {
        auth.server().respond(request -> token(5)); // Inside the renewal skew: never fresh.
        api.server().respond(StubResponse.empty(204));
        ApiInvoker invoker = invoker(List.of());

        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        assertThat(auth.server().requests().size()).isEqualTo(2);
        assertThat(auth.server().lastRequest().bodyText()).isEqualTo("grant_type=client_credentials");
    }

    @Test
    void unauthorizedDropsTheTokenAndRetriesOnceWithAFreshOne() {
        auth.server().respond(request -> token(3600));
        api.server()
                .respondInOrder(StubResponse.empty(204))
                .respondInOrder(StubResponse.of(401, null, "expired"))
                .respondInOrder(StubResponse.empty(204))
                .respondInOrder(StubResponse.of(401, null, "still no"))
                .respondInOrder(StubResponse.of(401, null, "and again"));
        ApiInvoker invoker = invoker(List.of());

        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(401));

        assertThat(api.server().requests())
                .extracting(request -> request.header("Authorization").orElseThrow())
                .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2", "Bearer tok-2", "Bearer tok-3");
        assertThat(auth.server().requests().size()).isEqualTo(3);
    }

    @Test
    void relativeTokenUrlIsResolvedAgainstEachClientsBaseUrl() {
        api.server()
                .respond(request -> request.rawPath().equals("/oauth/token") ? token(3600) : StubResponse.empty(204));
        auth.server()
                .respond(request -> request.rawPath().equals("/oauth/token") ? token(3600) : StubResponse.empty(204));
        Credential shared = Credential.oauth2ClientCredentials("/oauth/token", "my client", "s3cr:t", List.of());
        ApiInvoker first = Fixtures.invoker(api.server().baseUrl() + "/v1")
                .credential("OAuth", shared)
                .build();
        ApiInvoker second = Fixtures.invoker(auth.server().baseUrl() + "/v1")
                .credential("OAuth", shared)
                .build();

        first.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        second.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        first.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        assertThat(api.server().requests())
                .extracting(
                        RecordedRequest::rawPath,
                        request -> request.header("Authorization").orElseThrow())
                .containsExactly(
                        tuple("/oauth/token", BASIC_MY_CLIENT),
                        tuple("/v1/data", "Bearer tok-1"),
                        tuple("/v1/data", "Bearer tok-1"));
        assertThat(auth.server().requests())
                .as("each base URL has its own token endpoint and cache")
                .extracting(
                        RecordedRequest::rawPath,
                        request -> request.header("Authorization").orElseThrow())
                .containsExactly(tuple("/oauth/token", BASIC_MY_CLIENT), tuple("/v1/data", "Bearer tok-2"));
        assertThat(first.toString())
                .contains("token " + api.server().baseUrl() + "/oauth/token")
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
        auth.server().respondInOrder(StubResponse.json(401, "{\"error\":\"invalid_client\"}"));
        auth.server().respondInOrder(StubResponse.json(200, "{\"token_type\":\"Bearer\"}"));
        ApiInvoker invoker = invoker(List.of());

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none()))
                .isInstanceOf(ApiException.class)
                .hasMessage("POST " + auth.server().baseUrl() + "/token -> 401: {\"error\":\"invalid_client\"}");
        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none()))
                .isInstanceOf(ApiDecodingException.class)
                .hasMessageContaining("no access_token");
        assertThat(api.server().requests().size()).isZero();
    }

    @Test
    void tokenResponseThatStallsInItsBodyTimesOutWithoutCallingTheApi() {
        auth.server().respond(request -> token(3600).stallingBody(Duration.ofSeconds(5)));
        ApiInvoker invoker = Fixtures.invoker(api.server().baseUrl())
                .requestTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.none())
                .credential(
                        "OAuth",
                        Credential.oauth2ClientCredentials(auth.server().baseUrl() + "/token", "c", "s", List.of()))
                .build();
        long start = System.nanoTime();

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none()))
                .isInstanceOf(ApiTimeoutException.class)
                .hasMessageContaining("POST " + auth.server().baseUrl() + "/token failed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(api.server().requests().size()).isZero();
    }
}
