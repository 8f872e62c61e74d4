package dev.specpoet.samples.cartovista;

import dev.specpoet.clients.cartovista.ApiClient;
import dev.specpoet.clients.cartovista.api.ApiKeyApi;
import dev.specpoet.clients.cartovista.model.AccessKeyDTO;
import dev.specpoet.clients.cartovista.model.CreateApiKeyParameter;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.util.List;

/**
 * Creates an access key restricted to one IP range, then generates its secret key, against a stub
 * CartoVista on 127.0.0.1.
 */
public final class SecureAccessKey {
    private SecureAccessKey() {}

    public static void main(String[] args) {
        try (StubServer server = StubServer.start()
                .route("POST", "/acme/api/v2/User/[^/]+/ApiKey", StubResponse.json(200, """
                        {"accessKey": "3f0c2b1e", "hasAccessKey": true, "mode": "1", "enabled": true,
                         "notes": "nightly export", "ipWhitelisting": ["203.0.113.0/24"]}"""))
                .route("POST", "/acme/api/v2/ApiKey/[^/]+/generateSecret", StubResponse.json(200, "\"c2VjcmV0\""))) {
            run(ApiClient.builder()
                    .baseUrl(server.baseUrl())
                    .apiKey("admin-access-key")
                    .build());
        }
    }

    static void run(ApiClient client) {
        ApiKeyApi keys = new ApiKeyApi(client);
        AccessKeyDTO created = keys.apiKeyCreateAccessKey(
                "acme",
                "jane.doe",
                CreateApiKeyParameter.builder()
                        .notes("nightly export")
                        .ipWhitelisting(List.of("203.0.113.0/24"))
                        .build());
        System.out.println("Created access key, mode " + created.mode() + ", enabled " + created.enabled());
        String secret = keys.apiKeyGenerateSecretKey("acme", created.accessKey());
        // Show that a secret came back, never the secret itself.
        System.out.println("Secret key generated: " + secret.length() + " characters");
    }
}
