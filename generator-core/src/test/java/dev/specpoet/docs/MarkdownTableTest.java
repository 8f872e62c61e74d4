package dev.specpoet.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {
    @Test
    void pipesAndLineBreaksCannotBreakTheTableButMarkdownStays() {
        String table = new MarkdownTable("Name", "Description")
                .row("**a|b**", "First line with [a link](https://example.com).\nSecond | line\r\n\r\nNew paragraph")
                .row("c", "already \\| escaped")
                .render();

        assertThat(table)
                .isEqualTo("| Name | Description |\n"
                        + "| --- | --- |\n"
                        + "| **a\\|b** | First line with [a link](https://example.com).<br>Second \\| line<br><br>"
                        + "New paragraph |\n"
                        + "| c | already \\| escaped |\n");
    }

    @Test
    void aRowMustFitTheHeader() {
        assertThatThrownBy(() -> new MarkdownTable("A", "B").row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells in a table of 2 columns");
    }
}
