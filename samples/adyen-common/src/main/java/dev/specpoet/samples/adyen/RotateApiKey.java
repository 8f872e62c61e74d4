package dev.specpoet.samples.adyen;

import dev.specpoet.samples.adyen.client.ApiClient;
import dev.specpoet.runtime.Page;
import dev.specpoet.samples.adyen.client.api.ApiCredentialsCompanyLevelApi;
import dev.specpoet.samples.adyen.client.api.ApiKeyCompanyLevelApi;
import dev.specpoet.samples.adyen.client.api.ApiCredentialsCompanyLevelApi.ListApiCredentialsParams;
import dev.specpoet.samples.adyen.client.model.CompanyApiCredential;
import dev.specpoet.samples.adyen.client.model.GenerateApiKeyResponse;
import dev.specpoet.samples.adyen.client.model.ListCompanyApiCredentialsResponse;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;

/**
 * Rotates the API key of a company-level API credential, then lists the company's credentials.
 *
 * <p>Without arguments it talks to a stub server on 127.0.0.1, so it runs offline. With {@code
 * --live} it uses Adyen's test environment and the key in the {@code ADYEN_API_KEY} variable.
 */
public final class RotateApiKey {
    private static final String COMPANY = "YOUR_COMPANY_ACCOUNT";
    private static final String CREDENTIAL = "S2-6262224667";

    private RotateApiKey() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--live")) {
            String key = System.getenv("ADYEN_API_KEY");
            if (key == null || key.isBlank()) {
                System.err.println("Set ADYEN_API_KEY to run against Adyen's test environment.");
                System.exit(2);
            }
            run(ApiClient.builder().apiKeyAuth(key).build());
            return;
        }
        try (StubServer adyen = stubbedAdyen()) {
            System.out.println("Talking to a stub Adyen at " + adyen.baseUrl());
            run(ApiClient.builder()
                    .baseUrl(adyen.baseUrl())
                    .apiKeyAuth("AQE-test-key")
                    .build());
            System.out.println("Requests sent: " + adyen.requests().size());
        }
    }

    static void run(ApiClient client) {
        ApiKeyCompanyLevelApi apiKeys = new ApiKeyCompanyLevelApi(client);
        GenerateApiKeyResponse rotated = apiKeys.generateNewApiKey(COMPANY, CREDENTIAL);
        // Never print a whole key: show that one came back, and how long it is.
        System.out.printf(
                "New API key for %s: %d characters (the old one keeps working for 24 hours)%n",
                CREDENTIAL, rotated.apiKey().length());

        ApiCredentialsCompanyLevelApi credentials = new ApiCredentialsCompanyLevelApi(client);
        Page<CompanyApiCredential, ListCompanyApiCredentialsResponse> page = credentials.listApiCredentials(
                COMPANY, ListApiCredentialsParams.builder().pageSize(10).build());
        System.out.printf("%s has %d API credentials:%n", COMPANY, page.body().itemsTotal());
        // Every credential of every page: later pages are fetched as the loop reaches them.
        for (CompanyApiCredential credential : page.autoPaging()) {
            System.out.printf(
                    "  %s %-40s active=%s roles=%d%n",
                    credential.id(), credential.username(), credential.active(), credential.roles().size());
        }
    }

    private static StubServer stubbedAdyen() {
        return StubServer.start()
                .route(
                        "POST",
                        "/companies/[^/]+/apiCredentials/[^/]+/generateApiKey",
                        StubResponse.json(200, "{\"apiKey\":\"AQEyhmfxK4PNaBdGw0m/n3Q5qf3VaY9UCJ14XWZE03G/k2NFikzVGEiYj\"}"))
                .route("GET", "/companies/[^/]+/apiCredentials", StubResponse.json(200, """
                        {"itemsTotal": 2, "pagesTotal": 1,
                         "data": [
                           {"id": "S2-6262224667", "username": "ws_123456@Company.YOUR_COMPANY_ACCOUNT",
                            "clientKey": "test_UCP6BO23", "allowedIpAddresses": [], "active": true,
                            "roles": ["Management API - API credentials read and write"],
                            "associatedMerchantAccounts": ["YOUR_MERCHANT_ACCOUNT"]},
                           {"id": "S2-3764427628", "username": "ws_654321@Company.YOUR_COMPANY_ACCOUNT",
                            "clientKey": "test_LFG2VN4X", "allowedIpAddresses": [], "active": false,
                            "roles": ["Management API - Accounts read", "Management API - Webhooks read"]}
                         ],
                         "_links": {"self": {"href": "https://management-test.adyen.com/v3/companies/YOUR_COMPANY_ACCOUNT/apiCredentials?pageNumber=1&pageSize=10"}}}
                        """));
    }
}
