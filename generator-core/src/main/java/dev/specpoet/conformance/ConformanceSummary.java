package dev.specpoet.conformance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The counts of a run by outcome. */
public record ConformanceSummary(int passed, int failed, int invalid, int skipped) {

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
                count.apply(Outcome.SKIP));
    }
}
