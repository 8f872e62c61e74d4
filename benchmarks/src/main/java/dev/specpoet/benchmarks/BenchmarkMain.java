package dev.specpoet.benchmarks;

import dev.specpoet.Specpoet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark and prints its report, which it also writes to the results file. Run it
 * through Maven: {@code ./mvnw -B -Pbenchmark -pl benchmarks -am verify -DskipTests}.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isDirectory(options.corpus())) {
            System.err.println("benchmark: no corpus at "
                    + options.corpus().toAbsolutePath().normalize()
                    + ". It needs the shared folder beside the clone (../shared) or SPECPOET_SHARED naming it.");
            System.exit(2);
            return;
        }
        String report = run(options);
        System.out.println();
        System.out.print(report);
        Files.createDirectories(options.results().toAbsolutePath().getParent());
        Files.writeString(options.results(), report);
        System.out.println("\nWritten to " + options.results());
    }

    private static String run(BenchmarkOptions options) throws Exception {
        Path work = Folders.empty(options.work());
        List<BenchSpec> specs = SpecSet.load(options.corpus(), work.resolve("specs"));
        Map<BenchSpec, SpecResult> measured = new HashMap<>();
        String oagVersion;
        try (IsolatedOpenApiGenerator oag = IsolatedOpenApiGenerator.load(options.oagJar())) {
            oagVersion = oag.version();
            BenchmarkRun run = new BenchmarkRun(options.plan(), work, oag, options.oagClientLib(), System.err);
            // Smallest first: the small specs warm every tool up before the ones the targets are about.
            for (BenchSpec spec : specs.stream()
                    .sorted(Comparator.comparingLong(BenchSpec::bytes))
                    .toList()) {
                measured.put(spec, run.measure(spec));
            }
        }
        List<SpecResult> results = specs.stream().map(measured::get).toList();
        BenchSpec reference = specs.get(0);
        System.err.printf("%s: no-op rebuild%n", reference.name());
        long noOp = SpecpoetTimer.noOpRebuild(
                reference,
                Folders.empty(work.resolve("no-op/out")),
                Folders.empty(work.resolve("no-op/state")),
                options.plan().noOpRuns());
        BenchSpec largest =
                specs.stream().max(Comparator.comparingLong(BenchSpec::bytes)).orElseThrow();
        System.err.printf("%s: peak heap with -Xmx512m%n", largest.name());
        PeakHeapProbe.Result heap = PeakHeapProbe.measure(largest, Folders.empty(work.resolve("heap")), "512m");
        String setting = "Measured " + LocalDate.now(ZoneOffset.UTC) + " on " + Machine.describe() + ". Specpoet "
                + Specpoet.version() + " against OpenAPI Generator " + oagVersion
                + " (`java` generator, `native` library, tests and docs off), in one JVM.";
        return new BenchmarkReport(setting, options.plan(), results, largest.name(), heap, reference.name(), noOp)
                .render();
    }
}
