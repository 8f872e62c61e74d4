package dev.specpoet.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads RFC 8288 {@code Link} headers: {@code <https://host/items?page=2>; rel="next", <...>; rel="last"}. */
final class LinkHeader {
    private LinkHeader() {}

    /** The target of the first link whose relation types include {@code next}, over all header values. */
    static Optional<String> next(List<String> values) {
        for (String value : values) {
            int at = 0;
            while (true) {
                int open = value.indexOf('<', at);
                int close = open < 0 ? -1 : value.indexOf('>', open);
                if (close < 0) {
                    break;
                }
                String target = value.substring(open + 1, close).trim();
                int end = nextLinkStart(value, close + 1);
                if (isNext(value.substring(close + 1, end))) {
                    return target.isEmpty() ? Optional.empty() : Optional.of(target);
                }
                at = end;
            }
        }
        return Optional.empty();
    }

    /** Where the next link of the value starts: the comma after this link's parameters, quotes respected. */
    private static int nextLinkStart(String value, int from) {
        boolean quoted = false;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                return i;
            }
        }
        return value.length();
    }

    /** True when the parameters have {@code rel=next}, quoted or not, alone or among other types. */
    private static boolean isNext(String parameters) {
        for (String parameter : parameters.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("rel")) {
                String types = pair[1].trim();
                if (types.length() >= 2 && types.startsWith("\"") && types.endsWith("\"")) {
                    types = types.substring(1, types.length() - 1);
                }
                for (String type : types.trim().split("\\s+")) {
                    if (type.toLowerCase(Locale.ROOT).equals("next")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
