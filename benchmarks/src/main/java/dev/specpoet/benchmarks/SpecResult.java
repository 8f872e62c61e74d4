package dev.specpoet.benchmarks;

import java.util.Optional;

/**
 * Everything measured on one spec.
 *
 * @param spec the spec
 * @param parserNanos Swagger Parser's median parse time, the floor
 * @param specpoet Specpoet's median times by stage
 * @param specpoetOutput the size of Specpoet's output
 * @param specpoetJavacNanos the median javac time on Specpoet's output
 * @param oag OpenAPI Generator's figures
 */
record SpecResult(
        BenchSpec spec,
        long parserNanos,
        StageTimes specpoet,
        SourceCount specpoetOutput,
        long specpoetJavacNanos,
        OagFigures oag) {

    /** Specpoet's total over Swagger Parser's parse: 1.0 would be no cost beyond parsing. */
    double overFloor() {
        return (double) specpoet.total() / parserNanos;
    }

    /** How many times faster than OpenAPI Generator Specpoet is. */
    Optional<Double> speedup() {
        return oag.totalNanos().map(nanos -> (double) nanos / specpoet.total());
    }

    /** Specpoet's lines as a share of OpenAPI Generator's. */
    Optional<Double> lineShare() {
        return oag.output()
                .filter(output -> output.lines() > 0)
                .map(output -> (double) specpoetOutput.lines() / output.lines());
    }

    /** Specpoet's javac time as a share of OpenAPI Generator's. */
    Optional<Double> javacShare() {
        return oag.javacNanos().map(nanos -> (double) specpoetJavacNanos / nanos);
    }
}
