package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecurityTest {
    private static final Operation<Void> KEY_OR_BASIC = Operation.builder("POST", "/keys", ResponseType.none())
            .operationId("generateNewApiKey")
            .security(List.of(List.of("ApiKeyAuth"), List.of("BasicAuth")))
            .build();

    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    @BeforeEach
    void answerNoContent() {
        stub.server().respond(StubResponse.empty(204));
    }

    @Test
    void firstConfiguredAlternativeWinsAndOnlyItIsSent() {
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .credential("BasicAuth", Credential.basic("alice", "pw"))
                .credential("ApiKeyAuth", Credential.apiKeyHeader("X-API-Key", "k1"))
                .build();

        invoker.send(ApiRequest.builder(KEY_OR_BASIC).build(), RequestOptions.none());

        assertThat(stub.server().lastRequest().header("X-API-Key")).contains("k1");
        assertThat(stub.server().lastRequest().header("Authorization")).isEmpty();
    }

    @Test
    void laterAlternativeIsUsedWhenTheFirstIsNotConfigured() {
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .credential("BasicAuth", Credential.basic("alice", "pä:ss"))
                .build();

        invoker.send(ApiRequest.builder(KEY_OR_BASIC).build(), RequestOptions.none());

        String expected = Base64.getEncoder().encodeToString("alice:pä:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(stub.server().lastRequest().header("Authorization")).contains("Basic " + expected);
    }

    @Test
    void alternativeNeedsAllItsSchemes() {
        Operation<Void> both = Operation.builder("GET", "/both", ResponseType.none())
                .security(List.of(List.of("ApiKeyAuth", "TenantKey"), List.of()))
                .build();
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .credential("ApiKeyAuth", Credential.apiKeyHeader("X-API-Key", "k1"))
                .build();

        invoker.send(ApiRequest.builder(both).build(), RequestOptions.none());

        assertThat(stub.server().lastRequest().header("X-API-Key")).isEmpty();
    }

    @Test
    void emptyAlternativeAndNoSecuritySendNothing() {
        Operation<Void> optional = Operation.builder("GET", "/optional", ResponseType.none())
                .security(List.of(List.of()))
                .build();
        Operation<Void> open =
                Operation.builder("GET", "/open", ResponseType.none()).build();
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .credential("ApiKeyAuth", Credential.apiKeyHeader("X-API-Key", "k1"))
                .credential("BasicAuth", Credential.basic("alice", "pw"))
                .build();

        invoker.send(ApiRequest.builder(optional).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(open).build(), RequestOptions.none());

        assertThat(stub.server().requests()).allSatisfy(request -> {
            assertThat(request.header("X-API-Key")).isEmpty();
            assertThat(request.header("Authorization")).isEmpty();
        });
    }

    @Test
    void missingCredentialsFailBeforeAnyRequest() {
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .credential("OtherAuth", Credential.bearer("t"))
                .build();

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(KEY_OR_BASIC).build(), RequestOptions.none()))
                .isInstanceOfSatisfying(MissingCredentialException.class, e -> {
                    assertThat(e.operationId()).isEqualTo("generateNewApiKey");
                    assertThat(e.alternatives()).isEqualTo(KEY_OR_BASIC.security());
                })
                .hasMessage("generateNewApiKey needs credentials for one of: [ApiKeyAuth], [BasicAuth]");
        assertThat(stub.server().requests().size()).isZero();
    }

    @Test
    void apiKeysGoInQueryAndCookie() {
        Operation<Void> operation = Operation.builder("GET", "/q", ResponseType.none())
                .security(List.of(List.of("QueryKey", "CookieKey")))
                .build();
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .credential("QueryKey", Credential.apiKeyQuery("api_key", "a b&c"))
                .credential("CookieKey", Credential.apiKeyCookie("sid", "s1"))
                .build();

        invoker.send(
                ApiRequest.builder(operation)
                        .queryParam("page", 2)
                        .cookie("theme", "dark")
                        .build(),
                RequestOptions.none());

        assertThat(stub.server().lastRequest().rawQuery()).isEqualTo("page=2&api_key=a%20b%26c");
        assertThat(stub.server().lastRequest().header("Cookie")).contains("theme=dark; sid=s1");
    }

    @Test
    void bearerSupplierIsAskedPerRequest() {
        AtomicInteger rotation = new AtomicInteger();
        Operation<Void> operation = Operation.builder("GET", "/b", ResponseType.none())
                .security(List.of(List.of("BearerAuth")))
                .build();
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .credential("BearerAuth", Credential.bearer(() -> "token-" + rotation.incrementAndGet()))
                .build();

        invoker.send(ApiRequest.builder(operation).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(operation).build(), RequestOptions.none());

        assertThat(stub.server().requests())
                .extracting(request -> request.header("Authorization").orElseThrow())
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void supplierWithoutTokenOrWithControlCharactersFailsWithoutEchoing() {
        Operation<Void> operation = Operation.builder("GET", "/b", ResponseType.none())
                .security(List.of(List.of("BearerAuth")))
                .build();
        ApiInvoker empty = Fixtures.invoker(stub.server().baseUrl())
                .credential("BearerAuth", Credential.bearer(() -> null))
                .build();
        ApiInvoker injected = Fixtures.invoker(stub.server().baseUrl())
                .credential("BearerAuth", Credential.bearer(() -> "tok\r\nX-Evil: 1"))
                .build();

        assertThatThrownBy(() -> empty.send(ApiRequest.builder(operation).build(), RequestOptions.none()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> injected.send(ApiRequest.builder(operation).build(), RequestOptions.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Authorization")
                .hasMessageNotContaining("X-Evil");
        assertThat(stub.server().requests().size()).isZero();
    }

    @Test
    void credentialsDescribeThemselvesWithoutSecrets() {
        assertThat(Credential.apiKeyHeader("X-API-Key", "secret")).hasToString("ApiKey[header X-API-Key]");
        assertThat(Credential.apiKeyQuery("api_key", "secret")).hasToString("ApiKey[query api_key]");
        assertThat(Credential.apiKeyCookie("sid", () -> "secret")).hasToString("ApiKey[cookie sid]");
        assertThat(Credential.basic("alice", "secret")).hasToString("Basic[Authorization]");
        assertThat(Credential.bearer("secret")).hasToString("Bearer[Authorization]");
        assertThat(Credential.oauth2ClientCredentials("https://auth/token", "client", "secret", List.of()))
                .hasToString("OAuth2ClientCredentials[token https://auth/token, client client]");
    }
}
