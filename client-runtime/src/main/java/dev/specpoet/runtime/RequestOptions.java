package dev.specpoet.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per-call settings that override the client's: extra headers, timeout, idempotency key, retry
 * policy and the idle timeout of a streamed response.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Map<String, String> headers;
    private final Duration timeout;
    private final String idempotencyKey;
    private final RetryPolicy retryPolicy;
    private final Duration streamIdleTimeout;

    private RequestOptions(Builder builder) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(builder.headers);
        this.headers = Collections.unmodifiableMap(headers);
        this.timeout = builder.timeout;
        this.idempotencyKey = builder.idempotencyKey;
        this.retryPolicy = builder.retryPolicy;
        this.streamIdleTimeout = builder.streamIdleTimeout;
    }

    /** Returns options that change nothing. */
    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.headers.putAll(headers);
        builder.timeout = timeout;
        builder.idempotencyKey = idempotencyKey;
        builder.retryPolicy = retryPolicy;
        builder.streamIdleTimeout = streamIdleTimeout;
        return builder;
    }

    /** Returns the extra headers, which replace same-named headers of the client and the request. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Returns the request timeout for this call, replacing the client's. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Returns the {@code Idempotency-Key} value, which also makes a POST or PATCH retriable. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /** Returns how long a streamed response may wait for its next byte, replacing the client's. */
    public Optional<Duration> streamIdleTimeout() {
        return Optional.ofNullable(streamIdleTimeout);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestOptions that
                && headers.equals(that.headers)
                && Objects.equals(timeout, that.timeout)
                && Objects.equals(idempotencyKey, that.idempotencyKey)
                && Objects.equals(retryPolicy, that.retryPolicy)
                && Objects.equals(streamIdleTimeout, that.streamIdleTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, timeout, idempotencyKey, retryPolicy, streamIdleTimeout);
    }

    /** Masks the idempotency key and the values of secret-looking headers. */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> shown.put(name, HeaderRules.looksSecret(name) ? HeaderRules.MASK : value));
        return "RequestOptions[headers=" + shown + ", timeout=" + timeout + ", idempotencyKey="
                + (idempotencyKey == null ? null : HeaderRules.MASK) + ", retryPolicy=" + retryPolicy
                + ", streamIdleTimeout=" + streamIdleTimeout + "]";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private Duration timeout;
        private String idempotencyKey;
        private RetryPolicy retryPolicy;
        private Duration streamIdleTimeout;

        private Builder() {}

        /** Adds a header; a value with CR, LF or NUL is refused. */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            headers.put(name, HeaderRules.requireSafe("header", name, Objects.requireNonNull(value, "value")));
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Sends {@code Idempotency-Key}, which lets the server deduplicate and this client retry a POST. */
        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = HeaderRules.requireSafe(
                    "header", "Idempotency-Key", Objects.requireNonNull(idempotencyKey, "idempotencyKey"));
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Sets how long a streamed response may wait for its next byte; see the client builder. */
        public Builder streamIdleTimeout(Duration streamIdleTimeout) {
            if (Objects.requireNonNull(streamIdleTimeout, "streamIdleTimeout").isNegative()
                    || streamIdleTimeout.isZero()) {
                throw new IllegalArgumentException("streamIdleTimeout must be positive: " + streamIdleTimeout);
            }
            this.streamIdleTimeout = streamIdleTimeout;
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
