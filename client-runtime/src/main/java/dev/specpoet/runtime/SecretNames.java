package dev.specpoet.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for names that look like they hold a credential, for header, parameter and model
 * property names alike. The client masks the values of such headers in messages, {@code toString}
 * and listener events; the generator reads this same rule to mask such properties in the {@code
 * toString} of generated models.
 */
public final class SecretNames {
    /** Marks a credential anywhere in a name: {@code refreshToken}, {@code client_secret}, {@code Set-Cookie}. */
    private static final List<String> MARKS = List.of(
            "password",
            "passwd",
            "passphrase",
            "secret",
            "token",
            "credential",
            "signature",
            "cookie",
            "authorization",
            "authentication",
            "apikey",
            "accesskey",
            "privatekey",
            "sessionid");

    /** Marks a credential as a whole word only: {@code X-Auth}, {@code session_id}, but not {@code author}. */
    private static final Set<String> WORDS = Set.of("auth", "session");

    private SecretNames() {}

    /**
     * Returns whether a value under this name typically is a credential: a name with a mark such as
     * {@code token} or {@code password}, the word {@code auth} or {@code session}, or a name whose
     * last word is {@code key} ({@code X-Api-Key}, {@code Idempotency-Key}, {@code key}) unless the
     * key is said to be public; {@code keyId} names the key, not the key, and stays readable.
     */
    public static boolean looksSecret(String name) {
        List<String> words = words(name);
        String joined = String.join("", words);
        if (MARKS.stream().anyMatch(joined::contains) || words.stream().anyMatch(WORDS::contains)) {
            return true;
        }
        int last = words.size() - 1;
        return last >= 0
                && words.get(last).equals("key")
                && (last == 0 || !words.get(last - 1).equals("public"));
    }

    /** The lower-case words of a name, split at every other character and at camel-case humps. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            boolean hump = Character.isUpperCase(c)
                    && i > 0
                    && (Character.isLowerCase(name.charAt(i - 1))
                            || Character.isDigit(name.charAt(i - 1))
                            || (Character.isUpperCase(name.charAt(i - 1))
                                    && i + 1 < name.length()
                                    && Character.isLowerCase(name.charAt(i + 1))));
            if (hump) {
                flush(word, words);
            }
            word.append(Character.toLowerCase(c));
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
