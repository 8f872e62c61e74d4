package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallReportTest {
    private static final CallFigures FLOOR =
            new CallFigures(CallClients.HAND_WRITTEN, 2, 100_000, 300_000, 80_000, 20_480, 10_000, 0);
    private static final CallFigures SPECPOET =
            new CallFigures(CallClients.SPECPOET, 2, 110_000, 400_000, 90_000, 30_720, 8_500, 1_000);

    @Test
    void figuresSurviveTheirLine() {
        assertThat(CallFigures.fromLine(SPECPOET.toLine())).isEqualTo(SPECPOET);
        assertThatThrownBy(() -> CallFigures.fromLine("Specpoet\t2"))
                .hasMessageContaining("not a line of call figures");
    }

    @Test
    void comparesEachClientWithTheHandWrittenOneAndJudgesTheTargets() {
        String text = new CallReport("Measured on a test.", List.of(FLOOR, SPECPOET)).render();

        assertThat(text).isEqualTo("""
                Measured on a test.

                | Client       | CPUs | p50 µs | p99 µs | p50 / hw | CPU µs/call | CPU / hw | KB alloc/call | alloc / hw | 16 threads calls/s | calls/s / hw | threads started / 1,000 calls |
                | ------------ | ---: | -----: | -----: | -------: | ----------: | -------: | ------------: | ---------: | -----------------: | -----------: | ----------------------------: |
                | hand-written |    2 |    100 |    300 |    1.00x |        80.0 |    1.00x |          20.0 |      1.00x |             10,000 |        1.00x |                           0.0 |
                | Specpoet     |    2 |    110 |    400 |    1.10x |        90.0 |    1.13x |          30.0 |      1.50x |              8,500 |        0.85x |                        1000.0 |

                | Target (Specpoet)                    | CPUs |               Measured |    Met |
                | ------------------------------------ | ---: | ---------------------: | -----: |
                | median latency <= 1.15x hand-written |    2 |                  1.10x |    yes |
                | 16-thread throughput >= 0.9x         |    2 |                  0.85x | **no** |
                | allocation per call <= 1.3x          |    2 |                  1.50x | **no** |
                | no thread started per call           |    2 | 1000.0 per 1,000 calls | **no** |
                """);
    }
}
