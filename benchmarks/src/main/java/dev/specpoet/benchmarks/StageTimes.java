package dev.specpoet.benchmarks;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Specpoet's wall time for one run, by the stages the table shows, in nanoseconds.
 *
 * @param parse the {@code load} and {@code parse} stages: reading, checking references, Swagger Parser
 * @param modelNaming the {@code model} and {@code naming} stages
 * @param emit the {@code emit} stage
 * @param write the {@code write} stage
 * @param total the whole {@code generate} call, including any stage not listed here
 */
record StageTimes(long parse, long modelNaming, long emit, long write, long total) {

    /** Each figure's median over the runs, figure by figure. */
    static StageTimes median(List<StageTimes> runs) {
        return new StageTimes(
                median(runs, StageTimes::parse),
                median(runs, StageTimes::modelNaming),
                median(runs, StageTimes::emit),
                median(runs, StageTimes::write),
                median(runs, StageTimes::total));
    }

    private static long median(List<StageTimes> runs, ToLongFunction<StageTimes> figure) {
        return Median.of(runs.stream().map(figure::applyAsLong).toList());
    }
}
