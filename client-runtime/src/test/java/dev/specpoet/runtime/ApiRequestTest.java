package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
    private static final Operation<Void> OPERATION = Operation.builder(
                    "GET", "/companies/{companyId}/keys/{keyId}", ResponseType.none())
            .operationId("getKey")
            .build();

    @Test
    void nullOrEmptyPathParametersAreNamedButNotEchoed() {
        ApiRequest.Builder<Void> builder = ApiRequest.builder(OPERATION);

        assertThatThrownBy(() -> builder.pathParam("companyId", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path parameter 'companyId' must not be null");
        assertThatThrownBy(() -> builder.pathParam("companyId", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path parameter 'companyId' must not be empty");
        assertThatThrownBy(() -> builder.pathParam("keyId", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path parameter 'keyId' must not be empty");
    }

    @Test
    void unknownAndMissingPathParametersAreRefused() {
        assertThatThrownBy(() -> ApiRequest.builder(OPERATION).pathParam("other", "x"))
                .hasMessage("getKey has no path parameter 'other'");
        assertThatThrownBy(() -> ApiRequest.builder(OPERATION)
                        .pathParam("companyId", "c")
                        .build())
                .hasMessage("getKey is missing path parameters [keyId]");
    }

    @Test
    void toStringNamesParametersWithoutValues() {
        ApiRequest<Void> request = ApiRequest.builder(OPERATION)
                .pathParam("companyId", "c-secret")
                .pathParam("keyId", "k-secret")
                .queryParam("q", "q-secret")
                .header("X-Token", "h-secret")
                .cookie("sid", "s-secret")
                .build();

        assertThat(request.toString())
                .contains("getKey", "companyId", "X-Token", "sid")
                .doesNotContain("secret");
        assertThat(request.operation()).isSameAs(OPERATION);
    }
}
