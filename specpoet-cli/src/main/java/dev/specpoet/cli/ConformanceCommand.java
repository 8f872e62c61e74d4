package dev.specpoet.cli;

import dev.specpoet.conformance.ConformanceRunner;
import dev.specpoet.conformance.ConformanceSummary;
import dev.specpoet.conformance.Outcome;
import dev.specpoet.conformance.RoundTrips;
import dev.specpoet.conformance.SpecResult;
import dev.specpoet.conformance.TsvReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code conformance}: generates and compiles every spec in some folders, and reports. */
final class ConformanceCommand {
    static final String USAGE = """
            conformance DIR... [--report FILE] [--examples FILE] [--max-failures N] [--threads N]
              generates every spec under the folders, compiles each client in-process,
              round-trips the spec's body examples through it, prints one line per file
              and 'N passed, N failed'; exits 1 on more FAILs than --max-failures
              (default 0)
              --report FILE            also write a TSV row per file (outcome, seconds,
                                       generated files and lines, first error, examples
                                       round-tripped, spec faults, first mismatch)
              --examples FILE          also write a TSV row per example that did not
                                       round-trip (pointer, Java type, what differed)
              --threads N              specs checked at once (default: the processor count)""";

    private final PrintStream out;
    private final PrintStream err;

    ConformanceCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("report", "examples", "max-failures", "threads"), Set.of());
        if (arguments.positional().isEmpty()) {
            throw new UsageException("conformance needs at least one folder");
        }
        List<Path> folders = arguments.positional().stream().map(Path::of).toList();
        int maxFailures = number(arguments, "max-failures", 0);
        int threads = number(arguments, "threads", Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        List<SpecResult> results;
        try {
            results = new ConformanceRunner(Math.max(1, threads)).run(folders, this::print);
            if (arguments.option("report").isPresent()) {
                TsvReport.write(Path.of(arguments.option("report").get()), results);
            }
            if (arguments.option("examples").isPresent()) {
                TsvReport.writeFailures(Path.of(arguments.option("examples").get()), results);
            }
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return Main.INVALID_SPEC;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return Main.INTERNAL_ERROR;
        }
        ConformanceSummary summary = ConformanceSummary.of(results);
        results.stream().filter(r -> r.outcome() == Outcome.INVALID).forEach(r -> out.println("invalid: " + line(r)));
        results.stream().filter(r -> r.outcome() == Outcome.FAIL).forEach(r -> out.println("failed: " + line(r)));
        ConformanceSummary.ExampleCounts examples = summary.examples();
        out.printf(
                Locale.ROOT,
                "examples: %d of %d round-tripped, %d spec faults, %d mismatches, %d not applicable (%.1f s)%n",
                examples.roundTripped(),
                examples.checked(),
                examples.specFaults(),
                examples.mismatches(),
                examples.notApplicable(),
                examples.seconds());
        out.printf(
                Locale.ROOT,
                "%d invalid, %d skipped in %.0f s%n",
                summary.invalid(),
                summary.skipped(),
                (System.nanoTime() - start) / 1e9);
        // Kept to exactly this shape: CI scripts read the last line.
        out.printf(Locale.ROOT, "conformance: %d passed, %d failed%n", summary.passed(), summary.failed());
        return summary.failed() > maxFailures ? Main.INVALID_SPEC : Main.OK;
    }

    private void print(SpecResult result) {
        out.println(line(result));
    }

    private static String line(SpecResult result) {
        String detail = result.outcome() == Outcome.PASS
                ? result.generatedFiles() + " files, " + result.generatedLines() + " lines"
                : result.reason().orElse("");
        RoundTrips trips = result.roundTrips();
        if (trips.checked() + trips.notApplicable() > 0) {
            detail += String.format(
                    Locale.ROOT,
                    "; examples %d of %d round-tripped, %d spec faults, %d not applicable",
                    trips.roundTripped(),
                    trips.checked(),
                    trips.specFaults().size(),
                    trips.notApplicable());
        }
        return String.format(
                Locale.ROOT, "%-7s %s (%.1f s) %s", result.outcome(), result.file(), result.seconds(), detail);
    }

    private static int number(Arguments arguments, String name, int fallback) throws UsageException {
        String value = arguments.option(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new UsageException("--" + name + " must not be negative: " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a number: " + value);
        }
    }
}
