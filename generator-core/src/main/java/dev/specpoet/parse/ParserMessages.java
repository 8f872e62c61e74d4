package dev.specpoet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.SpecLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Swagger Parser's messages as diagnostics: each one located at the JSON pointer its dotted path
 * names ({@code attribute paths.'/pets/{id}'(get).parameters.[limit].bogus is unexpected} is about
 * {@code /paths/~1pets~1{id}/get/parameters/0}), so that lines and columns can be added from the
 * document's text later; and each distinct message once, with a count when the parser repeated it.
 */
final class ParserMessages {
    private static final String ATTRIBUTE = "attribute ";
    private static final List<String> ROOT_KEYS = List.of(
            "openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs", "webhooks");

    private ParserMessages() {}

    /** One warning per distinct message, in the order the parser first gave each, located in {@code main}. */
    static List<Diagnostic> diagnostics(List<String> messages, DocumentTree main) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String message : messages) {
            if (message != null) {
                counts.merge(message, 1, Integer::sum);
            }
        }
        SpecLocation document = SpecLocation.of(main.source().displayName());
        List<Diagnostic> diagnostics = new ArrayList<>();
        counts.forEach((message, count) -> diagnostics.add(Diagnostic.warning(
                "PARSER_MESSAGE",
                located(message, main.root(), document),
                count > 1 ? message + " (x" + count + ")" : message)));
        return diagnostics;
    }

    /** Where the message points, or the whole document when its text is not what {@link #locate} reads. */
    private static SpecLocation located(String message, JsonNode root, SpecLocation document) {
        try {
            return locate(message, root, document);
        } catch (RuntimeException e) {
            // A message's path is free text from another library: a courtesy, never a reason to fail.
            return document;
        }
    }

    /**
     * The deepest node of {@code root} the message's dotted path reaches: for "is missing", the
     * object that lacks the attribute. The document itself when the message names no path.
     */
    static SpecLocation locate(String message, JsonNode root, SpecLocation document) {
        String path = path(message);
        if (path.isEmpty()) {
            return document;
        }
        List<String> segments = segments(path);
        SpecLocation location = document;
        JsonNode node = root;
        int i = 0;
        while (i < segments.size() && node != null) {
            String segment = segments.get(i);
            if (segment.length() >= 2 && segment.startsWith("[") && segment.endsWith("]") && node.isArray()) {
                int index = indexOfNamed(node, segment.substring(1, segment.length() - 1));
                if (index < 0) {
                    break;
                }
                node = node.get(index);
                location = location.child(Integer.toString(index));
                i++;
                continue;
            }
            if (node.isArray() && segment.matches("\\d{1,9}") && Integer.parseInt(segment) < node.size()) {
                node = node.get(Integer.parseInt(segment));
                location = location.child(segment);
                i++;
                continue;
            }
            // A key may itself hold dots (a schema named Pet.V1): try the shortest run of segments first.
            int matched = -1;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < segments.size() && node.isObject(); j++) {
                if (j > i) {
                    key.append('.');
                }
                key.append(segments.get(j));
                if (node.has(key.toString())) {
                    matched = j;
                    break;
                }
            }
            if (matched < 0) {
                break;
            }
            node = node.get(key.toString());
            location = location.child(key.toString());
            i = matched + 1;
        }
        return location;
    }

    /** The dotted path a message starts with, after {@code attribute }; empty when it has none. */
    private static String path(String message) {
        String rest = message.startsWith(ATTRIBUTE) ? message.substring(ATTRIBUTE.length()) : message;
        if (!message.startsWith(ATTRIBUTE) && ROOT_KEYS.stream().noneMatch(key -> rest.startsWith(key + "."))) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        boolean quoted = false;
        for (char c : rest.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                break;
            }
            path.append(c);
        }
        String text = path.toString();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * {@code paths.'/pets/{id}'(get).parameters.[limit].in} as {@code paths}, {@code /pets/{id}},
     * {@code get}, {@code parameters}, {@code [limit]}, {@code in}.
     */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '\'') {
                int end = path.indexOf('\'', i + 1);
                end = end < 0 ? path.length() : end;
                segments.add(path.substring(i + 1, end));
                i = end + 1;
            } else if (c == '(' || c == '[') {
                flush(current, segments);
                int end = path.indexOf(c == '(' ? ')' : ']', i + 1);
                end = end < 0 ? path.length() : end;
                segments.add(
                        c == '(' ? path.substring(i + 1, end) : path.substring(i, Math.min(end + 1, path.length())));
                i = end + 1;
            } else if (c == '.') {
                flush(current, segments);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        flush(current, segments);
        return segments;
    }

    private static void flush(StringBuilder current, List<String> segments) {
        if (current.length() > 0) {
            segments.add(current.toString());
            current.setLength(0);
        }
    }

    /** The index of the parameter called {@code name} in a parameters array, or -1. */
    private static int indexOfNamed(JsonNode array, String name) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element.isObject() && name.equals(element.path("name").asText(null))) {
                return i;
            }
        }
        return -1;
    }
}
