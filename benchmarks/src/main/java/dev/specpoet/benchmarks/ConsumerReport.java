package dev.specpoet.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The consumer benchmark's Markdown: one row per spec with both plugins side by side, the failures
 * in words, and issue 14's two consumer targets.
 */
final class ConsumerReport {
    /** The spec the clean-compile target is about. */
    static final String TARGET_SPEC = "Adyen ManagementService-v3";

    private static final double CLEAN_COMPILE_TARGET = 2.0;
    private static final long NO_OP_TARGET_MILLIS = 50;

    private final String setting;
    private final List<ConsumerFigures> figures;

    ConsumerReport(String setting, List<ConsumerFigures> figures) {
        this.setting = setting;
        this.figures = List.copyOf(figures);
    }

    String render() {
        MarkdownTable table = new MarkdownTable(List.of(
                "Spec",
                "Specpoet clean compile",
                "OAG clean compile",
                "OAG / Specpoet",
                "Specpoet no-op",
                "Specpoet goal no-op",
                "OAG no-op",
                "Specpoet files",
                "Specpoet lines",
                "OAG files",
                "OAG lines"));
        List<String> notes = new ArrayList<>();
        for (String spec : specs()) {
            Optional<ConsumerFigures> specpoet = find(spec, ConsumerTool.SPECPOET);
            Optional<ConsumerFigures> oag = find(spec, ConsumerTool.OPENAPI_GENERATOR);
            table.row(List.of(
                    spec,
                    specpoet.map(ConsumerReport::clean).orElse("-"),
                    oag.map(ConsumerReport::clean).orElse("-"),
                    ratio(specpoet, oag).map(Figures::times).orElse("-"),
                    specpoet.map(f -> seconds(f.noOpNanos())).orElse("-"),
                    specpoet.map(f -> millis(f.goalNoOpMillis())).orElse("-"),
                    oag.map(f -> seconds(f.noOpNanos())).orElse("-"),
                    specpoet.map(f -> Figures.count(f.sources().files())).orElse("-"),
                    specpoet.map(f -> Figures.count(f.sources().lines())).orElse("-"),
                    oag.map(f -> Figures.count(f.sources().files())).orElse("-"),
                    oag.map(f -> Figures.count(f.sources().lines())).orElse("-")));
            for (ConsumerFigures figure :
                    List.of(specpoet, oag).stream().flatMap(Optional::stream).toList()) {
                figure.failure()
                        .ifPresent(reason -> notes.add(figure.tool().displayName() + " on " + spec + ": " + reason
                                + " (time to failure " + seconds(figure.cleanNanos()) + ")."));
            }
        }
        StringBuilder text = new StringBuilder(setting).append("\n\n").append(table.render());
        for (String note : notes) {
            text.append('\n').append(note).append('\n');
        }
        MarkdownTable targets = targets();
        if (targets != null) {
            text.append('\n').append(targets.render());
        }
        return text.toString();
    }

    /** Null when the run measured neither target's figures. */
    private MarkdownTable targets() {
        MarkdownTable table = new MarkdownTable(List.of("Target", "Measured", "Met"));
        boolean any = false;
        Optional<Double> ratio =
                ratio(find(TARGET_SPEC, ConsumerTool.SPECPOET), find(TARGET_SPEC, ConsumerTool.OPENAPI_GENERATOR));
        if (ratio.isPresent()) {
            table.row(List.of(
                    "Consumer `clean compile` >= 2x faster than OpenAPI Generator's plugin (" + TARGET_SPEC + ")",
                    Figures.times(ratio.get()),
                    met(ratio.get() >= CLEAN_COMPILE_TARGET)));
            any = true;
        }
        Optional<ConsumerFigures> worst = figures.stream()
                .filter(f ->
                        f.tool() == ConsumerTool.SPECPOET && f.goalNoOpMillis().isPresent())
                .max((a, b) -> Long.compare(
                        a.goalNoOpMillis().getAsLong(), b.goalNoOpMillis().getAsLong()));
        if (worst.isPresent()) {
            long millis = worst.get().goalNoOpMillis().getAsLong();
            table.row(List.of(
                    "No-op rebuild < 50 ms (Specpoet's goal, the time it logs)",
                    "worst " + millis + " ms (" + worst.get().spec() + ")",
                    met(millis < NO_OP_TARGET_MILLIS)));
            any = true;
        }
        return any ? table : null;
    }

    private Set<String> specs() {
        Set<String> specs = new LinkedHashSet<>();
        figures.forEach(f -> specs.add(f.spec()));
        return specs;
    }

    private Optional<ConsumerFigures> find(String spec, ConsumerTool tool) {
        return figures.stream()
                .filter(f -> f.spec().equals(spec) && f.tool() == tool)
                .findFirst();
    }

    /** How many times faster Specpoet's clean build is; none when either failed, a time to failure being no build time. */
    private static Optional<Double> ratio(Optional<ConsumerFigures> specpoet, Optional<ConsumerFigures> oag) {
        if (specpoet.isEmpty()
                || oag.isEmpty()
                || specpoet.get().failed()
                || oag.get().failed()) {
            return Optional.empty();
        }
        return Optional.of((double) oag.get().cleanNanos() / specpoet.get().cleanNanos());
    }

    private static String clean(ConsumerFigures figure) {
        String time = seconds(figure.cleanNanos());
        if (!figure.failed()) {
            return time;
        }
        return time
                + (figure.failure().orElseThrow().startsWith("fails to compile") ? " (fails to compile)" : " (fails)");
    }

    private static String seconds(OptionalLong nanos) {
        return nanos.isPresent() ? seconds(nanos.getAsLong()) : "-";
    }

    /** A whole Maven process: seconds with two decimals. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static String millis(OptionalLong millis) {
        return millis.isPresent() ? millis.getAsLong() + " ms" : "-";
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }
}
