package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperationTest {

    @Test
    void describesTheOperation() {
        Operation<Void> operation = Operation.builder("post", "companies/{companyId}/keys", ResponseType.none())
                .operationId("generateNewApiKey")
                .accept("application/json")
                .security(List.of(List.of("ApiKeyAuth"), List.of("BasicAuth")))
                .build();

        assertThat(operation.method()).isEqualTo("POST");
        assertThat(operation.pathTemplate()).isEqualTo("/companies/{companyId}/keys");
        assertThat(operation.operationId()).isEqualTo("generateNewApiKey");
        assertThat(operation.accept()).contains("application/json");
        assertThat(operation.security()).containsExactly(List.of("ApiKeyAuth"), List.of("BasicAuth"));
        assertThat(operation.isIdempotent()).isFalse();
        assertThat(operation).hasToString("Operation[generateNewApiKey: POST /companies/{companyId}/keys]");
        assertThat(Operation.builder("GET", "/x", ResponseType.none()).build().operationId())
                .isEqualTo("GET /x");
    }

    @Test
    void idempotentMethods() {
        for (String method : List.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE")) {
            assertThat(Operation.builder(method, "/", ResponseType.none())
                            .build()
                            .isIdempotent())
                    .as(method)
                    .isTrue();
        }
        assertThat(Operation.builder("PATCH", "/", ResponseType.none()).build().isIdempotent())
                .isFalse();
    }

    @Test
    void errorLookupPrefersExactThenRangeThenDefault() {
        ResponseType<String> exact = ResponseType.text();
        ResponseType<byte[]> range = ResponseType.bytes();
        ResponseType<Void> fallback = ResponseType.none();
        Operation<Void> operation = Operation.builder("GET", "/", ResponseType.none())
                .error("default", fallback)
                .error("4xx", range)
                .error("404", exact)
                .build();

        assertThat(operation.errorFor(404))
                .hasValueSatisfying(m -> assertThat(m.type()).isSameAs(exact));
        assertThat(operation.errorFor(400))
                .hasValueSatisfying(m -> assertThat(m.type()).isSameAs(range));
        assertThat(operation.errorFor(500))
                .hasValueSatisfying(m -> assertThat(m.type()).isSameAs(fallback));
        assertThat(Operation.builder("GET", "/", ResponseType.none()).build().errorFor(500))
                .isEmpty();
    }

    @Test
    void oneMappingDeclaredForSeveralStatuses() {
        ResponseType<String> problem = ResponseType.text();
        ErrorFactory<String> factory = (response, body) -> new ApiException(response, body);
        ResponseType<byte[]> page = ResponseType.bytes();
        Operation<Void> operation = Operation.builder("GET", "/", ResponseType.none())
                .errors(List.of("400", "403", "5xx"), problem, factory)
                .errors(List.of("404", "default"), page)
                .build();

        for (int status : List.of(400, 403, 500, 503)) {
            assertThat(operation.errorFor(status)).as("status %d", status).hasValueSatisfying(m -> {
                assertThat(m.type()).isSameAs(problem);
                assertThat(m.factory()).isSameAs(factory);
            });
        }
        for (int status : List.of(404, 401, 302)) {
            assertThat(operation.errorFor(status))
                    .as("status %d", status)
                    .hasValueSatisfying(m -> assertThat(m.type()).isSameAs(page));
        }
    }

    @Test
    void aStatusInTwoMappingsIsRefused() {
        Operation.Builder<Void> builder =
                Operation.builder("GET", "/", ResponseType.none()).errors(List.of("400", "401"), ResponseType.text());

        assertThatThrownBy(() -> builder.errors(List.of("402", "401"), ResponseType.bytes()))
                .hasMessageContaining("twice: '401'");
        assertThatThrownBy(() -> builder.errors(List.of("404", "4X"), ResponseType.bytes()))
                .hasMessageContaining("'4X'");
    }

    @Test
    void invalidDeclarationsAreRefused() {
        Operation.Builder<Void> builder =
                Operation.builder("GET", "/", ResponseType.none()).error("400", ResponseType.text());

        assertThatThrownBy(() -> builder.error("400", ResponseType.text())).hasMessageContaining("twice: '400'");
        assertThatThrownBy(() -> builder.error("4X", ResponseType.text())).hasMessageContaining("'4X'");
        assertThatThrownBy(() -> builder.error("600", ResponseType.text())).hasMessageContaining("'600'");
        assertThatThrownBy(() -> Operation.builder("GE T", "/", ResponseType.none()))
                .hasMessageContaining("'GE T'");
        assertThatThrownBy(() -> Operation.builder("GET", "/a/{", ResponseType.none()))
                .hasMessageContaining("/a/{");
        assertThatThrownBy(() -> Operation.builder("GET", "/a/{}", ResponseType.none()))
                .hasMessageContaining("/a/{}");
    }
}
