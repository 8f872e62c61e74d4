package dev.specpoet.emit;

import dev.specpoet.api.JacksonEdition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The support classes every generated client carries, as source text. They are real, tested code
 * in the {@code client-runtime} module, shipped here as resources; each client gets a copy under
 * its own package, so it depends on the JDK and Jackson only.
 */
public final class RuntimeSources {
    static final String FOLDER = "dev/specpoet/emit/runtime/";
    static final String PACKAGE_LINE = "package dev.specpoet.runtime;";
    /** Where the Jackson 3 overlays are: whole files for the classes the port cannot derive. */
    static final String JACKSON_3_OVERLAYS = FOLDER + "jackson3/";

    private static final String ANCHOR = "ApiInvoker.java";

    private static volatile Map<String, String> cache;
    private static volatile Map<String, String> jackson3Cache;

    private RuntimeSources() {}

    /** The simple class names the support classes take in a client's base package. */
    public static Set<String> classNames() {
        return sources().keySet();
    }

    /** Each support class, by simple name, with its package line rewritten to {@code packageName}. */
    static Map<String, String> forPackage(String packageName) {
        return forPackage(packageName, JacksonEdition.JACKSON_2);
    }

    /**
     * Each support class of the {@code jackson} edition, by simple name, with its package line
     * rewritten to {@code packageName}. Jackson 3's are the runtime ported by {@link Jackson3Port},
     * except the few replaced by an overlay: what the {@code client-runtime-jackson3} module tests.
     */
    static Map<String, String> forPackage(String packageName, JacksonEdition jackson) {
        Map<String, String> rewritten = new LinkedHashMap<>();
        (jackson == JacksonEdition.JACKSON_3 ? jackson3Sources() : sources()).forEach((name, text) -> {
            if (!text.startsWith(PACKAGE_LINE)) {
                throw new IllegalStateException("Support source " + name + " must start with '" + PACKAGE_LINE + "'");
            }
            rewritten.put(name, "package " + packageName + ";" + text.substring(PACKAGE_LINE.length()));
        });
        return rewritten;
    }

    private static Map<String, String> sources() {
        Map<String, String> loaded = cache;
        if (loaded == null) {
            synchronized (RuntimeSources.class) {
                if (cache == null) {
                    cache = load();
                }
                loaded = cache;
            }
        }
        return loaded;
    }

    private static Map<String, String> jackson3Sources() {
        Map<String, String> loaded = jackson3Cache;
        if (loaded == null) {
            synchronized (RuntimeSources.class) {
                if (jackson3Cache == null) {
                    Map<String, String> ported = new LinkedHashMap<>();
                    sources()
                            .forEach((name, text) -> ported.put(
                                    name,
                                    read(JACKSON_3_OVERLAYS + name + ".java")
                                            .orElseGet(() -> Jackson3Port.port(text))));
                    jackson3Cache = Collections.unmodifiableMap(ported);
                }
                loaded = jackson3Cache;
            }
        }
        return loaded;
    }

    /** The text of a resource, if there is one. */
    private static Optional<String> read(String resource) {
        try (InputStream in = RuntimeSources.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the support source " + resource, e);
        }
    }

    private static Map<String, String> load() {
        URL anchor = RuntimeSources.class.getClassLoader().getResource(FOLDER + ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("Support sources are missing from the classpath: " + FOLDER);
        }
        try {
            List<String> files = "jar".equals(anchor.getProtocol()) ? listJar(anchor) : listFolder(anchor);
            Collections.sort(files);
            Map<String, String> sources = new LinkedHashMap<>();
            for (String file : files) {
                try (InputStream in = RuntimeSources.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                    sources.put(file.substring(0, file.length() - ".java".length()), text);
                }
            }
            return Collections.unmodifiableMap(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the support sources", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list the support sources at " + anchor, e);
        }
    }

    private static List<String> listJar(URL anchor) throws IOException {
        List<String> files = new ArrayList<>();
        JarURLConnection connection = (JarURLConnection) anchor.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(FOLDER) && name.endsWith(".java") && name.indexOf('/', FOLDER.length()) < 0) {
                    files.add(name.substring(FOLDER.length()));
                }
            }
        }
        return files;
    }

    private static List<String> listFolder(URL anchor) throws IOException, URISyntaxException {
        List<String> files = new ArrayList<>();
        try (DirectoryStream<Path> folder =
                Files.newDirectoryStream(Path.of(anchor.toURI()).getParent(), "*.java")) {
            folder.forEach(path -> files.add(path.getFileName().toString()));
        }
        return files;
    }
}
