package dev.specpoet.benchmarks;

/**
 * How long the call benchmark runs each client; every loop is bounded by these counts.
 *
 * @param warmupCalls calls per client before measuring, interleaved with the other clients
 * @param rounds measured rounds; each runs one batch per client, the first client rotating
 * @param batch calls per batch, each timed on its own
 * @param throughputRounds rounds of the concurrent run per client
 * @param throughputCalls calls each thread makes per concurrent round
 * @param threads threads of the concurrent run
 */
record CallPlan(int warmupCalls, int rounds, int batch, int throughputRounds, int throughputCalls, int threads) {

    CallPlan {
        if (rounds < 1 || batch < 1 || throughputRounds < 1 || throughputCalls < 1 || threads < 1) {
            throw new IllegalArgumentException("every measurement needs at least one call");
        }
    }

    /**
     * 10,000 warm-up calls per client (30,000 in all, enough for the JIT to settle), 20 rounds of
     * 1,000 timed calls, and 9 rounds of 16 threads making 250 calls each: on a machine shared with
     * other work one round can lose a quarter of its rate, and the median of 9 rounds per client
     * moves less than that of 3.
     */
    static CallPlan standard() {
        return new CallPlan(10_000, 20, 1_000, 9, 250, 16);
    }

    /** A few calls of everything: to check the setup, not to read figures. */
    static CallPlan quick() {
        return new CallPlan(200, 2, 100, 1, 20, 16);
    }
}
