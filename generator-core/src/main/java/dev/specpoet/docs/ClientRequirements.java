package dev.specpoet.docs;

import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.RuntimeMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The README's requirements section: the JDK, and the exact dependencies the project that compiles
 * the client adds, by Jackson edition and by where the runtime comes from.
 */
final class ClientRequirements {
    /** The Jackson 3 the build tests the Jackson 3 edition with, recommended to its users. */
    private static final String JACKSON_3_VERSION = version("jackson3.properties", "3.3.0");

    private final JacksonEdition jackson;
    private final String jacksonVersion;
    private final RuntimeMode runtime;
    private final boolean nullableAnnotations;
    private final String runtimeVersion;

    /**
     * @param jacksonVersion the Jackson 2 the generator is built with, recommended to Jackson 2 clients
     * @param nullableAnnotations whether the client's code carries JSpecify's {@code @Nullable}
     * @param runtimeVersion the runtime library's version: the generator's own
     */
    ClientRequirements(
            JacksonEdition jackson,
            String jacksonVersion,
            RuntimeMode runtime,
            boolean nullableAnnotations,
            String runtimeVersion) {
        this.jackson = jackson;
        this.jacksonVersion = jacksonVersion;
        this.runtime = runtime;
        this.nullableAnnotations = nullableAnnotations;
        this.runtimeVersion = runtimeVersion;
    }

    String render() {
        StringBuilder text = new StringBuilder("## Requirements\n\n")
                .append("Java 17 or later. The client sends requests with `java.net.http.HttpClient` and reads JSON")
                .append(" with Jackson ")
                .append(jackson.spelling());
        if (runtime == RuntimeMode.LIBRARY) {
            text.append(", through the Specpoet runtime library (at the generator's version; it brings Jackson");
            text.append(" along, so a newer Jackson may be set beside it)");
        } else {
            text.append("; the runtime is part of the client, in `internal`");
        }
        text.append(". Add these dependencies to the project that compiles it:\n\n```xml\n");
        if (runtime == RuntimeMode.LIBRARY) {
            text.append(dependency("dev.specpoet", jackson.runtimeArtifactId(), runtimeVersion));
        }
        if (jackson == JacksonEdition.JACKSON_3) {
            // java.time support is part of Jackson 3's databind: no module to add.
            text.append(dependency("tools.jackson.core", "jackson-databind", JACKSON_3_VERSION));
        } else {
            text.append(dependency("com.fasterxml.jackson.core", "jackson-databind", jacksonVersion));
            text.append(dependency("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", jacksonVersion));
        }
        // The library brings JSpecify along; a client with its own copy of the runtime needs it named.
        if (nullableAnnotations && runtime == RuntimeMode.EMBEDDED) {
            text.append(dependency("org.jspecify", "jspecify", RuntimeMode.jspecifyVersion()));
        }
        return text.append("```\n\n").toString();
    }

    private static String dependency(String groupId, String artifactId, String version) {
        return "<dependency>\n  <groupId>" + groupId + "</groupId>\n  <artifactId>" + artifactId
                + "</artifactId>\n  <version>" + version + "</version>\n</dependency>\n";
    }

    /** A version the build wrote into a resource from the root pom; {@code fallback} when absent. */
    private static String version(String resource, String fallback) {
        Properties properties = new Properties();
        try (InputStream in = ClientRequirements.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return properties.getProperty("version", fallback);
    }
}
