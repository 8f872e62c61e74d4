package dev.specpoet.naming;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules for every generated identifier, in one place.
 *
 * <ul>
 *   <li>Words: a name is split at every character that cannot be part of a Java identifier, and at
 *       {@code _} and {@code $}; constants also split at camel-case humps.
 *   <li>Types are UpperCamelCase: each word gets an upper-case first letter, a word in capitals
 *       ({@code API}) becomes {@code Api}; other letters are kept, so {@code AccessKeyDTO} stays.
 *   <li>Members are lowerCamelCase: as types, with a leading acronym lower-cased ({@code
 *       URLPath} becomes {@code urlPath}).
 *   <li>Enum constants are UPPER_SNAKE_CASE; a value of symbols only is spelled out ({@code >=}
 *       becomes {@code GREATER_THAN_EQUALS}); an empty value is {@code EMPTY}.
 *   <li>One rule for keywords and leading digits: a Java keyword, literal or restricted identifier
 *       gets a trailing {@code _} ({@code class_}); a name starting with a digit gets a leading
 *       {@code _} ({@code _0}).
 *   <li>Names are capped at {@link #MAX_LENGTH} characters; longer ones keep a prefix and a hash.
 * </ul>
 */
public final class JavaNames {
    /** Keeps file names (name + ".java") well under the 255-byte limit of common file systems. */
    public static final int MAX_LENGTH = 120;

    private static final Set<String> RESERVED = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "_",
            "var",
            "yield",
            "record",
            "sealed",
            "permits",
            "exports",
            "module",
            "non-sealed");

    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('+', "PLUS"),
            Map.entry('-', "MINUS"),
            Map.entry('*', "STAR"),
            Map.entry('/', "SLASH"),
            Map.entry('\\', "BACKSLASH"),
            Map.entry('<', "LESS_THAN"),
            Map.entry('>', "GREATER_THAN"),
            Map.entry('=', "EQUALS"),
            Map.entry('!', "NOT"),
            Map.entry('.', "DOT"),
            Map.entry('@', "AT"),
            Map.entry('#', "HASH"),
            Map.entry('$', "DOLLAR"),
            Map.entry('%', "PERCENT"),
            Map.entry('&', "AND"),
            Map.entry('|', "PIPE"),
            Map.entry('^', "CARET"),
            Map.entry('~', "TILDE"),
            Map.entry('?', "QUESTION"),
            Map.entry(':', "COLON"),
            Map.entry(',', "COMMA"),
            Map.entry(';', "SEMICOLON"),
            Map.entry(' ', "SPACE"),
            Map.entry('_', "UNDERSCORE"),
            Map.entry('(', "LEFT_PARENTHESIS"),
            Map.entry(')', "RIGHT_PARENTHESIS"),
            Map.entry('[', "LEFT_BRACKET"),
            Map.entry(']', "RIGHT_BRACKET"),
            Map.entry('{', "LEFT_BRACE"),
            Map.entry('}', "RIGHT_BRACE"),
            Map.entry('\'', "QUOTE"),
            Map.entry('"', "DOUBLE_QUOTE"));

    private JavaNames() {}

    /** UpperCamelCase type name; {@code fallback} when the text has no usable characters. */
    public static String typeName(String text, String fallback) {
        StringBuilder name = new StringBuilder();
        for (String word : words(text, false)) {
            name.append(capitalize(word));
        }
        return finish(name.length() == 0 ? fallback : name.toString());
    }

    /** lowerCamelCase member name (method, field, parameter); {@code fallback} when nothing is usable. */
    public static String memberName(String text, String fallback) {
        List<String> words = words(text, false);
        if (words.isEmpty()) {
            return finish(fallback);
        }
        StringBuilder name = new StringBuilder(decapitalize(words.get(0)));
        for (int i = 1; i < words.size(); i++) {
            name.append(capitalize(words.get(i)));
        }
        return finish(name.toString());
    }

    /** UPPER_SNAKE_CASE enum constant name. */
    public static String constantName(String text) {
        if (text.isEmpty()) {
            return "EMPTY";
        }
        List<String> words = words(text, true);
        if (words.isEmpty() || startsWithSign(text)) {
            List<String> spelled = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    break;
                }
                spelled.add(SYMBOLS.getOrDefault(c, "U" + Integer.toHexString(c).toUpperCase(Locale.ROOT)));
            }
            spelled.addAll(words);
            words = spelled;
        }
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            if (name.length() > 0) {
                name.append('_');
            }
            name.append(word.toUpperCase(Locale.ROOT));
        }
        return finish(name.toString());
    }

    /** True when {@code name} is a Java keyword, literal or restricted identifier. */
    public static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    /**
     * The words of a name. Separators are characters that cannot be part of an identifier, plus
     * {@code _} and {@code $}; with {@code splitHumps}, {@code inProgress} is two words as well.
     */
    static List<String> words(String text, boolean splitHumps) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            boolean part = Character.isLetterOrDigit(c) && Character.isJavaIdentifierPart(c);
            if (!part) {
                flush(word, words);
                continue;
            }
            if (splitHumps && word.length() > 0 && isHump(codePoints, i)) {
                flush(word, words);
            }
            word.appendCodePoint(c);
        }
        flush(word, words);
        return words;
    }

    private static boolean isHump(int[] text, int i) {
        int previous = text[i - 1];
        int current = text[i];
        if (!Character.isUpperCase(current)) {
            return false;
        }
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        // The last capital of an acronym starts the next word: "HTTPServer" is HTTP, Server.
        return Character.isUpperCase(previous) && i + 1 < text.length && Character.isLowerCase(text[i + 1]);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String capitalize(String word) {
        if (isAllUpper(word)) {
            return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        }
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String decapitalize(String word) {
        if (isAllUpper(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        int upper = 0;
        while (upper < word.length() && Character.isUpperCase(word.charAt(upper))) {
            upper++;
        }
        if (upper <= 1) {
            return word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
        }
        if (word.substring(upper).equals("s")) {
            return word.toLowerCase(Locale.ROOT); // "IDs" is a plural acronym, not I + Ds
        }
        // "URLPath": the acronym is all but the last capital, which starts the next word.
        return word.substring(0, upper - 1).toLowerCase(Locale.ROOT) + word.substring(upper - 1);
    }

    private static boolean isAllUpper(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && word.length() > 1;
    }

    private static boolean startsWithSign(String text) {
        return text.length() > 1
                && (text.charAt(0) == '-' || text.charAt(0) == '+')
                && Character.isDigit(text.charAt(1));
    }

    /** Applies the keyword, leading-digit and length rules; an empty name (an empty fallback) stays empty. */
    private static String finish(String name) {
        if (name.isEmpty()) {
            return name;
        }
        String result = name;
        if (Character.isDigit(result.codePointAt(0)) || !Character.isJavaIdentifierStart(result.codePointAt(0))) {
            result = "_" + result;
        }
        if (RESERVED.contains(result)) {
            result = result + "_";
        }
        return shorten(result);
    }

    /** Caps a name at {@link #MAX_LENGTH}, keeping it unique with a hash of the whole. */
    static String shorten(String name) {
        if (name.length() <= MAX_LENGTH && name.getBytes(StandardCharsets.UTF_8).length <= 2 * MAX_LENGTH) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        int keep = Math.min(MAX_LENGTH - hash.length() - 1, name.length());
        while (name.substring(0, keep).getBytes(StandardCharsets.UTF_8).length > 2 * MAX_LENGTH - hash.length() - 1) {
            keep--;
        }
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep) + "_" + hash;
    }
}
