package dev.specpoet;

import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GenerationResult;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.api.SpecSource;
import dev.specpoet.changelog.ApiChangelog;
import dev.specpoet.state.ApiSurface;
import dev.specpoet.state.RunState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** Generates a typed Java client from an OpenAPI or Swagger spec. */
public final class Specpoet {
    private static final Properties STAMP = readStamp();
    private static final String VERSION = STAMP.getProperty("version", "0.0.0-dev");
    /** A snapshot's version stays while its code changes; its build time tells the builds apart. */
    private static final String BUILD =
            VERSION.endsWith("-SNAPSHOT") ? VERSION + " built " + STAMP.getProperty("built", "") : VERSION;

    private static final String DIFF_PACKAGE = "specpoet.diff";

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

    /**
     * Compares the API of the client {@code config}'s spec gives with the one {@code oldSpec} gives,
     * without generating or writing anything: what {@code specpoet diff OLD NEW} prints. The old
     * spec is read with the new one's method naming and reference rules.
     *
     * @return the changelog, the configuration's accepted breaking changes marked
     * @throws GenerationException when either spec cannot be read, with located reasons
     */
    public static ApiChangelog diff(SpecSource oldSpec, GeneratorConfig config, GenerationListener listener)
            throws GenerationException {
        GeneratorConfig old = GeneratorConfig.builder(oldSpec, config.outputDirectory())
                .basePackage(config.basePackage().orElse(DIFF_PACKAGE))
                .methodNaming(config.methodNaming())
                .allowRefsOutsideSpecFolder(config.allowRefsOutsideSpecFolder())
                .build();
        ApiSurface before = new Pipeline(old, listener, VERSION, BUILD).surface();
        Pipeline pipeline = new Pipeline(withPackage(config), listener, VERSION, BUILD);
        return pipeline.changelog(before, pipeline.surface());
    }

    /**
     * Compares the API of the client {@code config}'s spec gives with the one recorded by the last
     * run into {@code config}'s output folder, kept in its state folder; when that folder holds the
     * record of exactly one output folder, that one. Nothing is generated or written.
     *
     * @throws GenerationException when the spec cannot be read, or no run is recorded
     */
    public static ApiChangelog diffWithLastRun(GeneratorConfig config, GenerationListener listener)
            throws GenerationException {
        SpecLocation spec = SpecLocation.of(config.spec().displayName());
        Path stateDirectory = config.stateDirectory()
                .orElseThrow(() -> GenerationException.of(
                        "NO_RECORDED_RUN", spec, "no state folder given: nothing to compare with"));
        RunState state = RunState.of(stateDirectory, config.outputDirectory());
        ApiSurface before = state.lastSurface().orElse(null);
        if (before == null) {
            List<RunState> recorded;
            try {
                recorded = RunState.recorded(stateDirectory);
            } catch (IOException e) {
                throw GenerationException.of(
                        "NO_RECORDED_RUN", spec, "cannot list the state folder " + stateDirectory + ": " + e);
            }
            if (recorded.size() != 1) {
                throw GenerationException.of(
                        "NO_RECORDED_RUN",
                        spec,
                        recorded.isEmpty()
                                ? "no run recorded in " + stateDirectory + ": generate with this state folder first"
                                : "the state folder " + stateDirectory + " records several output folders ("
                                        + recorded.stream()
                                                .map(r -> r.surfaceFile()
                                                        .getFileName()
                                                        .toString())
                                                .toList()
                                        + "): name the output folder");
            }
            before = recorded.get(0).lastSurface().orElseThrow();
        }
        Pipeline pipeline = new Pipeline(withPackage(config), listener, VERSION, BUILD);
        return pipeline.changelog(before, pipeline.surface());
    }

    /**
     * Names decide nothing a changelog shows beyond simple names, so a diff needs no package from
     * the user; one is set only because naming requires it.
     */
    private static GeneratorConfig withPackage(GeneratorConfig config) {
        return config.basePackage().isPresent()
                ? config
                : config.toBuilder().basePackage(DIFF_PACKAGE).build();
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
