package dev.specpoet.runtime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before sending a failed request again.
 *
 * <p>A connect failure is retried for every method, since the request never left. I/O failures,
 * timeouts and the retry statuses are retried for idempotent methods, and for POST or PATCH only
 * with {@link Builder#retryNonIdempotent(boolean)} or when the request carries an idempotency key.
 * The delay grows exponentially from {@code initialBackoff} up to {@code maxBackoff}, randomized to
 * between 50% and 100% when jitter is on; a server's {@code Retry-After} replaces it, and one
 * longer than {@code maxRetryAfter} ends the retries.
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxRetries(0).build();

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double multiplier;
    private final boolean jitter;
    private final Set<Integer> retryStatuses;
    private final boolean retryNonIdempotent;
    private final boolean respectRetryAfter;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder builder) {
        this.maxRetries = builder.maxRetries;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.multiplier = builder.multiplier;
        this.jitter = builder.jitter;
        this.retryStatuses = Set.copyOf(builder.retryStatuses);
        this.retryNonIdempotent = builder.retryNonIdempotent;
        this.respectRetryAfter = builder.respectRetryAfter;
        this.maxRetryAfter = builder.maxRetryAfter;
    }

    /** Returns two retries after 200 ms and 400 ms (jittered) on 408, 429, 502, 503 and 504. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** Returns a policy that never retries. */
    public static RetryPolicy none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public int maxRetries() {
        return maxRetries;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public double multiplier() {
        return multiplier;
    }

    public boolean jitter() {
        return jitter;
    }

    public Set<Integer> retryStatuses() {
        return retryStatuses;
    }

    public boolean retryNonIdempotent() {
        return retryNonIdempotent;
    }

    public boolean respectRetryAfter() {
        return respectRetryAfter;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * Returns the delay before retrying a response with {@code status}, or empty to give up.
     *
     * @param mayResend whether the request may be sent twice: idempotent, or allowed otherwise
     */
    Optional<Duration> delayAfterStatus(int status, int retriesDone, boolean mayResend, Optional<String> retryAfter) {
        if (!retryStatuses.contains(status) || !mayResend || retriesDone >= maxRetries) {
            return Optional.empty();
        }
        Optional<Duration> serverDelay = respectRetryAfter
                ? retryAfter.flatMap(value -> parseRetryAfter(value, Instant.now()))
                : Optional.empty();
        if (serverDelay.isPresent()) {
            return serverDelay.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : serverDelay;
        }
        return Optional.of(backoff(retriesDone));
    }

    /** Returns the delay before retrying after an I/O failure, or empty to give up. */
    Optional<Duration> delayAfterFailure(int retriesDone, boolean mayResend) {
        return mayResend && retriesDone < maxRetries ? Optional.of(backoff(retriesDone)) : Optional.empty();
    }

    /** Returns the exponential delay before retry number {@code retriesDone + 1}. */
    Duration backoff(int retriesDone) {
        double millis =
                Math.min(initialBackoff.toMillis() * Math.pow(multiplier, retriesDone), (double) maxBackoff.toMillis());
        if (jitter) {
            millis *= ThreadLocalRandom.current().nextDouble(0.5, 1.0);
        }
        return Duration.ofMillis(Math.round(millis));
    }

    /** Parses {@code Retry-After} as delta-seconds or an HTTP-date; a date in the past means now. */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetryPolicy that
                && maxRetries == that.maxRetries
                && initialBackoff.equals(that.initialBackoff)
                && maxBackoff.equals(that.maxBackoff)
                && multiplier == that.multiplier
                && jitter == that.jitter
                && retryStatuses.equals(that.retryStatuses)
                && retryNonIdempotent == that.retryNonIdempotent
                && respectRetryAfter == that.respectRetryAfter
                && maxRetryAfter.equals(that.maxRetryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                maxRetries,
                initialBackoff,
                maxBackoff,
                multiplier,
                jitter,
                retryStatuses,
                retryNonIdempotent,
                respectRetryAfter,
                maxRetryAfter);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxRetries=" + maxRetries + ", backoff " + initialBackoff + ".." + maxBackoff + " x"
                + multiplier + (jitter ? " jittered" : "") + ", statuses "
                + retryStatuses.stream().sorted().toList()
                + ", retryNonIdempotent=" + retryNonIdempotent + ", respectRetryAfter=" + respectRetryAfter
                + " up to " + maxRetryAfter + "]";
    }

    /** Builds a {@link RetryPolicy}, starting from the defaults. */
    public static final class Builder {
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(5);
        private double multiplier = 2.0;
        private boolean jitter = true;
        private Set<Integer> retryStatuses = Set.of(408, 429, 502, 503, 504);
        private boolean retryNonIdempotent;
        private boolean respectRetryAfter = true;
        private Duration maxRetryAfter = Duration.ofSeconds(30);

        private Builder() {}

        private Builder(RetryPolicy policy) {
            maxRetries = policy.maxRetries;
            initialBackoff = policy.initialBackoff;
            maxBackoff = policy.maxBackoff;
            multiplier = policy.multiplier;
            jitter = policy.jitter;
            retryStatuses = policy.retryStatuses;
            retryNonIdempotent = policy.retryNonIdempotent;
            respectRetryAfter = policy.respectRetryAfter;
            maxRetryAfter = policy.maxRetryAfter;
        }

        /** Sets how many times a request may be sent again after the first attempt. */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = requireNonNegative(initialBackoff, "initialBackoff");
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = requireNonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("multiplier must be at least 1.0: " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /** Sets whether each delay is randomized to between 50% and 100%, to spread out clients. */
        public Builder jitter(boolean jitter) {
            this.jitter = jitter;
            return this;
        }

        public Builder retryStatuses(Set<Integer> retryStatuses) {
            this.retryStatuses = Set.copyOf(retryStatuses);
            return this;
        }

        /** Sets whether POST and PATCH are retried even without an idempotency key. */
        public Builder retryNonIdempotent(boolean retryNonIdempotent) {
            this.retryNonIdempotent = retryNonIdempotent;
            return this;
        }

        public Builder respectRetryAfter(boolean respectRetryAfter) {
            this.respectRetryAfter = respectRetryAfter;
            return this;
        }

        /** Sets the longest {@code Retry-After} worth waiting for; a longer one is not retried. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = requireNonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException(
                        "maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
            }
            return new RetryPolicy(this);
        }

        private static Duration requireNonNegative(Duration duration, String name) {
            if (Objects.requireNonNull(duration, name).isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + duration);
            }
            return duration;
        }
    }
}
