package dev.specpoet;

import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GenerationResult;
import dev.specpoet.api.GeneratorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Generates a typed Java client from an OpenAPI or Swagger spec. */
public final class Specpoet {
    private static final Properties STAMP = readStamp();
    private static final String VERSION = STAMP.getProperty("version", "0.0.0-dev");
    /** A snapshot's version stays while its code changes; its build time tells the builds apart. */
    private static final String BUILD =
            VERSION.endsWith("-SNAPSHOT") ? VERSION + " built " + STAMP.getProperty("built", "") : VERSION;

    private Specpoet() {}

    /** Runs the whole pipeline; see {@link #generate(GeneratorConfig, GenerationListener)}. */
    public static GenerationResult generate(GeneratorConfig config) throws GenerationException {
        return generate(config, GenerationListener.NONE);
    }

    /**
     * Runs the whole pipeline: load, model, naming, emit, write.
     *
     * @param listener receives every diagnostic and the end of each stage
     * @return what was written, left unchanged and deleted
     * @throws GenerationException with every located problem when the spec cannot be generated;
     *     the output folder is then left as it was
     */
    public static GenerationResult generate(GeneratorConfig config, GenerationListener listener)
            throws GenerationException {
        return new Pipeline(config, listener, VERSION, BUILD).run();
    }

    /** The generator's version, as its build stamped it. */
    public static String version() {
        return VERSION;
    }

    private static Properties readStamp() {
        Properties properties = new Properties();
        try (InputStream in = Specpoet.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
