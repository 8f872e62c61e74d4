package dev.specpoet.samples.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.specpoet.runtime.ApiException;
import dev.specpoet.runtime.MissingCredentialException;
import dev.specpoet.runtime.RetryPolicy;
import dev.specpoet.samples.vault.client.ApiClient;
import dev.specpoet.samples.vault.client.api.SecretsApi;
import dev.specpoet.samples.vault.client.api.SessionsApi;
import dev.specpoet.samples.vault.client.api.SystemApi;
import dev.specpoet.samples.vault.client.model.SecretValue;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import dev.specpoet.testserver.StubServerExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where the generated vault client puts each kind of credential, and which of an operation's
 * security alternatives it sends, over real HTTP on 127.0.0.1.
 */
class SecuritySchemesWireTest {
    private static final String VAULT_TOKEN = "hvs-header-4c1e9a";
    private static final String QUERY_KEY = "qk-query-7d20b3";
    private static final String SESSION = "sess-cookie-91fa6e";
    private static final String USER = "ops";
    private static final String PASSWORD = "pw-basic-2b8c57";
    private static final String BEARER = "bearer-fixed-e03d14";
    private static final String CLIENT_SECRET = "client-secret-5a7f02";
    private static final List<String> SECRETS =
            List.of(VAULT_TOKEN, QUERY_KEY, SESSION, PASSWORD, BEARER, CLIENT_SECRET);
    private static final String BASIC =
            "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String SECRET_JSON = "{\"name\": \"db\", \"version\": 3, \"value\": \"s3\"}";

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
        server.respond(StubResponse.json(200, SECRET_JSON));
    }

    private static ApiClient.Builder builder() {
        return ApiClient.builder().baseUrl(server.baseUrl() + "/v1").retryPolicy(RetryPolicy.none());
    }

    /** A client with a credential for every scheme of the spec. */
    private static ApiClient.Builder everything() {
        return builder()
                .vaultToken(VAULT_TOKEN)
                .queryKey(QUERY_KEY)
                .sessionCookie(SESSION)
                .basicAuth(USER, PASSWORD)
                .bearerAuth(BEARER)
                .oauth("vault-cli", CLIENT_SECRET);
    }

    private static SecretValue value() {
        return SecretValue.builder().value("hunter2").build();
    }

    /** Checks that the only request carried no credential but those {@code expected} names. */
    private static RecordedRequest onlyRequestWith(String... expected) {
        RecordedRequest request = server.onlyRequest();
        List<String> carried = List.of(expected);
        assertThat(request.hasHeader("X-Vault-Token")).isEqualTo(carried.contains("X-Vault-Token"));
        assertThat(request.hasHeader("Authorization")).isEqualTo(carried.contains("Authorization"));
        assertThat(request.hasHeader("Cookie")).isEqualTo(carried.contains("Cookie"));
        assertThat(request.query().containsKey("api_key")).isEqualTo(carried.contains("api_key"));
        return request;
    }

    @Test
    void defaultSecuritySendsTheHeaderApiKey() {
        new SecretsApi(everything().build()).readSecret("db");

        RecordedRequest request = onlyRequestWith("X-Vault-Token");
        assertThat(request.rawPath()).isEqualTo("/v1/secrets/db");
        assertThat(request.header("X-Vault-Token")).contains(VAULT_TOKEN);
    }

    @Test
    void queryApiKeyTravelsAsAQueryParameter() {
        server.respond(StubResponse.json(200, "[\"db\", \"ldap\"]"));

        assertThat(new SecretsApi(everything().build()).listSecrets()).containsExactly("db", "ldap");

        RecordedRequest request = onlyRequestWith("api_key");
        assertThat(request.rawPath()).isEqualTo("/v1/secrets");
        assertThat(request.query()).containsExactlyEntriesOf(Map.of("api_key", List.of(QUERY_KEY)));
    }

    @Test
    void cookieApiKeyTravelsInTheCookieHeader() {
        server.respond(StubResponse.json(200, "{\"user\": \"ops\", \"policies\": [\"admin\"]}"));

        assertThat(new SessionsApi(everything().build()).currentSession().user())
                .isEqualTo("ops");

        assertThat(onlyRequestWith("Cookie").header("Cookie")).contains("vault_session=" + SESSION);
    }

    @Test
    void basicAuthSendsTheEncodedUserAndPassword() {
        new SecretsApi(builder().basicAuth(USER, PASSWORD).build()).writeSecret("db", value());

        RecordedRequest request = onlyRequestWith("Authorization");
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.header("Authorization")).contains(BASIC);
        assertThat(request.bodyText()).isEqualTo("{\"value\":\"hunter2\"}");
    }

    @Test
    void bearerSendsTheFixedToken() {
        new SecretsApi(builder().bearerAuth(BEARER).build()).writeSecret("db", value());

        assertThat(onlyRequestWith("Authorization").header("Authorization")).contains("Bearer " + BEARER);
    }

    @Test
    void bearerSupplierIsAskedOnEveryCallSoTokensRotate() {
        AtomicInteger issued = new AtomicInteger();
        SecretsApi secrets = new SecretsApi(builder()
                .bearerAuth(() -> "rotating-" + issued.incrementAndGet())
                .build());

        secrets.writeSecret("db", value());
        secrets.writeSecret("db", value());

        assertThat(server.requests())
                .extracting(request -> request.header("Authorization").orElseThrow())
                .containsExactly("Bearer rotating-1", "Bearer rotating-2");
    }

    @Test
    void alternativesSendOnlyTheFirstConfiguredOne() {
        new SecretsApi(everything().build()).writeSecret("db", value());

        assertThat(onlyRequestWith("Authorization").header("Authorization")).contains("Bearer " + BEARER);
    }

    @Test
    void alternativesFallBackToTheNextWhenTheFirstIsNotConfigured() {
        new SecretsApi(builder()
                        .vaultToken(VAULT_TOKEN)
                        .basicAuth(USER, PASSWORD)
                        .build())
                .writeSecret("db", value());

        assertThat(onlyRequestWith("Authorization").header("Authorization")).contains(BASIC);
    }

    @Test
    void combinationSendsEverySchemeOfIt() {
        new SecretsApi(everything().build()).rotateSecret("db");

        RecordedRequest request = onlyRequestWith("X-Vault-Token", "Authorization");
        assertThat(request.rawPath()).isEqualTo("/v1/secrets/db/rotate");
        assertThat(request.header("X-Vault-Token")).contains(VAULT_TOKEN);
        assertThat(request.header("Authorization")).contains(BASIC);
    }

    @Test
    void emptySecuritySendsNoCredentialEvenWhenAllAreConfigured() {
        server.respond(StubResponse.json(200, "{\"sealed\": false}"));

        assertThat(new SystemApi(everything().build()).health().sealed_()).isFalse();

        assertThat(onlyRequestWith().rawQuery()).isNull();
    }

    @Test
    void missingCredentialFailsBeforeAnyRequestNamingTheSchemes() {
        ApiClient anonymous = builder().build();
        SecretsApi partial = new SecretsApi(builder().vaultToken(VAULT_TOKEN).build());

        assertThatThrownBy(() -> new SecretsApi(anonymous).writeSecret("db", value()))
                .isInstanceOfSatisfying(MissingCredentialException.class, e -> {
                    assertThat(e.operationId()).isEqualTo("writeSecret");
                    assertThat(e.alternatives()).containsExactly(List.of("bearerAuth"), List.of("basicAuth"));
                })
                .hasMessage("writeSecret needs credentials for one of: [bearerAuth], [basicAuth]");
        assertThatThrownBy(() -> partial.rotateSecret("db"))
                .isInstanceOf(MissingCredentialException.class)
                .hasMessage("rotateSecret needs credentials for one of: [vaultToken, basicAuth]");
        assertThatThrownBy(() -> new SecretsApi(anonymous).readSecret("db"))
                .hasMessage("readSecret needs credentials for one of: [vaultToken]");
        assertThatThrownBy(
                        () -> new SecretsApi(anonymous).destroySecretAsync("db").join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(MissingCredentialException.class)
                .hasRootCauseMessage("destroySecret needs credentials for one of: [oauth]");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void secretsShowNeitherInToStringNorInExceptions() {
        ApiClient.Builder builder = everything();
        ApiClient client = builder.build();
        server.respond(StubResponse.json(500, "{\"error\": \"sealed\"}"));
        Throwable rejected = catchThrowable(() -> new SecretsApi(client).listSecrets());
        Throwable missing = catchThrowable(
                () -> new SecretsApi(builder().queryKey(QUERY_KEY).build()).writeSecret("db", value()));

        assertThat(server.onlyRequest().query()).containsEntry("api_key", List.of(QUERY_KEY));
        assertThat(rejected)
                .as("the query key is added on the wire only, not to the URI errors report")
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.uri()).hasToString(server.baseUrl() + "/v1/secrets"));
        assertThat(missing).isInstanceOf(MissingCredentialException.class);
        String shown = String.join(
                "\n",
                client.toString(),
                client.invoker().toString(),
                builder.toString(),
                stackTrace(rejected),
                ((ApiException) rejected).response().toString(),
                stackTrace(missing));
        assertThat(shown).contains("ApiKey[query api_key]", "Basic[Authorization]");
        SECRETS.forEach(secret -> assertThat(shown).doesNotContain(secret));
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
