package dev.specpoet.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The specs the benchmark runs on: four from the shared corpus (two of Adyen's, Stripe, GitHub)
 * and the four bundled provider specs, copied out of the classpath so every tool reads a file.
 */
final class SpecSet {
    /** The catalogue the {@code specs} module ships: {@code <id>.spec} and {@code <id>.package}. */
    private static final String PROVIDERS = "META-INF/specpoet/providers.properties";

    private static final List<CorpusSpec> CORPUS = List.of(
            new CorpusSpec(
                    "Adyen ManagementService-v3", "adyen/ManagementService-v3.json", "com.example.adyen.management"),
            new CorpusSpec("Adyen CheckoutService-v72", "adyen/CheckoutService-v72.json", "com.example.adyen.checkout"),
            new CorpusSpec("Stripe 2022-04-12", "big/stripe_spec3_2022-04-12.json", "com.example.stripe"),
            new CorpusSpec("GitHub 2020-07-30", "big/github_api.github.com_2020-07-30.json", "com.example.github"));

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Only for the small bundled YAML specs: SnakeYAML refuses documents over 3 MB by default. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SpecSet() {}

    /**
     * Every benchmark spec, corpus ones first.
     *
     * @param corpus the shared corpus folder
     * @param specFolder where the bundled specs are copied to
     * @throws IllegalArgumentException naming the missing file when the corpus is incomplete
     */
    static List<BenchSpec> load(Path corpus, Path specFolder) throws IOException {
        List<BenchSpec> specs = new ArrayList<>();
        for (CorpusSpec entry : CORPUS) {
            Path file = corpus.resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("the corpus has no " + entry.path() + " (looked for " + file + ")");
            }
            specs.add(spec(entry.name(), file, entry.basePackage()));
        }
        Files.createDirectories(specFolder);
        Properties providers = providers();
        for (String id : providers.stringPropertyNames().stream()
                .filter(key -> key.endsWith(".spec"))
                .map(key -> key.substring(0, key.length() - ".spec".length()))
                .sorted()
                .toList()) {
            String resource = providers.getProperty(id + ".spec");
            Path file = specFolder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            try (InputStream in = resourceStream(resource)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            specs.add(spec(id, file, providers.getProperty(id + ".package")));
        }
        return specs;
    }

    private static BenchSpec spec(String name, Path file, String basePackage) throws IOException {
        ObjectMapper reader = file.toString().endsWith(".json") ? JSON : YAML;
        boolean swagger2 = reader.readTree(file.toFile()).has("swagger");
        return new BenchSpec(name, file, basePackage, Files.size(file), swagger2);
    }

    private static Properties providers() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resourceStream(PROVIDERS)) {
            properties.load(in);
        }
        return properties;
    }

    /** A spec of the shared corpus: the name the table shows, its path in the corpus, its package. */
    private record CorpusSpec(String name, String path, String basePackage) {}

    private static InputStream resourceStream(String resource) {
        InputStream in = SpecSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no classpath resource " + resource));
        }
        return in;
    }
}
