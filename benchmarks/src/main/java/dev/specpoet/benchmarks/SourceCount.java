package dev.specpoet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The size of generated main code: its {@code .java} files and their lines, blank and comment
 * lines included (what {@code wc -l} counts, plus a last line without a line break).
 *
 * @param files the number of {@code .java} files
 * @param lines their lines
 */
record SourceCount(long files, long lines) {

    /** Counts every {@code .java} file under {@code root}; a missing root counts as empty. */
    static SourceCount of(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return new SourceCount(0, 0);
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(path -> path.toString().endsWith(".java"))
                    .filter(Files::isRegularFile)
                    .toList();
        }
        long lines = 0;
        for (Path source : sources) {
            lines += lines(Files.readString(source));
        }
        return new SourceCount(sources.size(), lines);
    }

    /** The lines of one text: its line breaks ({@code \n}, {@code \r\n} or {@code \r}), plus an unterminated last line. */
    static long lines(String text) {
        long lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        char last = text.isEmpty() ? '\n' : text.charAt(text.length() - 1);
        return last == '\n' || last == '\r' ? lines : lines + 1;
    }
}
