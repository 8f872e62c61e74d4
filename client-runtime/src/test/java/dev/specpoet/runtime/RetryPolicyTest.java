package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy exact = RetryPolicy.builder().jitter(false).build();

    @Test
    void defaults() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxRetries()).isEqualTo(2);
        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.multiplier()).isEqualTo(2.0);
        assertThat(policy.jitter()).isTrue();
        assertThat(policy.retryStatuses()).containsExactlyInAnyOrder(408, 429, 502, 503, 504);
        assertThat(policy.retryNonIdempotent()).isFalse();
        assertThat(policy.respectRetryAfter()).isTrue();
        assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.none().maxRetries()).isZero();
        assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        RetryPolicy policy = exact.toBuilder().maxRetries(10).build();

        assertThat(policy.backoff(0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.backoff(9)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitterStaysBetweenHalfAndFull() {
        for (int i = 0; i < 100; i++) {
            assertThat(RetryPolicy.defaults().backoff(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        }
    }

    @Test
    void statusDecisions() {
        assertThat(exact.delayAfterStatus(503, 0, true, Optional.empty())).contains(Duration.ofMillis(200));
        assertThat(exact.delayAfterStatus(500, 0, true, Optional.empty())).isEmpty();
        assertThat(exact.delayAfterStatus(503, 0, false, Optional.empty())).isEmpty();
        assertThat(exact.delayAfterStatus(503, 2, true, Optional.empty())).isEmpty();
        assertThat(exact.delayAfterStatus(429, 0, true, Optional.of("7"))).contains(Duration.ofSeconds(7));
        assertThat(exact.delayAfterStatus(429, 0, true, Optional.of("31"))).isEmpty();
        assertThat(exact.toBuilder().respectRetryAfter(false).build().delayAfterStatus(429, 0, true, Optional.of("31")))
                .contains(Duration.ofMillis(200));
        assertThat(exact.delayAfterStatus(429, 0, true, Optional.of("soon"))).contains(Duration.ofMillis(200));
        assertThat(exact.toBuilder()
                        .retryStatuses(Set.of(500))
                        .build()
                        .delayAfterStatus(500, 0, true, Optional.empty()))
                .isPresent();
    }

    @Test
    void failureDecisions() {
        assertThat(exact.delayAfterFailure(0, true)).contains(Duration.ofMillis(200));
        assertThat(exact.delayAfterFailure(0, false)).isEmpty();
        assertThat(exact.delayAfterFailure(2, true)).isEmpty();
    }

    @Test
    void retryAfterParsesSecondsAndHttpDates() {
        Instant now = Instant.parse("2015-10-21T07:28:00Z");

        assertThat(RetryPolicy.parseRetryAfter("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now))
                .contains(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("-1", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("tomorrow", now)).isEmpty();
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5)).hasMessageContaining("0.5");
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(-1)))
                .hasMessageContaining("initialBackoff");
        assertThatThrownBy(() -> RetryPolicy.builder()
                        .initialBackoff(Duration.ofSeconds(10))
                        .build())
                .hasMessageContaining("maxBackoff");
    }
}
