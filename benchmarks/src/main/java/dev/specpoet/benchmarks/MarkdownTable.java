package dev.specpoet.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table padded so its columns line up in a terminal as well as render on a web page;
 * the first column is left-aligned (names), the others right-aligned (figures).
 */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(List<String> header) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.header = List.copyOf(header);
    }

    /** Adds a row; it must have one cell per column. */
    MarkdownTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(
                    "a row of " + cells.size() + " cells in a table of " + header.size() + " columns: " + cells);
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** The table's text, one line per row, each ending with a line break. */
    String render() {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], Math.max(3, row.get(i).length()));
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, header, widths);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            rule.add(i == 0 ? "-".repeat(widths[i]) : "-".repeat(widths[i] - 1) + ":");
        }
        text.append("| ").append(String.join(" | ", rule)).append(" |\n");
        for (List<String> row : rows) {
            line(text, row, widths);
        }
        return text.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        List<String> padded = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            padded.add(i == 0 ? cell + padding : padding + cell);
        }
        text.append("| ").append(String.join(" | ", padded)).append(" |\n");
    }
}
