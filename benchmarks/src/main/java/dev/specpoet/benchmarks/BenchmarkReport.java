package dev.specpoet.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark's Markdown report: the setting, the timing table, the output table, memory and
 * the no-op rebuild, and each target with its measured figure.
 *
 * @param setting the machine, the versions and the date, one line
 * @param plan how often things ran
 * @param results one per spec; the first is the reference for the code-size targets
 * @param heapSpec the spec the heap was probed on
 * @param heap the forked run's findings
 * @param noOpSpec the spec the no-op rebuild was timed on
 * @param noOpNanos its median time
 */
record BenchmarkReport(
        String setting,
        RunPlan plan,
        List<SpecResult> results,
        String heapSpec,
        PeakHeapProbe.Result heap,
        String noOpSpec,
        long noOpNanos) {

    private static final double FLOOR_TARGET = 1.5;
    private static final double SPEEDUP_TARGET = 3;
    private static final double LINE_SHARE_TARGET = 0.35;
    private static final double JAVAC_SHARE_TARGET = 0.5;
    private static final long NO_OP_TARGET_NANOS = 50_000_000L;
    private static final double HEAP_MB = 1024 * 1024;

    BenchmarkReport {
        results = List.copyOf(results);
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one spec's results");
        }
    }

    String render() {
        StringBuilder text = new StringBuilder();
        text.append(setting).append("\n\n");
        text.append("Warm wall times in ms, medians: Specpoet and Swagger Parser ")
                .append(plan.runs())
                .append(" runs after ")
                .append(plan.warmups())
                .append(" warm-ups (")
                .append(plan.largeRuns())
                .append(" after ")
                .append(plan.largeWarmups())
                .append(" for specs over 1 MB), interleaved; OpenAPI Generator ")
                .append(plan.oagRuns())
                .append(" after ")
                .append(plan.oagWarmups())
                .append(". Every run writes into an empty folder. OAG / parser is OpenAPI Generator's time over "
                        + "Swagger Parser's: no generator built on Swagger Parser can be faster than OpenAPI "
                        + "Generator by more than that.\n\n");
        text.append(timeTable().render()).append('\n');
        text.append("Lines: all lines of the generated `.java` main code, blank and comment lines included "
                        + "(OpenAPI Generator's `src/main/java`). javac: the JDK's `javac` in a process of its own "
                        + "(cold, as in a build), class files written, both outputs interleaved, median of ")
                .append(plan.javacRuns())
                .append(" runs (")
                .append(plan.largeJavacRuns())
                .append(" when Specpoet's output has over ")
                .append(Figures.count(RunPlan.LARGE_OUTPUT_LINES))
                .append(" lines).\n\n");
        text.append(outputTable().render()).append('\n');
        for (SpecResult result : results) {
            result.oag()
                    .remark()
                    .ifPresent(remark -> text.append("OpenAPI Generator on ")
                            .append(result.spec().name())
                            .append(": ")
                            .append(remark)
                            .append("\n\n"));
        }
        text.append(heapLine()).append('\n');
        text.append("No-op rebuild (").append(noOpSpec).append(", state folder, nothing changed): ");
        text.append(Figures.millis(noOpNanos))
                .append(" ms, median of ")
                .append(plan.noOpRuns())
                .append(".\n\n");
        text.append(targets().render());
        return text.toString();
    }

    private MarkdownTable timeTable() {
        MarkdownTable table = new MarkdownTable(List.of(
                "Spec",
                "Size",
                "Swagger Parser",
                "Specpoet parse",
                "model+naming",
                "emit",
                "write",
                "Specpoet total",
                "total / parser",
                "OpenAPI Generator",
                "OAG / parser",
                "OAG / Specpoet"));
        for (SpecResult result : results) {
            StageTimes sp = result.specpoet();
            table.row(List.of(
                    result.spec().name(),
                    Figures.bytes(result.spec().bytes()),
                    Figures.millis(result.parserNanos()),
                    Figures.millis(sp.parse()),
                    Figures.millis(sp.modelNaming()),
                    Figures.millis(sp.emit()),
                    Figures.millis(sp.write()),
                    Figures.millis(sp.total()),
                    Figures.times(result.overFloor()),
                    result.oag().totalNanos().map(Figures::millis).orElse("failed"),
                    result.oag()
                            .totalNanos()
                            .map(nanos -> Figures.times((double) nanos / result.parserNanos()))
                            .orElse("-"),
                    result.speedup().map(Figures::times).orElse("-")));
        }
        return table;
    }

    private MarkdownTable outputTable() {
        MarkdownTable table = new MarkdownTable(List.of(
                "Spec",
                "Specpoet files",
                "Specpoet lines",
                "OAG files",
                "OAG lines",
                "lines SP/OAG",
                "javac Specpoet",
                "javac OAG",
                "javac SP/OAG"));
        for (SpecResult result : results) {
            Optional<SourceCount> oag = result.oag().output();
            table.row(List.of(
                    result.spec().name(),
                    Figures.count(result.specpoetOutput().files()),
                    Figures.count(result.specpoetOutput().lines()),
                    oag.map(count -> Figures.count(count.files())).orElse("-"),
                    oag.map(count -> Figures.count(count.lines())).orElse("-"),
                    result.lineShare().map(Figures::percent).orElse("-"),
                    Figures.millis(result.specpoetJavacNanos()),
                    result.oag().javacNanos().map(Figures::millis).orElse(oag.isPresent() ? "fails" : "-"),
                    result.javacShare().map(Figures::percent).orElse("-")));
        }
        return table;
    }

    private String heapLine() {
        String head = heapSpec + " with -Xmx" + heap.maxHeap() + " (forked JVM, cold): ";
        if (heap.failure().isPresent()) {
            return head + "FAILED (" + heap.failure().get() + ").\n";
        }
        return head + "generated; peak heap "
                + String.format(Locale.ROOT, "%.0f", heap.peakBytes().orElseThrow() / HEAP_MB)
                + " MB (sum of the heap pools' peaks); " + Figures.millis(heap.wallNanos()) + " ms in all.\n";
    }

    private MarkdownTable targets() {
        MarkdownTable table = new MarkdownTable(List.of("Target", "Measured", "Met"));
        SpecResult worstFloor = results.stream()
                .max((a, b) -> Double.compare(a.overFloor(), b.overFloor()))
                .orElseThrow();
        table.row(List.of(
                "Specpoet total <= 1.5x Swagger Parser's parse",
                "worst " + Figures.times(worstFloor.overFloor()) + " ("
                        + worstFloor.spec().name() + ")",
                yesNo(worstFloor.overFloor() <= FLOOR_TARGET)));
        // The speed-up is judged where generation takes long enough to matter: Stripe and GitHub.
        Optional<SpecResult> slowest = results.stream()
                .filter(result -> result.spec().isLarge() && result.speedup().isPresent())
                .min((a, b) -> Double.compare(a.speedup().get(), b.speedup().get()));
        table.row(List.of(
                "Specpoet >= 3x faster than OpenAPI Generator on specs over 1 MB",
                slowest.map(r -> "worst " + Figures.times(r.speedup().get()) + " ("
                                + r.spec().name() + ")")
                        .orElse("-"),
                slowest.map(r -> yesNo(r.speedup().get() >= SPEEDUP_TARGET)).orElse("-")));
        SpecResult reference = results.get(0);
        table.row(List.of(
                "Main code lines <= 35% of OpenAPI Generator's ("
                        + reference.spec().name() + ")",
                reference.lineShare().map(Figures::percent).orElse("-"),
                reference
                        .lineShare()
                        .map(share -> yesNo(share <= LINE_SHARE_TARGET))
                        .orElse("-")));
        table.row(List.of(
                "javac time <= 50% of OpenAPI Generator's (" + reference.spec().name() + ")",
                reference.javacShare().map(Figures::percent).orElse("-"),
                reference
                        .javacShare()
                        .map(share -> yesNo(share <= JAVAC_SHARE_TARGET))
                        .orElse("-")));
        table.row(List.of(
                heapSpec + " generates with -Xmx" + heap.maxHeap(),
                heap.peakBytes()
                        .map(peak -> String.format(Locale.ROOT, "peak %.0f MB", peak / HEAP_MB))
                        .orElse("failed"),
                yesNo(heap.failure().isEmpty())));
        table.row(List.of(
                "No-op rebuild < 50 ms", Figures.millis(noOpNanos) + " ms", yesNo(noOpNanos < NO_OP_TARGET_NANOS)));
        return table;
    }

    private static String yesNo(boolean met) {
        return met ? "yes" : "**no**";
    }
}
