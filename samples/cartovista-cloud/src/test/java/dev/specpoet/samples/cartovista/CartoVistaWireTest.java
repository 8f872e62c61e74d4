package dev.specpoet.samples.cartovista;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.clients.cartovista.ApiClient;
import dev.specpoet.clients.cartovista.api.ApiKeyApi;
import dev.specpoet.clients.cartovista.model.AccessKeyDTO;
import dev.specpoet.clients.cartovista.model.ApiModeEnum;
import dev.specpoet.clients.cartovista.model.CreateApiKeyParameter;
import dev.specpoet.runtime.ApiException;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import dev.specpoet.testserver.StubServerExtension;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Calls the five operations of the generated CartoVista client against a stub server on 127.0.0.1. */
class CartoVistaWireTest {
    private static final String ACCESS_KEY = "access-7c1d";
    private static final String SECRET_KEY = "secret-99ab";
    private static final String KEY_JSON = """
            {"accessKey": "3f0c2b1e", "hasAccessKey": true, "mode": "1", "enabled": true,
             "userId": "u-1", "creationTime": "2026-01-02T03:04:05Z", "ipWhitelisting": ["10.0.0.0/8"]}""";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final StubServerExtension stub = new StubServerExtension();

    private static StubServer server;
    private static ApiKeyApi api;

    @BeforeAll
    static void start() {
        server = stub.server();
        api = new ApiKeyApi(ApiClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey(ACCESS_KEY)
                .secretKey(SECRET_KEY)
                .build());
    }

    @BeforeEach
    void reset() {
        server.clear();
    }

    private static RecordedRequest sent(String method, String rawPath) {
        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo(method);
        assertThat(request.rawPath()).isEqualTo(rawPath);
        assertThat(request.header("apiKey")).contains(ACCESS_KEY);
        assertThat(request.header("secretKey")).contains(SECRET_KEY);
        assertThat(request.hasHeader("Authorization")).isFalse();
        return request;
    }

    @Test
    void listsAccessKeysOfAUser() {
        server.respond(StubResponse.json(200, "[" + KEY_JSON + "]"));

        List<AccessKeyDTO> keys = api.apiKeyGetAccessKeys("acme", "jane.doe@acme.com");

        assertThat(sent("GET", "/acme/api/v2/User/jane.doe%40acme.com/ApiKey").body())
                .isEmpty();
        assertThat(keys).singleElement().satisfies(key -> {
            assertThat(key.mode()).isEqualTo(ApiModeEnum._1);
            assertThat(key.enabled()).isTrue();
            assertThat(key.creationTime()).isEqualTo(OffsetDateTime.parse("2026-01-02T03:04:05Z"));
        });
    }

    @Test
    void createsAccessKeyWithJsonBody() throws Exception {
        server.respond(StubResponse.json(200, KEY_JSON));

        AccessKeyDTO key = api.apiKeyCreateAccessKey(
                "acme",
                "jane doe",
                CreateApiKeyParameter.builder()
                        .notes("export")
                        .ipWhitelisting(List.of("203.0.113.0/24"))
                        .build());

        RecordedRequest request = sent("POST", "/acme/api/v2/User/jane%20doe/ApiKey");
        assertThat(request.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(request.body()))
                .isEqualTo(JSON.readTree("{\"notes\":\"export\",\"ipWhitelisting\":[\"203.0.113.0/24\"]}"));
        assertThat(key.hasAccessKey()).isTrue();
    }

    @Test
    void updatesAccessKeyAndReturnsNothing() throws Exception {
        server.respond(StubResponse.empty(204));

        api.apiKeyUpdateAccessKey(
                "acme",
                AccessKeyDTO.builder()
                        .accessKey("3f0c2b1e")
                        .enabled(false)
                        .mode(ApiModeEnum._0)
                        .build());

        RecordedRequest request = sent("POST", "/acme/api/v2/ApiKey");
        assertThat(JSON.readTree(request.body()))
                .isEqualTo(JSON.readTree("{\"accessKey\":\"3f0c2b1e\",\"enabled\":false,\"mode\":\"0\"}"));
    }

    @Test
    void deletesAccessKey() {
        server.respond(StubResponse.empty(200));

        api.apiKeyDeleteApiKey("acme", "3f0c2b1e");

        assertThat(sent("DELETE", "/acme/api/v2/ApiKey/3f0c2b1e").body()).isEmpty();
    }

    @Test
    void generatesSecretKeyAsPlainString() {
        server.respond(StubResponse.json(200, "\"bmV3LXNlY3JldA==\""));

        String secret = api.apiKeyGenerateSecretKey("acme", "3f0c2b1e");

        sent("POST", "/acme/api/v2/ApiKey/3f0c2b1e/generateSecret");
        assertThat(secret).isEqualTo("bmV3LXNlY3JldA==");
    }

    @Test
    void accessKeyAloneSatisfiesTheSecondSecurityAlternative() {
        server.respond(StubResponse.json(200, "[]"));
        ApiKeyApi withoutSecret = new ApiKeyApi(
                ApiClient.builder().baseUrl(server.baseUrl()).apiKey(ACCESS_KEY).build());

        assertThat(withoutSecret.apiKeyGetAccessKeys("acme", "u")).isEmpty();

        RecordedRequest request = server.onlyRequest();
        assertThat(request.header("apiKey")).contains(ACCESS_KEY);
        assertThat(request.hasHeader("secretKey")).isFalse();
    }

    @Test
    void errorStatusKeepsStatusAndBodyButNotTheKeys() {
        server.respond(StubResponse.json(403, "{\"Message\":\"Authorization has been denied for this request.\"}"));

        ApiException error = catchThrowableOfType(ApiException.class, () -> api.apiKeyDeleteApiKey("acme", "k"));

        assertThat(error.statusCode()).isEqualTo(403);
        assertThat(error.rawBody()).contains("denied");
        assertThat(error.getMessage()).doesNotContain(ACCESS_KEY, SECRET_KEY);
        assertThat(error.toString()).doesNotContain(ACCESS_KEY, SECRET_KEY);
    }

    @Test
    void defaultsToTheCartoVistaCloud() {
        assertThat(ApiClient.DEFAULT_BASE_URL).isEqualTo("https://cloud.cartovista.com");
    }

    @Test
    void runsTheSecureAccessKeyProgram() {
        server.route("POST", ".*/User/.*", StubResponse.json(200, KEY_JSON));
        server.route("POST", ".*/generateSecret", StubResponse.json(200, "\"c2VjcmV0\""));

        SecureAccessKey.run(
                ApiClient.builder().baseUrl(server.baseUrl()).apiKey(ACCESS_KEY).build());

        assertThat(server.requests())
                .extracting(RecordedRequest::rawPath)
                .containsExactly("/acme/api/v2/User/jane.doe/ApiKey", "/acme/api/v2/ApiKey/3f0c2b1e/generateSecret");
    }
}
