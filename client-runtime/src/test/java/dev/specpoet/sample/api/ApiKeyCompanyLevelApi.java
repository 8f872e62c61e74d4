package dev.specpoet.sample.api;

import dev.specpoet.runtime.ApiInvoker;
import dev.specpoet.runtime.ApiRequest;
import dev.specpoet.runtime.ApiResponse;
import dev.specpoet.runtime.Operation;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.runtime.ResponseType;
import dev.specpoet.sample.RestServiceErrorException;
import dev.specpoet.sample.model.GenerateApiKeyResponse;
import dev.specpoet.sample.model.Problem;
import dev.specpoet.sample.model.RestServiceError;
import java.util.List;

/** An API class shaped exactly like the generator's output. */
public final class ApiKeyCompanyLevelApi {
    private static final Operation<GenerateApiKeyResponse> GENERATE_NEW_API_KEY = Operation.builder(
                    "POST",
                    "/companies/{companyId}/apiCredentials/{apiCredentialId}/generateApiKey",
                    ResponseType.json(GenerateApiKeyResponse.class))
            .operationId("generateNewApiKey")
            .accept("application/json")
            .security(List.of(List.of("ApiKeyAuth"), List.of("BasicAuth")))
            .error("400", ResponseType.json(RestServiceError.class), RestServiceErrorException::new)
            .error("4XX", ResponseType.json(Problem.class))
            .build();

    private final ApiInvoker invoker;

    public ApiKeyCompanyLevelApi(ApiInvoker invoker) {
        this.invoker = invoker;
    }

    public GenerateApiKeyResponse generateNewApiKey(String companyId, String apiCredentialId) {
        return generateNewApiKeyWithResponse(companyId, apiCredentialId, RequestOptions.none())
                .body();
    }

    public ApiResponse<GenerateApiKeyResponse> generateNewApiKeyWithResponse(
            String companyId, String apiCredentialId, RequestOptions options) {
        return invoker.send(
                ApiRequest.builder(GENERATE_NEW_API_KEY)
                        .pathParam("companyId", companyId)
                        .pathParam("apiCredentialId", apiCredentialId)
                        .build(),
                options);
    }
}
