package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ConsumerFiguresTest {
    private static final SourceCount SOURCES = new SourceCount(425, 51_953);

    @Test
    void takesTheMedianOfEachKindOfBuildAndOfTheGoalsOwnTime() {
        ConsumerFigures figures = ConsumerFigures.of(
                "Adyen ManagementService-v3",
                ConsumerTool.SPECPOET,
                List.of(ok(9_000), ok(7_000), ok(8_000)),
                List.of(upToDate(2_100, 40), upToDate(1_900, 9), upToDate(2_000, 12)),
                SOURCES);

        assertThat(figures.cleanNanos()).isEqualTo(8_000_000_000L);
        assertThat(figures.noOpNanos()).isEqualTo(OptionalLong.of(2_000_000_000L));
        assertThat(figures.goalNoOpMillis()).isEqualTo(OptionalLong.of(12));
        assertThat(figures.failed()).isFalse();
        assertThat(figures.sources()).isEqualTo(SOURCES);
    }

    @Test
    void openApiGeneratorsNoOpHasNoGoalTime() {
        ConsumerFigures figures = ConsumerFigures.of(
                "Adyen ManagementService-v3",
                ConsumerTool.OPENAPI_GENERATOR,
                List.of(ok(9_000)),
                List.of(ok(2_500)),
                SOURCES);

        assertThat(figures.noOpNanos()).isEqualTo(OptionalLong.of(2_500_000_000L));
        assertThat(figures.goalNoOpMillis()).isEmpty();
    }

    @Test
    void aFailedCleanBuildGivesTheMedianTimeToFailureAndItsReason() {
        BuildOutcome failed =
                new BuildOutcome(30_000_000_000L, 1, "[ERROR] /w/src/main/java/a/B.java:[1,2] <identifier> expected\n");
        ConsumerFigures figures = ConsumerFigures.of(
                "GitHub 2020-07-30",
                ConsumerTool.OPENAPI_GENERATOR,
                List.of(failed, failed, new BuildOutcome(20_000_000_000L, 1, "")),
                List.of(),
                SOURCES);

        assertThat(figures.cleanNanos()).isEqualTo(30_000_000_000L);
        assertThat(figures.failure()).contains("fails to compile: B.java:[1,2] <identifier> expected");
        assertThat(figures.noOpNanos()).isEmpty();
    }

    @Test
    void aFailedNoOpBuildIsAFailureToo() {
        ConsumerFigures figures = ConsumerFigures.of(
                "GitHub 2020-07-30",
                ConsumerTool.SPECPOET,
                List.of(ok(9_000)),
                List.of(new BuildOutcome(1_000_000_000L, 1, "[ERROR] boom\n")),
                SOURCES);

        assertThat(figures.failure()).contains("no-op compile: build fails (exit code 1): boom");
        assertThat(figures.noOpNanos()).isEmpty();
    }

    @Test
    void noCleanBuildIsAnError() {
        assertThatThrownBy(() -> ConsumerFigures.of("x", ConsumerTool.SPECPOET, List.of(), List.of(), SOURCES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no clean builds of Specpoet on x");
    }

    static BuildOutcome ok(long millis) {
        return new BuildOutcome(millis * 1_000_000, 0, "[INFO] BUILD SUCCESS\n");
    }

    static BuildOutcome upToDate(long millis, long goalMillis) {
        return new BuildOutcome(
                millis * 1_000_000,
                0,
                "[INFO] Specpoet: spec.json -> out is up to date (425 files, " + goalMillis + " ms)\n");
    }
}
