package dev.specpoet.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where a generated client's runtime (transport, auth, retries, errors, unions) comes from: the
 * shared library, or a copy inside the client.
 */
public enum RuntimeMode {
    /**
     * The client calls the {@code specpoet-runtime} library (or {@code specpoet-runtime-jackson3}),
     * which the consumer depends on at the generator's version; the default. Every client of an
     * application then shares one {@code RetryPolicy}, {@code ApiException} and listener type.
     */
    LIBRARY("library"),
    /**
     * The runtime's sources are copied into {@code <basePackage>.internal} and compiled with the
     * client: for builds that cannot add a dependency. Each client then has types of its own.
     */
    EMBEDDED("embedded");

    private final String spelling;

    RuntimeMode(String spelling) {
        this.spelling = spelling;
    }

    /** Parses the spelling used on command lines and in POMs: {@code library} or {@code embedded}. */
    public static RuntimeMode parse(String text) {
        for (RuntimeMode mode : values()) {
            if (mode.spelling.equals(text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown runtime '" + text
                + "': use library (depend on specpoet-runtime, the default) or embedded (copy it into the client)");
    }

    /** The command-line spelling. */
    public String spelling() {
        return spelling;
    }

    /**
     * The version of {@code org.jspecify:jspecify} whose {@code @Nullable} generated code carries: the
     * one the runtime library depends on, which a build with an embedded runtime adds itself.
     */
    public static String jspecifyVersion() {
        return JSpecify.VERSION;
    }

    /** The package the client's runtime classes are in, for a client in {@code basePackage}. */
    public String runtimePackage(String basePackage, JacksonEdition jackson) {
        return this == LIBRARY ? jackson.runtimePackage() : basePackage + ".internal";
    }

    /** Read once, when first asked: the build writes the root POM's version into the resource. */
    private static final class JSpecify {
        static final String VERSION = read();

        private static String read() {
            Properties properties = new Properties();
            try (InputStream in = RuntimeMode.class.getResourceAsStream("jspecify.properties")) {
                if (in == null) {
                    throw new IllegalStateException("jspecify.properties is missing from the generator's jar");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read jspecify.properties", e);
            }
            return properties.getProperty("version");
        }
    }
}
