package dev.specpoet.samples.apikeys;

import dev.specpoet.clients.apikeys.ApiClient;
import dev.specpoet.clients.apikeys.api.ApiKeysApi;
import dev.specpoet.clients.apikeys.model.APIKeysRolesEnum;
import dev.specpoet.clients.apikeys.model.ApiKeyResponse;
import dev.specpoet.clients.apikeys.model.NewApiKeyRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.util.List;
import java.util.UUID;

/** Creates a key, reads it back and deactivates it, against a stub server on 127.0.0.1. */
public final class KeyLifecycle {
    private KeyLifecycle() {}

    public static void main(String[] args) {
        String id = "9f1c0a52-3f5e-4a53-a2a4-6f2f1f6f0b1e";
        String created = """
                {"id": "%s", "key": "sk-live-abc", "description": "ci", "is_active": true,
                 "created_at": "2026-11-23T09:00:00Z", "roles": ["TASK-ADMIN"]}""".formatted(id);
        try (StubServer server = StubServer.start()
                .route("POST", "/auth/api_keys/", StubResponse.json(200, created))
                .route("GET", "/auth/api_keys/.+", StubResponse.json(200, created))
                .route(
                        "DELETE",
                        "/auth/api_keys/deactivate/.+",
                        StubResponse.json(
                                200,
                                created.replace(
                                        "\"is_active\": true",
                                        "\"is_active\": false, \"deactivated_at\": \"2026-11-23T10:00:00Z\"")))) {
            run(ApiClient.builder()
                    .baseUrl(server.baseUrl())
                    .apiKey("bearer-token")
                    .build());
        }
    }

    static void run(ApiClient client) {
        ApiKeysApi keys = new ApiKeysApi(client);
        ApiKeyResponse key = keys.createApiKeyAuthApiKeysPost(NewApiKeyRequest.builder()
                .description("ci")
                .roles(List.of(APIKeysRolesEnum.TASK_ADMIN))
                .build());
        System.out.println("Created key " + key.id() + ", active: " + key.isActive());
        UUID id = UUID.fromString(key.id());
        System.out.println("Read back: "
                + keys.getApiKeyAuthApiKeysApiKeyIdGet(id).description().orElse("-"));
        ApiKeyResponse gone = keys.deactivateApiKeyAuthApiKeysDeactivateApiKeyIdDelete(id);
        System.out.println("Deactivated at " + gone.deactivatedAt().orElse(null));
    }
}
