package dev.specpoet.maven;

import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.MethodNaming;
import dev.specpoet.api.RuntimeMode;
import dev.specpoet.api.SpecSource;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The goal's parameters as the POM gives them, and their translation into a generator
 * configuration. Kept apart from the Mojo so the rules are testable without a Maven session.
 */
record MojoParameters(
        String provider,
        String inputSpec,
        String basePackage,
        File outputDirectory,
        String methodNaming,
        boolean generateDocs,
        File docsOutputDirectory,
        File baseDirectory) {

    /**
     * Builds the configuration; {@code loader} finds {@code inputSpec} when it names a resource
     * rather than a file.
     */
    GeneratorConfig toConfig(ClassLoader loader) throws MojoExecutionException {
        boolean hasProvider = !isBlank(provider);
        boolean hasSpec = !isBlank(inputSpec);
        if (hasProvider == hasSpec) {
            throw new MojoExecutionException(
                    "Specpoet: set exactly one of <provider> (a bundled spec id) and <inputSpec> (a file or classpath resource)");
        }
        if (hasSpec && isBlank(basePackage)) {
            throw new MojoExecutionException("Specpoet: <basePackage> is required with <inputSpec>");
        }
        SpecSource spec = hasProvider ? SpecSource.provider(provider.trim()) : specSource(inputSpec.trim(), loader);
        try {
            GeneratorConfig.Builder builder = GeneratorConfig.builder(spec, outputDirectory.toPath());
            if (!isBlank(basePackage)) {
                builder.basePackage(basePackage.trim());
            }
            if (!isBlank(methodNaming)) {
                builder.methodNaming(MethodNaming.parse(methodNaming.trim()));
            }
            if (generateDocs) {
                if (docsOutputDirectory == null) {
                    throw new MojoExecutionException(
                            "Specpoet: <docsOutputDirectory> is required when <generateDocs> is true");
                }
                builder.docsDirectory(docsOutputDirectory.toPath());
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Specpoet: " + e.getMessage(), e);
        }
    }

    /** Returns {@code config} ending SSE streams at {@code sseSentinel}, when the POM sets one. */
    static GeneratorConfig withSseSentinel(GeneratorConfig config, String sseSentinel) throws MojoExecutionException {
        if (sseSentinel == null || sseSentinel.isEmpty()) {
            return config;
        }
        try {
            return config.toBuilder().sseSentinel(sseSentinel).build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Specpoet: <sseSentinel> " + e.getMessage(), e);
        }
    }

    /** The {@code <jackson>} parameter: {@code 2} or {@code 3}; blank is the default, Jackson 2. */
    static JacksonEdition jackson(String jackson) throws MojoExecutionException {
        return choice("jackson", jackson, JacksonEdition::parse, JacksonEdition.JACKSON_2);
    }

    /** The {@code <runtime>} parameter: {@code library} or {@code embedded}; blank is the default, the library. */
    static RuntimeMode runtime(String runtime) throws MojoExecutionException {
        return choice("runtime", runtime, RuntimeMode::parse, RuntimeMode.LIBRARY);
    }

    /** A parameter with a few spellings: blank is {@code fallback}; a bad value names the parameter. */
    private static <T> T choice(String parameter, String value, Function<String, T> parse, T fallback)
            throws MojoExecutionException {
        if (isBlank(value)) {
            return fallback;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Specpoet: <" + parameter + "> " + e.getMessage(), e);
        }
    }

    /**
     * A URL when it starts with {@code file:}, {@code http:} or {@code https:}; else a file when one
     * exists at that path (relative to the project); else a classpath resource.
     */
    private SpecSource specSource(String location, ClassLoader loader) throws MojoExecutionException {
        if (location.matches("(?i)^(https?|file):.*")) {
            try {
                return SpecSource.url(java.net.URI.create(location));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Specpoet: <inputSpec> " + location + " is not a valid URL", e);
            }
        }
        Path path = Path.of(location);
        if (!path.isAbsolute()) {
            path = baseDirectory.toPath().resolve(path);
        }
        if (path.toFile().isFile()) {
            return SpecSource.file(path.normalize());
        }
        String resource = location.startsWith("/") ? location.substring(1) : location;
        if (loader.getResource(resource) != null) {
            return SpecSource.classpath(resource, loader);
        }
        throw new MojoExecutionException("Specpoet: <inputSpec> " + location + " is neither a file (looked for "
                + path.normalize() + ") nor a resource on the plugin's classpath");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
