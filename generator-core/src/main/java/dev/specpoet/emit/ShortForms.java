package dev.specpoet.emit;

import java.util.regex.Pattern;

/**
 * Prints the short forms a person writes where JavaPoet always prints the long one: a Javadoc of
 * one short sentence on one line ({@code /** The value {@code http}. *}{@code /}) instead of three,
 * and an empty body as {@code {}} ({@code private Builder() {}}). On a large spec the three-line
 * comments of builder setters and enum constants are a sixth of the client's lines.
 *
 * <p>Joining these lines never changes what Java code means: the Javadoc text is the same, and an
 * empty body is empty either way. JavaPoet writes string literals with escapes and no text blocks,
 * so a line break is never inside a literal.
 */
final class ShortForms {
    /**
     * The column a one-line Javadoc must fit in: JavaPoet's own line width, so a joined comment is
     * never wider than the code it sits above.
     */
    static final int WIDTH = 100;

    /** A sentence ends inside the text: a full stop, question or exclamation mark or colon, then more text. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:]\\s+\\S");

    private ShortForms() {}

    static String shorten(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < lines.length) {
            String javadoc = i + 2 < lines.length ? oneLineJavadoc(lines[i], lines[i + 1], lines[i + 2]) : null;
            String body = javadoc == null && i + 1 < lines.length ? emptyBody(lines[i], lines[i + 1]) : null;
            if (javadoc != null) {
                out.append(javadoc);
                i += 3;
            } else if (body != null) {
                out.append(body);
                i += 2;
            } else {
                out.append(lines[i]);
                i++;
            }
            if (i < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * {@code /** Text. *}{@code /} for a three-line Javadoc whose one line is a single sentence with
     * no block tag, when it fits in {@link #WIDTH}; null otherwise.
     */
    private static String oneLineJavadoc(String open, String body, String close) {
        int indent = indent(open);
        if (!open.substring(indent).equals("/**")
                || !close.equals(" ".repeat(indent) + " */")
                || !body.startsWith(" ".repeat(indent) + " * ")) {
            return null;
        }
        String text = body.substring(indent + 3).strip();
        if (text.isEmpty()
                || text.startsWith("@")
                || SENTENCE_BREAK.matcher(text).find()) {
            return null;
        }
        String joined = " ".repeat(indent) + "/** " + text + " */";
        return joined.length() <= WIDTH ? joined : null;
    }

    /** {@code ... {}} for a line that opens a block and the line that closes it at the same indent; null otherwise. */
    private static String emptyBody(String open, String close) {
        int indent = indent(open);
        String code = open.substring(indent);
        if (!open.endsWith(" {")
                || code.startsWith("*")
                || code.startsWith("//")
                || !close.equals(" ".repeat(indent) + "}")) {
            return null;
        }
        return open + "}";
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
