package dev.specpoet.emit;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes spec text safe inside Javadoc: no comment terminators, no unicode escapes that javac would
 * decode, no lines that read as block tags. Markdown is kept as written, it reads fine as text.
 */
final class Javadocs {
    private Javadocs() {}

    static String text(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                safe.append("&#92;"); // javac decodes \\u escapes even in comments
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                safe.append("*&#47;");
                i++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                safe.append("&#47;*");
                i++;
            } else if (c == '@' && (i == 0 || text.charAt(i - 1) == '\n' || onlyBlanksBefore(text, i))) {
                safe.append("{@literal @}");
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                safe.append(' ');
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** The text, one paragraph per non-empty part, for a Javadoc block. */
    static String paragraphs(Optional<String> first, Optional<String> second) {
        return java.util.stream.Stream.of(first, second)
                .flatMap(Optional::stream)
                .filter(part -> !part.isBlank())
                .map(Javadocs::text)
                .distinct()
                .collect(Collectors.joining("\n\n<p>"));
    }

    /** A one-line form for {@code @param} and {@code @return}. */
    static String line(String raw) {
        return text(raw).replace('\n', ' ');
    }

    private static boolean onlyBlanksBefore(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
