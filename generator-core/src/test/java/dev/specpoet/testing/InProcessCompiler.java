package dev.specpoet.testing;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.javac.ClientCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates a client from spec text and compiles it in-process against Jackson, for tests that pin
 * a generator bug to the code it used to produce.
 *
 * <p>One compiler serves every test in the JVM: opening the JDK and Jackson jars is the slow part.
 */
public final class InProcessCompiler {
    /** The base package of every client generated here. */
    public static final String PACKAGE = "com.example.client";

    private static ClientCompiler compiler;

    private InProcessCompiler() {}

    /**
     * Writes {@code specText} to {@code folder/spec.yaml} (or another name, for tests of external
     * references) and generates its client into {@code folder/out}.
     */
    public static GeneratedClient generate(Path folder, String specText) throws GenerationException {
        return generate(folder, "spec.yaml", specText);
    }

    public static GeneratedClient generate(Path folder, String fileName, String specText) throws GenerationException {
        Path spec = folder.resolve(fileName);
        Path out = folder.resolve("out");
        try {
            Files.createDirectories(spec.getParent());
            Files.writeString(spec, specText, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Specpoet.generate(GeneratorConfig.builder(SpecSource.file(spec), out)
                .basePackage(PACKAGE)
                .build());
        return new GeneratedClient(out);
    }

    /** Compiles every Java file under {@code sourceRoot}; the result lists the errors, empty when it compiles. */
    public static synchronized List<String> compile(Path sourceRoot) {
        if (compiler == null) {
            compiler = ClientCompiler.create();
        }
        try {
            return compiler.compile(sourceRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sources of one generated client. */
    public record GeneratedClient(Path root) {

        /** The compile errors, empty when the client compiles. */
        public List<String> compileErrors() {
            return compile(root);
        }

        /** The text of a generated file, by its path under the base package, such as {@code model/Pet.java}. */
        public String source(String relativePath) {
            try {
                return Files.readString(
                        root.resolve(PACKAGE.replace('.', '/')).resolve(relativePath), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether the client has a file at that path under the base package. */
        public boolean has(String relativePath) {
            return Files.isRegularFile(root.resolve(PACKAGE.replace('.', '/')).resolve(relativePath));
        }
    }
}
