package dev.specpoet.emit;

import java.util.Objects;

/**
 * One generated file: its path relative to the output folder, with {@code /} separators, and its
 * text.
 */
public record GeneratedSource(String path, String content) {
    public GeneratedSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("Not a relative path: " + path);
        }
    }

    /** The number of lines of text. */
    public int lineCount() {
        if (content.isEmpty()) {
            return 0;
        }
        int lines = 0;
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                lines++;
            }
        }
        return content.endsWith("\n") ? lines : lines + 1;
    }
}
