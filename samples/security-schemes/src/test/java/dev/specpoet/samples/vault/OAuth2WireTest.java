package dev.specpoet.samples.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.specpoet.runtime.ApiException;
import dev.specpoet.runtime.RetryPolicy;
import dev.specpoet.samples.vault.client.ApiClient;
import dev.specpoet.samples.vault.client.api.SecretsApi;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import dev.specpoet.testserver.StubServerExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated vault client's OAuth2 scheme over real HTTP on 127.0.0.1: client credentials
 * fetched from the spec's relative token URL on the stub, cached, renewed on expiry and once on a
 * 401; and tokens from other flows.
 */
class OAuth2WireTest {
    private static final String CLIENT_ID = "vault-cli";
    private static final String CLIENT_SECRET = "client-secret-5a7f02";
    private static final String TOKEN_PATH = "/oauth/token";
    private static final String API_PATH = "/v1/secrets/db";
    private static final String FETCH = "POST " + TOKEN_PATH + " client credentials";
    private static final String DESTROY = "DELETE " + API_PATH + " ";

    @RegisterExtension
    static final StubServerExtension stub = new StubServerExtension();

    private static StubServer server;

    @BeforeAll
    static void start() {
        server = stub.server();
    }

    @BeforeEach
    void reset() {
        server.clear();
        server.respond(StubResponse.empty(204));
    }

    /** A client whose base URL has a path, so the test sees the token URL resolve to the root. */
    private static SecretsApi clientCredentials() {
        return new SecretsApi(ApiClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .retryPolicy(RetryPolicy.none())
                .oauth(CLIENT_ID, CLIENT_SECRET)
                .build());
    }

    private static StubResponse token(String accessToken, long expiresIn) {
        return StubResponse.json(
                200,
                "{\"access_token\": \"" + accessToken + "\", \"token_type\": \"Bearer\", \"expires_in\": " + expiresIn
                        + "}");
    }

    /** Each recorded request as method, path and the credential it carried. */
    private static List<String> exchanges() {
        return server.requests().stream()
                .map(request -> request.method() + " " + request.rawPath() + " "
                        + request.header("Authorization")
                                .map(value -> value.startsWith("Basic ") ? "client credentials" : value)
                                .orElse("no credential"))
                .toList();
    }

    @Test
    void tokenRequestUsesTheClientCredentialsGrant() {
        server.respondInOrder(token("access-1", 3600));

        clientCredentials().destroySecret("db");

        RecordedRequest tokenRequest = server.requests().get(0);
        assertThat(tokenRequest.method()).isEqualTo("POST");
        assertThat(tokenRequest.rawPath()).isEqualTo(TOKEN_PATH);
        assertThat(tokenRequest.header("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(tokenRequest.bodyText())
                .isEqualTo("grant_type=client_credentials&scope=secrets%3Aread+secrets%3Awrite");
        String client =
                Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        assertThat(tokenRequest.header("Authorization")).contains("Basic " + client);
        RecordedRequest call = server.requests().get(1);
        assertThat(call.method()).isEqualTo("DELETE");
        assertThat(call.rawPath()).isEqualTo(API_PATH);
        assertThat(call.header("Authorization")).contains("Bearer access-1");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void tokenIsFetchedOnceForCallsWhileItLasts() {
        server.respondInOrder(token("access-1", 3600));
        SecretsApi secrets = clientCredentials();

        secrets.destroySecret("db");
        secrets.destroySecret("db");
        secrets.destroySecretAsync("db").join();

        assertThat(exchanges())
                .containsExactly(
                        FETCH, DESTROY + "Bearer access-1", DESTROY + "Bearer access-1", DESTROY + "Bearer access-1");
    }

    @Test
    void expiredTokenIsFetchedAgain() throws InterruptedException {
        // The runtime renews 30 s before expiry: a 33 s token is good for the first 3 s.
        server.respondInOrder(token("access-1", 33));
        SecretsApi secrets = clientCredentials();
        secrets.destroySecret("db");
        secrets.destroySecret("db");
        Instant issued = server.requests().get(0).receivedAt();

        Thread.sleep(Math.max(
                0, Duration.between(Instant.now(), issued.plusMillis(3_300)).toMillis()));
        server.respondInOrder(token("access-2", 33));
        secrets.destroySecret("db");

        assertThat(exchanges())
                .containsExactly(
                        FETCH,
                        DESTROY + "Bearer access-1",
                        DESTROY + "Bearer access-1",
                        FETCH,
                        DESTROY + "Bearer access-2");
    }

    @Test
    void unauthorizedRenewsTheTokenOnceAndRetries() {
        server.respondInOrder(
                token("access-1", 3600),
                StubResponse.json(401, "{\"error\": \"token revoked\"}"),
                token("access-2", 3600));
        SecretsApi secrets = clientCredentials();

        secrets.destroySecret("db");
        secrets.destroySecret("db");

        assertThat(exchanges())
                .containsExactly(
                        FETCH,
                        DESTROY + "Bearer access-1",
                        FETCH,
                        DESTROY + "Bearer access-2",
                        DESTROY + "Bearer access-2");
    }

    @Test
    void secondUnauthorizedSurfacesAsAnApiException() {
        StubResponse unauthorized = StubResponse.json(401, "{\"error\": \"client disabled\"}");
        server.respondInOrder(token("access-1", 3600), unauthorized, token("access-2", 3600), unauthorized);

        ApiException failure = catchThrowableOfType(() -> clientCredentials().destroySecret("db"), ApiException.class);

        assertThat(failure.statusCode()).isEqualTo(401);
        assertThat(failure.rawBody()).contains("client disabled");
        assertThat(exchanges()).containsExactly(FETCH, DESTROY + "Bearer access-1", FETCH, DESTROY + "Bearer access-2");
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString() + failure.response())
                .doesNotContain(CLIENT_SECRET)
                .doesNotContain("access-");
    }

    @Test
    void tokenFromOtherFlowsIsSentAsIsWithoutATokenRequest() {
        AtomicInteger issued = new AtomicInteger();
        SecretsApi fixed = new SecretsApi(ApiClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .oauth("device-flow-token")
                .build());
        SecretsApi supplied = new SecretsApi(ApiClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .oauth(() -> "refreshed-" + issued.incrementAndGet())
                .build());

        fixed.destroySecret("db");
        supplied.destroySecret("db");
        supplied.destroySecret("db");

        assertThat(exchanges())
                .containsExactly(
                        DESTROY + "Bearer device-flow-token",
                        DESTROY + "Bearer refreshed-1",
                        DESTROY + "Bearer refreshed-2");
    }

    @Test
    void toStringNamesTheTokenEndpointButNoSecret() {
        server.respondInOrder(token("access-1", 3600));
        ApiClient client = ApiClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .oauth(CLIENT_ID, CLIENT_SECRET)
                .build();
        new SecretsApi(client).destroySecret("db");

        assertThat(client.invoker().toString())
                .contains("token " + server.baseUrl() + TOKEN_PATH + ", client " + CLIENT_ID)
                .doesNotContain(CLIENT_SECRET)
                .doesNotContain("access-1");
        assertThat(client.toString()).doesNotContain(CLIENT_SECRET);
    }
}
