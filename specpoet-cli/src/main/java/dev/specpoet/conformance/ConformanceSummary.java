package dev.specpoet.conformance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The counts of a run by outcome, and of the examples round-tripped.
 *
 * @param examples the examples of every file, added up
 */
public record ConformanceSummary(int passed, int failed, int invalid, int skipped, ExampleCounts examples) {

    /** Only the outcomes: for runs whose examples are not the point. */
    public ConformanceSummary(int passed, int failed, int invalid, int skipped) {
        this(passed, failed, invalid, skipped, ExampleCounts.NONE);
    }

    public ConformanceSummary {
        Objects.requireNonNull(examples, "examples");
    }

    /**
     * Examples added up over several files.
     *
     * @param checked those with a Java type to decode into
     * @param roundTripped those that came back as they went in
     * @param seconds the time spent round-tripping, over every thread
     */
    public record ExampleCounts(
            int checked, int roundTripped, int specFaults, int mismatches, int notApplicable, double seconds) {
        static final ExampleCounts NONE = new ExampleCounts(0, 0, 0, 0, 0, 0);

        /** The counts of some results. */
        public static ExampleCounts of(List<SpecResult> results) {
            ExampleCounts sum = NONE;
            for (SpecResult result : results) {
                RoundTrips trips = result.roundTrips();
                sum = new ExampleCounts(
                        sum.checked + trips.checked(),
                        sum.roundTripped + trips.roundTripped(),
                        sum.specFaults + trips.specFaults().size(),
                        sum.mismatches + trips.mismatches().size(),
                        sum.notApplicable + trips.notApplicable(),
                        sum.seconds + trips.seconds());
            }
            return sum;
        }
    }

    public static ConformanceSummary of(List<SpecResult> results) {
        Objects.requireNonNull(results, "results");
        Map<Outcome, Long> counts =
                results.stream().collect(Collectors.groupingBy(SpecResult::outcome, Collectors.counting()));
        Function<Outcome, Integer> count =
                outcome -> counts.getOrDefault(outcome, 0L).intValue();
        return new ConformanceSummary(
                count.apply(Outcome.PASS),
                count.apply(Outcome.FAIL),
                count.apply(Outcome.INVALID),
                count.apply(Outcome.SKIP),
                ExampleCounts.of(results));
    }
}
