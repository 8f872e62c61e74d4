package dev.specpoet.benchmarks;

import java.util.Optional;

/**
 * OpenAPI Generator's figures on one spec; a failure (of generation or of compiling its output)
 * keeps whatever was measured before it and says why, as does a note on how it had to be run.
 *
 * @param totalNanos the median generation time
 * @param output its main code: {@code src/main/java}
 * @param javacNanos the median javac time on that code
 * @param remark what went wrong or had to be worked around, if anything
 */
record OagFigures(
        Optional<Long> totalNanos, Optional<SourceCount> output, Optional<Long> javacNanos, Optional<String> remark) {

    static OagFigures failed(String reason) {
        return new OagFigures(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(reason));
    }
}
