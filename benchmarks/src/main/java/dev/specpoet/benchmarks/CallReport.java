package dev.specpoet.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The call benchmark's Markdown: one table of figures with ratios, and the targets. */
final class CallReport {
    private static final double LATENCY_TARGET = 1.15;
    private static final double THROUGHPUT_TARGET = 0.9;
    private static final double ALLOCATION_TARGET = 1.3;

    private final String setting;
    private final List<CallFigures> figures;

    CallReport(String setting, List<CallFigures> figures) {
        this.setting = setting;
        this.figures = List.copyOf(figures);
    }

    String render() {
        MarkdownTable table = new MarkdownTable(List.of(
                "Client",
                "CPUs",
                "p50 µs",
                "p99 µs",
                "p50 / hw",
                "CPU µs/call",
                "CPU / hw",
                "KB alloc/call",
                "alloc / hw",
                "16 threads calls/s",
                "calls/s / hw",
                "threads started / 1,000 calls"));
        for (CallFigures row : figures) {
            CallFigures floor = floor(row.processors());
            table.row(List.of(
                    row.client(),
                    Integer.toString(row.processors()),
                    micros(row.p50Nanos()),
                    micros(row.p99Nanos()),
                    Figures.times((double) row.p50Nanos() / floor.p50Nanos()),
                    micros(row.cpuNanos()),
                    Figures.times((double) row.cpuNanos() / floor.cpuNanos()),
                    String.format(Locale.ROOT, "%.1f", row.allocatedBytes() / 1024.0),
                    Figures.times((double) row.allocatedBytes() / floor.allocatedBytes()),
                    Figures.count(Math.round(row.callsPerSecond())),
                    Figures.times(row.callsPerSecond() / floor.callsPerSecond()),
                    String.format(Locale.ROOT, "%.1f", row.threadsPerThousand())));
        }
        return setting + "\n\n" + table.render() + "\n" + targets().render();
    }

    private MarkdownTable targets() {
        MarkdownTable table = new MarkdownTable(List.of("Target (Specpoet)", "CPUs", "Measured", "Met"));
        for (CallFigures row : figures) {
            if (!row.client().equals(CallClients.SPECPOET)) {
                continue;
            }
            CallFigures floor = floor(row.processors());
            String cpus = Integer.toString(row.processors());
            double latency = (double) row.p50Nanos() / floor.p50Nanos();
            double throughput = row.callsPerSecond() / floor.callsPerSecond();
            double allocation = (double) row.allocatedBytes() / floor.allocatedBytes();
            table.row(List.of(
                    "median latency <= 1.15x hand-written",
                    cpus,
                    Figures.times(latency),
                    met(latency <= LATENCY_TARGET)));
            table.row(List.of(
                    "16-thread throughput >= 0.9x",
                    cpus,
                    Figures.times(throughput),
                    met(throughput >= THROUGHPUT_TARGET)));
            table.row(List.of(
                    "allocation per call <= 1.3x",
                    cpus,
                    Figures.times(allocation),
                    met(allocation <= ALLOCATION_TARGET)));
            table.row(List.of(
                    "no thread started per call",
                    cpus,
                    String.format(Locale.ROOT, "%.1f per 1,000 calls", row.threadsPerThousand()),
                    met(row.threadsPerThousand() < 1)));
        }
        return table;
    }

    private CallFigures floor(int processors) {
        Optional<CallFigures> floor = figures.stream()
                .filter(row -> row.processors() == processors && row.client().equals(CallClients.HAND_WRITTEN))
                .findFirst();
        return floor.orElseThrow(
                () -> new IllegalArgumentException("no hand-written figures for " + processors + " CPUs"));
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, nanos < 100_000 ? "%.1f" : "%,.0f", nanos / 1e3);
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    /** Lines of figures as the forked JVMs wrote them, blank lines skipped. */
    static List<CallFigures> parse(List<String> lines) {
        List<CallFigures> figures = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                figures.add(CallFigures.fromLine(line));
            }
        }
        return figures;
    }
}
