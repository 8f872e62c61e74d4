package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void oddCountTakesTheMiddleOfTheSortedValues() {
        assertThat(Median.of(List.of(9L, 1L, 5L))).isEqualTo(5L);
        assertThat(Median.of(List.of(7L))).isEqualTo(7L);
    }

    @Test
    void evenCountAveragesTheTwoMiddleValues() {
        assertThat(Median.of(List.of(10L, 2L, 4L, 100L))).isEqualTo(7L);
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(() -> Median.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no values to take the median of");
    }

    @Test
    void stageTimesTakeEachFiguresOwnMedian() {
        List<StageTimes> runs = List.of(
                new StageTimes(1, 20, 300, 4, 900),
                new StageTimes(3, 10, 100, 6, 700),
                new StageTimes(2, 30, 200, 5, 800));

        assertThat(StageTimes.median(runs)).isEqualTo(new StageTimes(2, 20, 200, 5, 800));
    }
}
