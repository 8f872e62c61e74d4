package dev.specpoet.emit;

import java.util.regex.Pattern;

/**
 * Drops the blank line JavaPoet puts between every two members where a person would not write one:
 * between plain one-line field declarations ({@code private String city;}) and between bare enum
 * constants. A builder's list of fields then reads as one block, as in hand-written Java, and large
 * specs lose a line per property. Blank lines before anything with Javadoc or an annotation stay.
 *
 * <p>Removing a blank line never changes what Java code means: JavaPoet writes string literals
 * with escapes and no text blocks, so a line break is never inside a literal.
 */
final class BlankLines {
    /** A whole field declaration on one line: modifiers, type, name, optional initializer, semicolon. */
    private static final Pattern FIELD = Pattern.compile(
            "(?:(?:private|public|protected|static|final|transient|volatile) )*[\\w$.<>?,\\[\\]@ ]+ [\\w$]+(?: = .*)?;");
    /** An enum constant, bare or with constructor arguments, and without a body. */
    private static final Pattern CONSTANT = Pattern.compile("[\\w$]+(?:\\(.*\\))?[,;]?");

    private BlankLines() {}

    static String tighten(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 1
                    && i < lines.length - 1
                    && lines[i].isEmpty()
                    && bare(lines[i - 2])
                    && together(lines[i - 1], lines[i + 1])) {
                continue;
            }
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Whether the line above a member leaves it bare: a member under Javadoc or an annotation keeps
     * the blank line after it, or the next member would seem to share its comment.
     */
    private static boolean bare(String above) {
        String trimmed = above.strip();
        return !trimmed.endsWith("*/") && !trimmed.startsWith("@");
    }

    private static boolean together(String before, String after) {
        int indent = indent(before);
        if (indent == 0 || indent != indent(after)) {
            return false;
        }
        String first = before.substring(indent);
        String second = after.substring(indent);
        if (first.startsWith("return ") || second.startsWith("return ")) {
            return false;
        }
        // Every field declaration ends with a semicolon: checked first, it spares most lines the pattern.
        boolean fields = first.endsWith(";")
                && second.endsWith(";")
                && FIELD.matcher(first).matches()
                && FIELD.matcher(second).matches();
        boolean constants = first.endsWith(",")
                && !first.contains(" ")
                && CONSTANT.matcher(first).matches()
                && CONSTANT.matcher(second).matches()
                && !second.contains(" ");
        return fields || constants;
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
