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
