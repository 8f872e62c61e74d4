package dev.specpoet.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code {name}} placeholders of an OpenAPI path template. */
public final class PathTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

    private PathTemplate() {}

    /** The placeholder names in order of appearance, each once. */
    public static List<String> names(String path) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }
}
