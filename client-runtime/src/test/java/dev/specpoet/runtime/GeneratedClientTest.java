package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.sample.ApiClient;
import dev.specpoet.sample.RestServiceErrorException;
import dev.specpoet.sample.model.GenerateApiKeyResponse;
import dev.specpoet.sample.model.Problem;
import dev.specpoet.sample.model.RestServiceError;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Drives a client written as the generator writes one, from packages outside the runtime's. */
class GeneratedClientTest {
    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = ApiClient.builder()
                .baseUrl(stub.server().baseUrl() + "/v3")
                .apiKeyAuth("key-1")
                .retryPolicy(Fixtures.FAST_RETRIES)
                .build();
    }

    @Test
    void callsTheOperation() {
        stub.server().respondInOrder(StubResponse.json(200, "{\"apiKey\":\"generated\"}"));

        GenerateApiKeyResponse response = client.apiKeyCompanyLevel().generateNewApiKey("C 1", "a/b");

        assertThat(response.apiKey()).isEqualTo("generated");
        assertThat(response.note()).isEqualTo(JsonNullable.undefined());
        RecordedRequest request = stub.server().lastRequest();
        assertThat(request.rawPath()).isEqualTo("/v3/companies/C%201/apiCredentials/a%2Fb/generateApiKey");
        assertThat(request.header("X-API-Key")).contains("key-1");
        assertThat(request.header("User-Agent")).contains("specpoet-client/0.1.0 adyen-management-v3");
    }

    @Test
    void declaredErrorsBecomeTypedExceptions() {
        stub.server()
                .respondInOrder(StubResponse.json(400, "{\"errorCode\":\"702\",\"title\":\"Bad\",\"status\":400}"));
        stub.server().respondInOrder(StubResponse.json(403, "{\"type\":\"forbidden\",\"title\":\"No\"}"));

        assertThatThrownBy(() -> client.apiKeyCompanyLevel().generateNewApiKey("c", "a"))
                .isInstanceOfSatisfying(
                        RestServiceErrorException.class,
                        e -> assertThat(e.error()).isEqualTo(new RestServiceError("702", "Bad", 400)));
        assertThatThrownBy(() -> client.apiKeyCompanyLevel().generateNewApiKey("c", "a"))
                .isExactlyInstanceOf(ApiException.class)
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errorBody(Problem.class)).contains(new Problem("forbidden", "No")));
    }

    @Test
    void unconfiguredClientFailsBeforeSending() {
        ApiClient anonymous =
                ApiClient.builder().baseUrl(stub.server().baseUrl()).build();

        assertThatThrownBy(() -> anonymous.apiKeyCompanyLevel().generateNewApiKey("c", "a"))
                .isInstanceOf(MissingCredentialException.class)
                .hasMessage("generateNewApiKey needs credentials for one of: [ApiKeyAuth], [BasicAuth]");
        assertThat(stub.server().requests().size()).isZero();
    }
}
