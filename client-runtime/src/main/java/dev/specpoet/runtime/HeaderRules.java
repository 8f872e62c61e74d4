package dev.specpoet.runtime;

import java.net.http.HttpHeaders;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Validation, copying and display rules for HTTP header maps. */
final class HeaderRules {
    static final String MASK = "****";

    private HeaderRules() {}

    /**
     * Rejects a value that could split or truncate the header block; the message names the header
     * but never repeats the value, which may be a credential.
     */
    static String requireSafe(String kind, String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new IllegalArgumentException(
                        kind + " '" + name + "' has a control character (CR, LF, NUL...) in its value");
            }
        }
        return value;
    }

    /** Returns whether a header with this name typically carries a credential or session. */
    static boolean looksSecret(String name) {
        return SecretNames.looksSecret(name);
    }

    /** Returns an unmodifiable copy whose lookups ignore case, as HTTP header names do. */
    static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
        if (headers instanceof Received) {
            return headers; // Immutable and case-insensitive already.
        }
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the headers of a response as a map that {@link #copyOf} takes as it is: the JDK's
     * header map is immutable and ignores case, so copying it for every response would only cost.
     */
    static Map<String, List<String>> received(HttpHeaders headers) {
        return new Received(headers.map());
    }

    /** Returns a copy for display with the values of secret-looking headers masked. */
    static Map<String, List<String>> redact(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, looksSecret(name) ? List.of(MASK) : List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /** The JDK's map of received headers: unmodifiable, case-insensitive, lists immutable. */
    private static final class Received extends AbstractMap<String, List<String>> {
        private final Map<String, List<String>> headers;

        Received(Map<String, List<String>> headers) {
            this.headers = headers;
        }

        @Override
        public List<String> get(Object name) {
            return headers.get(name);
        }

        @Override
        public boolean containsKey(Object name) {
            return headers.containsKey(name);
        }

        @Override
        public int size() {
            return headers.size();
        }

        @Override
        public Set<Entry<String, List<String>>> entrySet() {
            return headers.entrySet();
        }
    }
}
