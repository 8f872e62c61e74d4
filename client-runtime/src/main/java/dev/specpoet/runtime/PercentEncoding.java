package dev.specpoet.runtime;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding of path segments, query components and cookie values. */
final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** Encodes everything but the unreserved characters {@code A-Z a-z 0-9 - . _ ~}, as UTF-8. */
    static String encode(String text) {
        return encode(text, PercentEncoding::isUnreserved);
    }

    /**
     * Returns an encoded path segment that can never be a dot-segment, so that a value like {@code
     * ..} cannot climb out of the operation's path.
     */
    static String dotSafe(String encodedSegment) {
        if (encodedSegment.equals(".") || encodedSegment.equals("..")) {
            return encodedSegment.replace(".", "%2E");
        }
        return encodedSegment;
    }

    /**
     * Encodes what RFC 6265 does not allow in a cookie value (whitespace, quotes, comma, semicolon,
     * backslash, non-ASCII), so a value cannot smuggle in a second cookie.
     */
    static String cookieValue(String text) {
        return encode(text, c -> c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\');
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }

    private interface BytePredicate {
        boolean isLiteral(int b);
    }

    private static String encode(String text, BytePredicate literal) {
        // Most values (ids, numbers, enum values) need no encoding: they are returned as they are.
        int plain = 0;
        while (plain < text.length() && literal.isLiteral(text.charAt(plain))) {
            plain++;
        }
        if (plain == text.length()) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (literal.isLiteral(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
