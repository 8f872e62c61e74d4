package dev.specpoet.samples.cartovista;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.clients.cartovista.ApiClient;
import dev.specpoet.clients.cartovista.api.ApiKeyApi;
import dev.specpoet.clients.cartovista.model.AccessKeyDTO;
import dev.specpoet.clients.cartovista.model.ApiModeEnum;
import dev.specpoet.clients.cartovista.model.CreateApiKeyParameter;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.samples.contract.ClientFixture;
import dev.specpoet.samples.contract.GeneratedClientContract;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The fault-and-safety contract on the generated CartoVista client, through its access key header. */
class CartoVistaClientContractTest extends GeneratedClientContract<ApiClient, ApiClient.Builder, RequestOptions> {
    private static final String KEY_JSON = "{\"accessKey\": \"3f0c2b1e\", \"mode\": \"1\", \"enabled\": true}";
    private static final String KEY_WITH_UNKNOWNS_JSON =
            "[{\"accessKey\": \"3f0c2b1e\", \"mode\": \"7\", \"enabled\": true, \"region\": \"eu-west\"}]";

    CartoVistaClientContractTest() {
        super(new ClientFixture(
                ApiClient.class,
                "apiKey",
                List.of("apiKey", "secretKey"),
                "/acme/api/v2/User/%s/ApiKey",
                true,
                "[" + KEY_JSON + "]",
                KEY_JSON,
                KEY_WITH_UNKNOWNS_JSON));
    }

    @Override
    protected ApiClient.Builder authenticate(ApiClient.Builder builder, String secret) {
        return builder.apiKey(secret);
    }

    @Override
    protected Object get(ApiClient client, String pathValue, RequestOptions options) {
        return new ApiKeyApi(client)
                .apiKeyGetAccessKeysWithResponse("acme", pathValue, options)
                .body();
    }

    @Override
    protected CompletableFuture<?> getAsync(ApiClient client, String pathValue) {
        return new ApiKeyApi(client).apiKeyGetAccessKeysAsync("acme", pathValue);
    }

    @Override
    protected Object post(ApiClient client, RequestOptions options) {
        CreateApiKeyParameter parameter =
                CreateApiKeyParameter.builder().notes("export").build();
        return new ApiKeyApi(client)
                .apiKeyCreateAccessKeyWithResponse("acme", "jane", parameter, options)
                .body();
    }

    @Override
    protected void assertUnknownsKept(Object body) {
        AccessKeyDTO key = (AccessKeyDTO) ((List<?>) body).get(0);
        assertThat(key.enabled()).isTrue();
        assertThat(key.mode().isKnown()).isFalse();
        assertThat(key.mode().value()).isEqualTo("7");
        assertThat(key.mode()).isNotEqualTo(ApiModeEnum._1);
    }
}
