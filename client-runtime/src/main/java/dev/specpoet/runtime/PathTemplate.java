package dev.specpoet.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An operation's path such as {@code /companies/{companyId}}, split into literals and names. */
record PathTemplate(String template, List<String> names, List<String> literals) {

    PathTemplate {
        names = List.copyOf(names);
        literals = List.copyOf(literals);
    }

    /** Parses {@code template}; a missing leading slash is added. */
    static PathTemplate parse(String template) {
        String path = template.startsWith("/") ? template : "/" + template;
        List<String> names = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        int start = 0;
        int open;
        while ((open = path.indexOf('{', start)) >= 0) {
            int close = path.indexOf('}', open);
            if (close < 0 || close == open + 1) {
                throw new IllegalArgumentException("path template has an unclosed or empty '{': " + template);
            }
            literals.add(path.substring(start, open));
            names.add(path.substring(open + 1, close));
            start = close + 1;
        }
        literals.add(path.substring(start));
        return new PathTemplate(path, names, literals);
    }

    /** Returns the path with each placeholder replaced by its already-encoded value. */
    String expand(Function<String, String> encodedValues) {
        StringBuilder path = new StringBuilder(literals.get(0));
        for (int i = 0; i < names.size(); i++) {
            path.append(encodedValues.apply(names.get(i))).append(literals.get(i + 1));
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
