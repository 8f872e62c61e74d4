package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void millisKeepTwoOrThreeSignificantDigits() {
        assertThat(Figures.millis(4_213_000)).isEqualTo("4.21");
        assertThat(Figures.millis(42_130_000)).isEqualTo("42.1");
        assertThat(Figures.millis(4_213_000_000L)).isEqualTo("4,213");
    }

    @Test
    void ratiosSharesCountsAndSizes() {
        assertThat(Figures.times(1.374)).isEqualTo("1.37x");
        assertThat(Figures.times(23.46)).isEqualTo("23.5x");
        assertThat(Figures.percent(0.514)).isEqualTo("51%");
        assertThat(Figures.count(101_439)).isEqualTo("101,439");
        assertThat(Figures.bytes(887_000)).isEqualTo("887 KB");
        assertThat(Figures.bytes(4_200_000)).isEqualTo("4.2 MB");
    }
}
