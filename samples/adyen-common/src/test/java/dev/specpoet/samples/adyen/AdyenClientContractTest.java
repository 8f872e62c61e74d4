package dev.specpoet.samples.adyen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.samples.adyen.client.ApiClient;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.samples.adyen.client.api.MyApiCredentialApi;
import dev.specpoet.samples.adyen.client.model.AllowedOrigin;
import dev.specpoet.samples.adyen.client.model.CreateAllowedOriginRequest;
import dev.specpoet.samples.contract.ClientFixture;
import dev.specpoet.samples.contract.GeneratedClientContract;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The fault-and-safety contract on the generated Adyen Management client (v1 and v3 alike), through
 * the API key in {@code X-API-Key}; the Adyen specs declare no enums, so only unknown fields are
 * checked for.
 */
class AdyenClientContractTest extends GeneratedClientContract<ApiClient, ApiClient.Builder, RequestOptions> {
    private static final String ORIGIN_JSON = "{\"id\": \"S2-9\", \"domain\": \"https://shop.example\"}";
    private static final String ORIGIN_WITH_UNKNOWNS_JSON = """
            {"id": "S2-9", "domain": "https://shop.example", "addedLater": {"nested": [1, 2]},
             "_links": {"self": {"href": "https://x.example/S2-9"}, "next": {"href": "https://x.example/S2-10"}}}""";

    AdyenClientContractTest() {
        super(new ClientFixture(
                ApiClient.class,
                "X-API-Key",
                List.of("BasicAuth", "ApiKeyAuth"),
                "/me/allowedOrigins/%s",
                true,
                ORIGIN_JSON,
                ORIGIN_JSON,
                ORIGIN_WITH_UNKNOWNS_JSON));
    }

    @Override
    protected ApiClient.Builder authenticate(ApiClient.Builder builder, String secret) {
        return builder.apiKeyAuth(secret);
    }

    @Override
    protected Object get(ApiClient client, String pathValue, RequestOptions options) {
        return new MyApiCredentialApi(client)
                .getAllowedOriginDetailsWithResponse(pathValue, options)
                .body();
    }

    @Override
    protected CompletableFuture<?> getAsync(ApiClient client, String pathValue) {
        return new MyApiCredentialApi(client).getAllowedOriginDetailsAsync(pathValue);
    }

    @Override
    protected Object post(ApiClient client, RequestOptions options) {
        CreateAllowedOriginRequest origin = CreateAllowedOriginRequest.builder()
                .domain("https://shop.example")
                .build();
        return new MyApiCredentialApi(client)
                .addAllowedOriginWithResponse(origin, options)
                .body();
    }

    @Override
    protected void assertUnknownsKept(Object body) {
        AllowedOrigin origin = (AllowedOrigin) body;
        assertThat(origin.domain()).isEqualTo("https://shop.example");
        assertThat(origin.links().self().href()).isEqualTo("https://x.example/S2-9");
    }
}
