package dev.specpoet.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a schema says a valid value looks like beyond its type: bounds, lengths, sizes, a pattern, a
 * step and the raw format. OpenAPI 3.0's boolean {@code exclusiveMinimum} and 3.1's numeric one
 * (JSON Schema 2020-12) both become a {@link Bound} that knows whether it is exclusive.
 *
 * @param format the {@code format} text exactly as written, known to Specpoet or not
 */
public record Constraints(
        Optional<Bound> minimum,
        Optional<Bound> maximum,
        OptionalLong minLength,
        OptionalLong maxLength,
        OptionalLong minItems,
        OptionalLong maxItems,
        Optional<String> pattern,
        Optional<BigDecimal> multipleOf,
        Optional<String> format) {

    /** A schema that constrains nothing. */
    public static final Constraints NONE = builder().build();

    public Constraints {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(minLength, "minLength");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(minItems, "minItems");
        Objects.requireNonNull(maxItems, "maxItems");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(multipleOf, "multipleOf");
        Objects.requireNonNull(format, "format");
        for (OptionalLong size : new OptionalLong[] {minLength, maxLength, minItems, maxItems}) {
            if (size.isPresent() && size.getAsLong() < 0) {
                throw new IllegalArgumentException("A length or size cannot be negative: " + size.getAsLong());
            }
        }
        if (multipleOf.isPresent() && multipleOf.get().signum() <= 0) {
            throw new IllegalArgumentException("multipleOf must be positive, not " + multipleOf.get());
        }
    }

    /**
     * A lower or upper bound on a number.
     *
     * @param exclusive true when the bound itself is not allowed
     */
    public record Bound(BigDecimal value, boolean exclusive) {
        public Bound {
            Objects.requireNonNull(value, "value");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when nothing is constrained. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Collects the constraints of one schema, any of them absent. */
    public static final class Builder {
        private Optional<Bound> minimum = Optional.empty();
        private Optional<Bound> maximum = Optional.empty();
        private OptionalLong minLength = OptionalLong.empty();
        private OptionalLong maxLength = OptionalLong.empty();
        private OptionalLong minItems = OptionalLong.empty();
        private OptionalLong maxItems = OptionalLong.empty();
        private Optional<String> pattern = Optional.empty();
        private Optional<BigDecimal> multipleOf = Optional.empty();
        private Optional<String> format = Optional.empty();

        private Builder() {}

        public Builder minimum(BigDecimal value, boolean exclusive) {
            this.minimum = Optional.of(new Bound(value, exclusive));
            return this;
        }

        public Builder maximum(BigDecimal value, boolean exclusive) {
            this.maximum = Optional.of(new Bound(value, exclusive));
            return this;
        }

        public Builder minLength(long minLength) {
            this.minLength = OptionalLong.of(minLength);
            return this;
        }

        public Builder maxLength(long maxLength) {
            this.maxLength = OptionalLong.of(maxLength);
            return this;
        }

        public Builder minItems(long minItems) {
            this.minItems = OptionalLong.of(minItems);
            return this;
        }

        public Builder maxItems(long maxItems) {
            this.maxItems = OptionalLong.of(maxItems);
            return this;
        }

        public Builder pattern(String pattern) {
            this.pattern = Optional.of(pattern);
            return this;
        }

        public Builder multipleOf(BigDecimal multipleOf) {
            this.multipleOf = Optional.of(multipleOf);
            return this;
        }

        public Builder format(String format) {
            this.format = Optional.of(format);
            return this;
        }

        public Constraints build() {
            return new Constraints(
                    minimum, maximum, minLength, maxLength, minItems, maxItems, pattern, multipleOf, format);
        }
    }
}
