package dev.specpoet.sample;

import dev.specpoet.runtime.ApiClientBuilder;
import dev.specpoet.runtime.ApiInvoker;
import dev.specpoet.runtime.Credential;
import dev.specpoet.sample.api.ApiKeyCompanyLevelApi;

/** A client shaped exactly like the generator's output, compiled against the runtime's public API. */
public final class ApiClient {
    private final ApiKeyCompanyLevelApi apiKeyCompanyLevel;

    private ApiClient(ApiInvoker invoker) {
        this.apiKeyCompanyLevel = new ApiKeyCompanyLevelApi(invoker);
    }

    public static Builder builder() {
        return new Builder();
    }

    public ApiKeyCompanyLevelApi apiKeyCompanyLevel() {
        return apiKeyCompanyLevel;
    }

    /** Configures an {@link ApiClient}. */
    public static final class Builder extends ApiClientBuilder<Builder> {
        Builder() {
            baseUrl("https://management-test.adyen.com/v3");
            userAgent("specpoet-client/0.1.0 adyen-management-v3");
        }

        public Builder apiKeyAuth(String apiKey) {
            return credential("ApiKeyAuth", Credential.apiKeyHeader("X-API-Key", apiKey));
        }

        public Builder basicAuth(String username, String password) {
            return credential("BasicAuth", Credential.basic(username, password));
        }

        @Override
        protected Builder self() {
            return this;
        }

        public ApiClient build() {
            return new ApiClient(buildInvoker());
        }
    }
}
