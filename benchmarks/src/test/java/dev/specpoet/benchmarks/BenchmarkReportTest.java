package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {
    private static final long MS = 1_000_000;

    private static SpecResult result(String name, long parserMs, long totalMs, OagFigures oag) {
        return result(name, 1_400_000, parserMs, totalMs, oag);
    }

    private static SpecResult result(String name, long bytes, long parserMs, long totalMs, OagFigures oag) {
        BenchSpec spec = new BenchSpec(name, Path.of(name + ".json"), "com.example", bytes, false);
        StageTimes times = new StageTimes(parserMs * MS, 10 * MS, 20 * MS, 5 * MS, totalMs * MS);
        return new SpecResult(spec, parserMs * MS, times, new SourceCount(400, 30_000), 1_000 * MS, oag);
    }

    private static BenchmarkReport report(List<SpecResult> results, Optional<String> heapFailure) {
        PeakHeapProbe.Result heap = new PeakHeapProbe.Result(
                "512m",
                heapFailure.isPresent() ? Optional.empty() : Optional.of(300L * 1024 * 1024),
                5_000 * MS,
                heapFailure);
        return new BenchmarkReport("Measured on a test.", RunPlan.standard(), results, "Big", heap, "Ref", 12 * MS);
    }

    @Test
    void judgesEveryTargetOnItsMeasuredFigure() {
        OagFigures oag = new OagFigures(
                Optional.of(5_000 * MS),
                Optional.of(new SourceCount(300, 100_000)),
                Optional.of(4_000 * MS),
                Optional.empty());

        String text =
                report(List.of(result("Ref", 100, 140, oag)), Optional.empty()).render();

        assertThat(text).isEqualTo("""
                        Measured on a test.

                        Warm wall times in ms, medians: Specpoet and Swagger Parser 7 runs after 3 warm-ups \
                        (5 after 2 for specs over 1 MB), interleaved; OpenAPI Generator 3 after 1. \
                        Every run writes into an empty folder. OAG / parser is OpenAPI Generator's time over \
                        Swagger Parser's: no generator built on Swagger Parser can be faster than OpenAPI \
                        Generator by more than that.

                        | Spec |   Size | Swagger Parser | Specpoet parse | model+naming | emit | write \
                        | Specpoet total | total / parser | OpenAPI Generator | OAG / parser | OAG / Specpoet |
                        | ---- | -----: | -------------: | -------------: | -----------: | ---: | ----: \
                        | -------------: | -------------: | ----------------: | -----------: | -------------: |
                        | Ref  | 1.4 MB |            100 |            100 |         10.0 | 20.0 |  5.00 \
                        |            140 |          1.40x |             5,000 |        50.0x |          35.7x |

                        Lines: all lines of the generated `.java` main code, blank and comment lines \
                        included (OpenAPI Generator's `src/main/java`). javac: the JDK's `javac` in a process \
                        of its own (cold, as in a build), class files written, both outputs interleaved, \
                        median of 3 runs (1 when Specpoet's output has over 150,000 lines).

                        | Spec | Specpoet files | Specpoet lines | OAG files | OAG lines | lines SP/OAG \
                        | javac Specpoet | javac OAG | javac SP/OAG |
                        | ---- | -------------: | -------------: | --------: | --------: | -----------: \
                        | -------------: | --------: | -----------: |
                        | Ref  |            400 |         30,000 |       300 |   100,000 |          30% \
                        |          1,000 |     4,000 |          25% |

                        Big with -Xmx512m (forked JVM, cold): generated; peak heap 300 MB \
                        (sum of the heap pools' peaks); 5,000 ms in all.

                        No-op rebuild (Ref, state folder, nothing changed): 12.0 ms, median of 5.

                        | Target                                                          |          Measured | Met |
                        | --------------------------------------------------------------- | ----------------: | --: |
                        | Specpoet total <= 1.5x Swagger Parser's parse                   | worst 1.40x (Ref) | yes |
                        | Specpoet >= 3x faster than OpenAPI Generator on specs over 1 MB | worst 35.7x (Ref) | yes |
                        | Main code lines <= 35% of OpenAPI Generator's (Ref)             |               30% | yes |
                        | javac time <= 50% of OpenAPI Generator's (Ref)                  |               25% | yes |
                        | Big generates with -Xmx512m                                     |       peak 300 MB | yes |
                        | No-op rebuild < 50 ms                                           |           12.0 ms | yes |
                        """);
    }

    @Test
    void showsFailuresAndMissedTargets() {
        OagFigures failed = OagFigures.failed("OpenAPI Generator failed on Ref: boom");

        String text = report(List.of(result("Ref", 100, 300, failed)), Optional.of("java.lang.OutOfMemoryError"))
                .render();

        assertThat(text)
                .contains("|            300 |          3.00x |            failed |            - |              - |\n")
                .contains("|         30,000 |         - |         - |            - |          1,000 |         - |")
                .contains("\nOpenAPI Generator on Ref: OpenAPI Generator failed on Ref: boom\n")
                .contains("\nBig with -Xmx512m (forked JVM, cold): FAILED (java.lang.OutOfMemoryError).\n")
                .contains(
                        "| Specpoet total <= 1.5x Swagger Parser's parse                   | worst 3.00x (Ref) | **no** |\n")
                .contains(
                        "| Specpoet >= 3x faster than OpenAPI Generator on specs over 1 MB |                 - |      - |\n")
                .contains(
                        "| Big generates with -Xmx512m                                     |            failed | **no** |\n");
    }

    @Test
    void judgesTheSpeedUpOnLargeSpecsOnly() {
        OagFigures slowOag = new OagFigures(
                Optional.of(250 * MS),
                Optional.of(new SourceCount(300, 100_000)),
                Optional.of(4_000 * MS),
                Optional.empty());
        OagFigures fastOag = new OagFigures(
                Optional.of(280 * MS),
                Optional.of(new SourceCount(300, 100_000)),
                Optional.of(4_000 * MS),
                Optional.empty());

        String text = report(
                        List.of(
                                result("Small", 200_000, 50, 200, slowOag),
                                result("Large", 2_000_000, 50, 100, fastOag)),
                        Optional.empty())
                .render();

        assertThat(text)
                .contains(
                        "| Specpoet >= 3x faster than OpenAPI Generator on specs over 1 MB | worst 2.80x (Large) | **no** |\n")
                .contains("| No-op rebuild < 50 ms ");
    }
}
