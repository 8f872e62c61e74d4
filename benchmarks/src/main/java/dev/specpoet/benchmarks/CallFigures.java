package dev.specpoet.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * What the call benchmark measured for one client in one JVM, as one tab-separated line between
 * the forked JVM and the report.
 *
 * @param client the client's name
 * @param processors the processor count the JVM saw
 * @param p50Nanos median latency of a call
 * @param p99Nanos 99th percentile latency
 * @param cpuNanos client CPU per call: the process's CPU time less the server threads', median of
 *     the batches
 * @param allocatedBytes bytes allocated per call by all threads but the server's, median of the batches
 * @param callsPerSecond calls per second of all threads of the concurrent run, median of its rounds
 * @param threadsPerThousand threads started per 1,000 timed calls
 */
record CallFigures(
        String client,
        int processors,
        long p50Nanos,
        long p99Nanos,
        long cpuNanos,
        long allocatedBytes,
        double callsPerSecond,
        double threadsPerThousand) {

    String toLine() {
        return String.join(
                "\t",
                client,
                Integer.toString(processors),
                Long.toString(p50Nanos),
                Long.toString(p99Nanos),
                Long.toString(cpuNanos),
                Long.toString(allocatedBytes),
                String.format(Locale.ROOT, "%.1f", callsPerSecond),
                String.format(Locale.ROOT, "%.2f", threadsPerThousand));
    }

    static CallFigures fromLine(String line) {
        List<String> cells = List.of(line.split("\t"));
        if (cells.size() != 8) {
            throw new IllegalArgumentException("not a line of call figures: " + line);
        }
        return new CallFigures(
                cells.get(0),
                Integer.parseInt(cells.get(1)),
                Long.parseLong(cells.get(2)),
                Long.parseLong(cells.get(3)),
                Long.parseLong(cells.get(4)),
                Long.parseLong(cells.get(5)),
                Double.parseDouble(cells.get(6)),
                Double.parseDouble(cells.get(7)));
    }
}
