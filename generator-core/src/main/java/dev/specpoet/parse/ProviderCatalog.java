package dev.specpoet.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The bundled provider specs, read from every {@code META-INF/specpoet/providers.properties} on the
 * classpath (the {@code specpoet-specs} jar ships one).
 */
public final class ProviderCatalog {
    static final String INDEX = "META-INF/specpoet/providers.properties";

    private final Map<String, Provider> providers;

    private ProviderCatalog(Map<String, Provider> providers) {
        this.providers = Map.copyOf(providers);
    }

    /** A bundled spec: its id, classpath resource, default base package and one-line title. */
    public record Provider(String id, String resource, String basePackage, String title) {}

    /** Reads the catalog visible to {@code loader}. */
    public static ProviderCatalog load(ClassLoader loader) {
        Map<String, Provider> found = new TreeMap<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                read(indexes.nextElement(), found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the provider index " + INDEX, e);
        }
        return new ProviderCatalog(found);
    }

    private static void read(URL index, Map<String, Provider> found) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = index.openStream()) {
            properties.load(in);
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(".spec")) {
                String id = key.substring(0, key.length() - ".spec".length());
                found.put(
                        id,
                        new Provider(
                                id,
                                properties.getProperty(key),
                                properties.getProperty(id + ".package", "dev.specpoet.clients." + id.replace('-', '.')),
                                properties.getProperty(id + ".title", id)));
            }
        }
    }

    public Optional<Provider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /** Every provider, sorted by id. */
    public Map<String, Provider> all() {
        return new TreeMap<>(providers);
    }
}
