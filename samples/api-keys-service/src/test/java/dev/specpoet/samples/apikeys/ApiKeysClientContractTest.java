package dev.specpoet.samples.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.clients.apikeys.ApiClient;
import dev.specpoet.clients.apikeys.api.ApiKeysApi;
import dev.specpoet.clients.apikeys.model.APIKeysRolesEnum;
import dev.specpoet.clients.apikeys.model.ApiKeyResponse;
import dev.specpoet.clients.apikeys.model.NewApiKeyRequest;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.samples.contract.ClientFixture;
import dev.specpoet.samples.contract.GeneratedClientContract;
import dev.specpoet.samples.contract.UndeclaredProperties;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The fault-and-safety contract on the generated API-keys client, through its bearer token. Its
 * only path parameter is a UUID, which cannot carry the characters the encoding test sends, and
 * its response's roles are plain strings: the role enum exists on requests only.
 */
class ApiKeysClientContractTest extends GeneratedClientContract<ApiClient, ApiClient.Builder, RequestOptions> {
    private static final String KEY_JSON = """
            {"id": "9f1c0a52-3f5e-4a53-a2a4-6f2f1f6f0b1e", "key": "sk-abc", "is_active": true,
             "created_at": "2026-11-23T09:00:00+01:00", "roles": ["TASK-ADMIN"]}""";
    private static final String KEY_WITH_UNKNOWNS_JSON = """
            {"id": "9f1c0a52-3f5e-4a53-a2a4-6f2f1f6f0b1e", "key": "sk-abc", "is_active": true,
             "created_at": "2026-11-23T09:00:00+01:00", "roles": ["TASK-ADMIN", "BILLING-ADMIN"],
             "rotation": {"every_days": 90}}""";

    ApiKeysClientContractTest() {
        super(new ClientFixture(
                ApiClient.class,
                "Authorization",
                List.of("API Key"),
                "/auth/api_keys/%s",
                false,
                KEY_JSON,
                KEY_JSON,
                KEY_WITH_UNKNOWNS_JSON));
    }

    @Override
    protected ApiClient.Builder authenticate(ApiClient.Builder builder, String secret) {
        return builder.apiKey(secret);
    }

    @Override
    protected Object get(ApiClient client, String pathValue, RequestOptions options) {
        return new ApiKeysApi(client)
                .getApiKeyAuthApiKeysApiKeyIdGetWithResponse(UUID.fromString(pathValue), options)
                .body();
    }

    @Override
    protected CompletableFuture<?> getAsync(ApiClient client, String pathValue) {
        return new ApiKeysApi(client).getApiKeyAuthApiKeysApiKeyIdGetAsync(UUID.fromString(pathValue));
    }

    @Override
    protected Object post(ApiClient client, RequestOptions options) {
        NewApiKeyRequest request = NewApiKeyRequest.builder()
                .roles(List.of(APIKeysRolesEnum.ORG_AUDITOR))
                .build();
        return new ApiKeysApi(client)
                .createApiKeyAuthApiKeysPostWithResponse(request, options)
                .body();
    }

    @Override
    protected void assertUnknownsKept(Object body) {
        ApiKeyResponse key = (ApiKeyResponse) body;
        assertThat(key.isActive()).isTrue();
        assertThat(key.roles()).containsExactly("TASK-ADMIN", "BILLING-ADMIN");
        UndeclaredProperties.assertKeptKeys(key.additionalProperties(), "rotation");
    }
}
