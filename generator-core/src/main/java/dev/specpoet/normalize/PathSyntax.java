package dev.specpoet.normalize;

/**
 * Turns the path notations of the vendors' pagination extensions into RFC 6901 JSON pointers:
 * JSONPath ({@code $.data[0].id}), Fern's {@code $response.a.b} and runtime expressions
 * ({@code $response.body#/a/b}, {@code $request.query#/name}).
 */
final class PathSyntax {
    private PathSyntax() {}

    /** {@code $.a.b[0]} as {@code /a/b/0}; {@code $} alone is the whole body, {@code ""}. */
    static String jsonPath(String path) {
        String text = path.trim();
        if (!text.startsWith("$")) {
            throw new IllegalArgumentException("'" + path + "' is not a JSONPath (it starts with $)");
        }
        StringBuilder pointer = new StringBuilder();
        String rest = text.substring(1);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\\.([^.\\[\\]]+)|\\[(\\d+)\\]|\\['([^']*)'\\]")
                .matcher(rest);
        int at = 0;
        while (at < rest.length()) {
            if (!token.find(at) || token.start() != at) {
                throw new IllegalArgumentException(
                        "'" + path + "' is a JSONPath this generator cannot follow (only .name, [n] and ['name'])");
            }
            String name =
                    token.group(1) != null ? token.group(1) : token.group(2) != null ? token.group(2) : token.group(3);
            pointer.append('/').append(escape(name));
            at = token.end();
        }
        return pointer.toString();
    }

    /**
     * Splits {@code $.data[-1].id} (a field of the last item) into the items pointer and the
     * pointer inside the item: {@code ["/data", "/id"]}; null when the path has no {@code [-1]}.
     */
    static String[] lastItem(String path) {
        int last = path.indexOf("[-1]");
        if (last < 0) {
            return null;
        }
        String inner = "$" + path.substring(last + "[-1]".length());
        return new String[] {jsonPath(path.substring(0, last)), jsonPath(inner)};
    }

    /** Fern's {@code $response.a.b} as {@code /a/b}. */
    static String fernResponse(String path) {
        String text = path.trim();
        if (!text.startsWith("$response")) {
            throw new IllegalArgumentException("'" + path + "' must start with $response");
        }
        return jsonPath("$" + text.substring("$response".length()));
    }

    /** Fern's {@code $request.name} as the parameter name; a nested request field is not supported. */
    static String fernRequest(String path) {
        String text = path.trim();
        if (!text.startsWith("$request.")) {
            throw new IllegalArgumentException("'" + path + "' must be $request.<parameter>");
        }
        String name = text.substring("$request.".length());
        if (name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException(
                    "'" + path + "' names a field of the request body; only query parameters are supported");
        }
        return name;
    }

    /** A runtime expression {@code $response.body#/a/b} as {@code /a/b}. */
    static String responseBody(String expression) {
        String text = expression.trim();
        if (!text.startsWith("$response.body")) {
            throw new IllegalArgumentException("'" + expression + "' must start with $response.body");
        }
        String rest = text.substring("$response.body".length());
        return rest.isEmpty() ? "" : checkPointer(expression, rest.startsWith("#") ? rest.substring(1) : rest);
    }

    /** A runtime expression {@code $request.query#/name} (or {@code $request.query.name}) as the name. */
    static String requestQuery(String expression) {
        String text = expression.trim();
        for (String prefix : new String[] {"$request.query#/", "$request.query."}) {
            if (text.startsWith(prefix) && text.length() > prefix.length()) {
                return text.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
            }
        }
        throw new IllegalArgumentException("'" + expression + "' must be $request.query#/<parameter>");
    }

    /** One property name as a pointer. */
    static String property(String name) {
        return "/" + escape(name);
    }

    private static String checkPointer(String expression, String pointer) {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("'" + expression + "' has no JSON pointer after #");
        }
        return pointer;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
