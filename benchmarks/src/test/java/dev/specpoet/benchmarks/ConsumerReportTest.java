package dev.specpoet.benchmarks;

import static dev.specpoet.benchmarks.ConsumerFiguresTest.ok;
import static dev.specpoet.benchmarks.ConsumerFiguresTest.upToDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumerReportTest {
    private static final String MANAGEMENT = "Adyen ManagementService-v3";
    private static final String GITHUB = "GitHub 2020-07-30";

    @Test
    void showsBothPluginsSideBySideWithTheFailuresInWordsAndJudgesTheTargets() {
        List<ConsumerFigures> figures = List.of(
                ConsumerFigures.of(
                        MANAGEMENT,
                        ConsumerTool.SPECPOET,
                        List.of(ok(4_000)),
                        List.of(upToDate(1_800, 9)),
                        new SourceCount(425, 51_953)),
                ConsumerFigures.of(
                        MANAGEMENT,
                        ConsumerTool.OPENAPI_GENERATOR,
                        List.of(ok(9_000)),
                        List.of(ok(2_500)),
                        new SourceCount(308, 101_441)),
                ConsumerFigures.of(
                        GITHUB,
                        ConsumerTool.SPECPOET,
                        List.of(ok(12_340)),
                        List.of(upToDate(2_000, 61)),
                        new SourceCount(1_012, 169_055)),
                ConsumerFigures.of(
                        GITHUB,
                        ConsumerTool.OPENAPI_GENERATOR,
                        List.of(new BuildOutcome(
                                21_000_000_000L,
                                1,
                                "[ERROR] /w/model/ReposGetContent200Response.java:[181,23] <identifier> expected\n")),
                        List.of(),
                        new SourceCount(574, 302_842)));

        String text = new ConsumerReport("Measured on a test.", figures).render();

        assertThat(text).isEqualTo("""
                Measured on a test.

                | Spec                       | Specpoet clean compile |          OAG clean compile | OAG / Specpoet | Specpoet no-op | Specpoet goal no-op | OAG no-op | Specpoet files | Specpoet lines | OAG files | OAG lines |
                | -------------------------- | ---------------------: | -------------------------: | -------------: | -------------: | ------------------: | --------: | -------------: | -------------: | --------: | --------: |
                | Adyen ManagementService-v3 |                 4.00 s |                     9.00 s |          2.25x |         1.80 s |                9 ms |    2.50 s |            425 |         51,953 |       308 |   101,441 |
                | GitHub 2020-07-30          |                12.34 s | 21.00 s (fails to compile) |              - |         2.00 s |               61 ms |         - |          1,012 |        169,055 |       574 |   302,842 |

                OpenAPI Generator on GitHub 2020-07-30: fails to compile: ReposGetContent200Response.java:[181,23] <identifier> expected (time to failure 21.00 s).

                | Target                                                                                             |                        Measured |    Met |
                | -------------------------------------------------------------------------------------------------- | ------------------------------: | -----: |
                | Consumer `clean compile` >= 2x faster than OpenAPI Generator's plugin (Adyen ManagementService-v3) |                           2.25x |    yes |
                | No-op rebuild < 50 ms (Specpoet's goal, the time it logs)                                          | worst 61 ms (GitHub 2020-07-30) | **no** |
                """);
    }
}
