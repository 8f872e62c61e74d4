package dev.specpoet.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * OpenAPI Generator's {@code java} generator with the {@code native} library, loaded from its
 * shaded CLI jar in a class loader of its own and called reflectively through {@code
 * CodegenConfigurator} and {@code DefaultGenerator}, as its CLI and Maven plugin call it.
 *
 * <p>The loader's parent is the platform loader: OpenAPI Generator sees its own Swagger Parser,
 * Jackson and Logback and none of ours, so each side runs the versions it was built with.
 */
final class IsolatedOpenApiGenerator implements AutoCloseable {
    /** Tests and docs off: the benchmark compares main code with Specpoet's, which has neither. */
    private static final List<String> OFF = List.of("apiTests", "modelTests", "apiDocs", "modelDocs");

    private final URLClassLoader loader;
    private final Class<?> configuratorType;
    private final Class<?> generatorType;
    private final Class<?> inputType;

    private IsolatedOpenApiGenerator(URLClassLoader loader) throws ReflectiveOperationException {
        this.loader = loader;
        configuratorType = loader.loadClass("org.openapitools.codegen.config.CodegenConfigurator");
        generatorType = loader.loadClass("org.openapitools.codegen.DefaultGenerator");
        inputType = loader.loadClass("org.openapitools.codegen.ClientOptInput");
    }

    /** Loads the generator from its CLI jar and quiets its logging to errors only. */
    static IsolatedOpenApiGenerator load(Path cliJar) throws IOException, ReflectiveOperationException {
        if (!Files.isRegularFile(cliJar)) {
            throw new IllegalArgumentException("no OpenAPI Generator CLI jar at " + cliJar
                    + ": run the benchmark through Maven's benchmark profile, which copies it there");
        }
        URLClassLoader loader = new URLClassLoader(
                "openapi-generator", new URL[] {cliJar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        IsolatedOpenApiGenerator generator = new IsolatedOpenApiGenerator(loader);
        generator.quietLogging();
        return generator;
    }

    /** The version the jar was built as, from its Maven metadata. */
    String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                loader.getResourceAsStream("META-INF/maven/org.openapitools/openapi-generator/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        }
        return properties.getProperty("version", "unknown");
    }

    /**
     * Generates {@code spec}'s client into {@code out} and returns the wall time in nanoseconds.
     *
     * @param validate whether OpenAPI Generator validates the spec first, as it does by default
     * @throws RejectedSpecException when its validation rejects the spec
     * @throws IllegalStateException when OpenAPI Generator fails otherwise, with its exception as
     *     the cause
     */
    long generate(BenchSpec spec, Path out, boolean validate) throws RejectedSpecException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        PrintStream stdout = System.out;
        // Some of its lookups (templates, service loaders) go through the context class loader.
        thread.setContextClassLoader(loader);
        // Its closing banner asks for donations on stdout, in the middle of the report.
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            long start = System.nanoTime();
            Object configurator = configuratorType.getConstructor().newInstance();
            call(configurator, "setGeneratorName", String.class, "java");
            call(configurator, "setLibrary", String.class, "native");
            call(configurator, "setInputSpec", String.class, spec.file().toString());
            call(configurator, "setOutputDir", String.class, out.toString());
            call(configurator, "setValidateSpec", boolean.class, validate);
            for (String property : OFF) {
                configuratorType
                        .getMethod("addGlobalProperty", String.class, String.class)
                        .invoke(configurator, property, "false");
            }
            Object input = configuratorType.getMethod("toClientOptInput").invoke(configurator);
            Object generator = generatorType.getConstructor().newInstance();
            generatorType.getMethod("opts", inputType).invoke(generator, input);
            generatorType.getMethod("generate").invoke(generator);
            return System.nanoTime() - start;
        } catch (InvocationTargetException e) {
            if (e.getCause().getClass().getSimpleName().equals("SpecValidationException")) {
                throw new RejectedSpecException(
                        e.getCause().getMessage().lines().findFirst().orElse(""));
            }
            throw new IllegalStateException(
                    "OpenAPI Generator failed on " + spec.name() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("OpenAPI Generator's API is not what this benchmark expects", e);
        } finally {
            System.setOut(stdout);
            thread.setContextClassLoader(previous);
        }
    }

    private void call(Object configurator, String method, Class<?> type, Object value)
            throws ReflectiveOperationException {
        configuratorType.getMethod(method, type).invoke(configurator, value);
    }

    /**
     * Its INFO log runs to hundreds of lines per spec; errors only keeps the table readable and
     * spares it the cost of console output a build log would also see.
     */
    private void quietLogging() throws ReflectiveOperationException {
        Class<?> factory = loader.loadClass("org.slf4j.LoggerFactory");
        Object root = factory.getMethod("getLogger", String.class).invoke(null, "ROOT");
        Class<?> level = loader.loadClass("ch.qos.logback.classic.Level");
        Method setLevel = root.getClass().getMethod("setLevel", level);
        setLevel.invoke(root, level.getField("ERROR").get(null));
    }

    /** OpenAPI Generator's validation rejected the spec; its CLI would ask for {@code --skip-validate-spec}. */
    static final class RejectedSpecException extends Exception {
        private static final long serialVersionUID = 1L;

        RejectedSpecException(String message) {
            super(message);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
