package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void padsColumnsNamesLeftFiguresRight() {
        String table = new MarkdownTable(List.of("Spec", "ms"))
                .row(List.of("Stripe", "1,234"))
                .row(List.of("a", "7.5"))
                .render();

        assertThat(table).isEqualTo("""
                        | Spec   |    ms |
                        | ------ | ----: |
                        | Stripe | 1,234 |
                        | a      |   7.5 |
                        """);
    }

    @Test
    void aRowMustFillEveryColumn() {
        MarkdownTable table = new MarkdownTable(List.of("Spec", "ms"));

        assertThatThrownBy(() -> table.row(List.of("only one")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row of 1 cells in a table of 2 columns: [only one]");
    }
}
