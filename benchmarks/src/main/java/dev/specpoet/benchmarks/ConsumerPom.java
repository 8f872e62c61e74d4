package dev.specpoet.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pom.xml} of one consumer module: a template from {@code consumer/} on the classpath
 * whose {@code @name@} tokens are replaced by the reactor's versions (filtered into {@code
 * consumer/versions.properties} at build time) and by the spec and package of the run.
 */
final class ConsumerPom {
    private static final String VERSIONS = "consumer/versions.properties";
    private static final Pattern TOKEN = Pattern.compile("@([A-Za-z0-9.\\-]+)@");

    private ConsumerPom() {}

    /** The pom of {@code tool}'s consumer module for {@code spec}, with the versions this build was made with. */
    static String of(ConsumerTool tool, BenchSpec spec) {
        return of(tool, spec, versions());
    }

    /** The same with the given versions ({@code specpoet.version}, {@code jackson.version} and the others the templates name). */
    static String of(ConsumerTool tool, BenchSpec spec, Map<String, String> versions) {
        Map<String, String> values = new HashMap<>(versions);
        values.put("artifactId", tool.folderName() + "-consumer");
        values.put("inputSpec", spec.file().toAbsolutePath().normalize().toString());
        values.put("basePackage", spec.basePackage());
        return render(resource(tool.template()), values);
    }

    /**
     * Replaces each {@code @name@} of {@code template} by its value, XML-escaped.
     *
     * @throws IllegalArgumentException naming the tokens that have no value, so a template and the
     *     versions file cannot drift apart silently
     */
    static String render(String template, Map<String, String> values) {
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder text = new StringBuilder();
        TreeSet<String> missing = new TreeSet<>();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                missing.add(matcher.group(1));
                value = matcher.group();
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(escape(value)));
        }
        matcher.appendTail(text);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no value for " + String.join(", ", missing));
        }
        return text.toString();
    }

    /** The versions the build filtered in; an unfiltered {@code ${...}} means the file was copied raw. */
    static Map<String, String> versions() {
        Properties properties = new Properties();
        try (InputStream in = stream(VERSIONS)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> versions = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name);
            if (value.contains("${")) {
                throw new IllegalStateException(VERSIONS + " was not filtered by the build: " + name + "=" + value);
            }
            versions.put(name, value);
        }
        return versions;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = ConsumerPom.class.getClassLoader().getResourceAsStream(name);
        return Objects.requireNonNull(in, () -> "no classpath resource " + name);
    }
}
