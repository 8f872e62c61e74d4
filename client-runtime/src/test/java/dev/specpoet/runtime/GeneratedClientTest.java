package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.runtime.TestServer.Reply;
import dev.specpoet.sample.ApiClient;
import dev.specpoet.sample.RestServiceErrorException;
import dev.specpoet.sample.model.GenerateApiKeyResponse;
import dev.specpoet.sample.model.Problem;
import dev.specpoet.sample.model.RestServiceError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives a client written as the generator writes one, from packages outside the runtime's. */
class GeneratedClientTest {
    private final TestServer server = TestServer.start();
    private final ApiClient client = ApiClient.builder()
            .baseUrl(server.url() + "/v3")
            .apiKeyAuth("key-1")
            .retryPolicy(Fixtures.FAST_RETRIES)
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void callsTheOperation() {
        server.enqueue(Reply.json(200, "{\"apiKey\":\"generated\"}"));

        GenerateApiKeyResponse response = client.apiKeyCompanyLevel().generateNewApiKey("C 1", "a/b");

        assertThat(response.apiKey()).isEqualTo("generated");
        assertThat(response.note()).isEqualTo(JsonNullable.undefined());
        TestServer.Recorded request = server.lastRequest();
        assertThat(request.rawPath()).isEqualTo("/v3/companies/C%201/apiCredentials/a%2Fb/generateApiKey");
        assertThat(request.header("X-API-Key")).contains("key-1");
        assertThat(request.header("User-Agent")).contains("specpoet-client/0.1.0 adyen-management-v3");
    }

    @Test
    void declaredErrorsBecomeTypedExceptions() {
        server.enqueue(Reply.json(400, "{\"errorCode\":\"702\",\"title\":\"Bad\",\"status\":400}"));
        server.enqueue(Reply.json(403, "{\"type\":\"forbidden\",\"title\":\"No\"}"));

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
        ApiClient anonymous = ApiClient.builder().baseUrl(server.url()).build();

        assertThatThrownBy(() -> anonymous.apiKeyCompanyLevel().generateNewApiKey("c", "a"))
                .isInstanceOf(MissingCredentialException.class)
                .hasMessage("generateNewApiKey needs credentials for one of: [ApiKeyAuth], [BasicAuth]");
        assertThat(server.requestCount()).isZero();
    }
}
