package dev.specpoet.benchmarks;

/**
 * How often each thing is run. OpenAPI Generator takes seconds per spec, so it gets fewer runs than
 * Specpoet and Swagger Parser; large specs and large outputs get fewer too, to keep the whole
 * benchmark within minutes.
 *
 * @param warmups warm-up runs of Specpoet and Swagger Parser before measuring
 * @param runs measured runs of Specpoet and Swagger Parser
 * @param largeWarmups the same for specs over a megabyte
 * @param largeRuns the same for specs over a megabyte
 * @param oagWarmups warm-up runs of OpenAPI Generator
 * @param oagRuns measured runs of OpenAPI Generator
 * @param javacRuns javac runs on each output
 * @param largeJavacRuns javac runs when Specpoet's output has over {@link #LARGE_OUTPUT_LINES} lines
 * @param noOpRuns measured no-op rebuilds
 */
record RunPlan(
        int warmups,
        int runs,
        int largeWarmups,
        int largeRuns,
        int oagWarmups,
        int oagRuns,
        int javacRuns,
        int largeJavacRuns,
        int noOpRuns) {

    /** Lines of generated code above which javac runs {@link #largeJavacRuns} times. */
    static final long LARGE_OUTPUT_LINES = 150_000;

    RunPlan {
        if (runs < 1 || largeRuns < 1 || oagRuns < 1 || javacRuns < 1 || largeJavacRuns < 1 || noOpRuns < 1) {
            throw new IllegalArgumentException("every measurement needs at least one run");
        }
    }

    /** The plan the README's figures come from. */
    static RunPlan standard() {
        return new RunPlan(3, 7, 2, 5, 1, 3, 3, 1, 5);
    }

    /** One run of everything: to check the benchmark works, not to read its figures. */
    static RunPlan quick() {
        return new RunPlan(0, 1, 0, 1, 0, 1, 1, 1, 1);
    }

    int warmupsFor(BenchSpec spec) {
        return spec.isLarge() ? largeWarmups : warmups;
    }

    int runsFor(BenchSpec spec) {
        return spec.isLarge() ? largeRuns : runs;
    }
}
