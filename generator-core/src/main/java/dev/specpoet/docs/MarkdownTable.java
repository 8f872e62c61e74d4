package dev.specpoet.docs;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table whose cells are escaped so that spec text can never break its layout. */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row of Markdown cells; each is escaped with {@link #cell}. */
    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(
                    "A row of " + cells.length + " cells in a table of " + header.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        StringBuilder text = new StringBuilder();
        line(text, header);
        line(text, header.stream().map(h -> "---").toList());
        rows.forEach(row -> line(text, row));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells) {
        text.append('|');
        for (String cell : cells) {
            text.append(' ').append(cell(cell)).append(" |");
        }
        text.append('\n');
    }

    /**
     * A cell's text: Markdown kept, but a pipe would end the cell and a line break the row, so
     * pipes are escaped and line breaks become {@code <br>}.
     */
    static String cell(String text) {
        String escaped = text.strip().replace("\r\n", "\n").replace('\r', '\n');
        escaped = escaped.replaceAll("(?<!\\\\)\\|", "\\\\|");
        return escaped.replaceAll("\n\\s*\n", "<br><br>").replace("\n", "<br>");
    }
}
