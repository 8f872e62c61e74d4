package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {

    @Test
    void holdsPerCallSettings() {
        RequestOptions options = RequestOptions.builder()
                .header("X-Request-Id", "r1")
                .timeout(Duration.ofSeconds(3))
                .idempotencyKey("k1")
                .retryPolicy(RetryPolicy.none())
                .streamIdleTimeout(Duration.ofSeconds(30))
                .build();

        assertThat(options.headers().get("x-request-id")).isEqualTo("r1");
        assertThat(options.streamIdleTimeout()).contains(Duration.ofSeconds(30));
        assertThat(options.toBuilder().streamIdleTimeout(Duration.ofSeconds(31)).build())
                .isNotEqualTo(options);
        assertThat(options.timeout()).contains(Duration.ofSeconds(3));
        assertThat(options.idempotencyKey()).contains("k1");
        assertThat(options.retryPolicy()).contains(RetryPolicy.none());
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(RequestOptions.none().headers()).isEmpty();
        assertThat(RequestOptions.none().timeout()).isEmpty();
    }

    @Test
    void toStringMasksSecrets() {
        RequestOptions options = RequestOptions.builder()
                .header("Authorization", "Bearer abc")
                .header("X-Api-Key", "def")
                .header("X-Request-Id", "visible")
                .idempotencyKey("ghi")
                .build();

        assertThat(options.toString()).contains("visible", "****").doesNotContain("abc", "def", "ghi");
    }

    @Test
    void refusesBadValues() {
        assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("a\nb"))
                .hasMessageContaining("Idempotency-Key");
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
                .hasMessageContaining("PT0S");
        assertThatThrownBy(() -> RequestOptions.builder().streamIdleTimeout(Duration.ofSeconds(-1)))
                .hasMessageContaining("streamIdleTimeout");
    }
}
