package dev.specpoet.benchmarks;

import java.util.Arrays;
import java.util.List;

/** The median of measured durations, the figure every table cell shows. */
final class Median {
    private Median() {}

    /**
     * The middle value; for an even count, the mean of the two middle ones, so two runs give their
     * average rather than an arbitrary pick.
     */
    static long of(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the median of");
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
