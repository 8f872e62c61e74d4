package dev.specpoet.parse;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.api.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a spec's bytes from wherever it lives and decodes them as text, refusing what cannot be a
 * spec: missing files, files over {@link #MAX_BYTES}, binary content and broken encodings.
 *
 * <p>Public, apart from {@link SpecParser}, for the up-to-date check: it reads texts without
 * parsing, and loading the parser's classes (Jackson, SnakeYAML) would cost a fresh JVM more than
 * the check itself.
 */
public final class SourceReader {
    /** Larger than any real spec (Stripe's is 4 MB), small enough to keep memory bounded. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(30);

    private final Optional<RemoteSpecCache> cache;
    private final boolean offline;
    private final List<Diagnostic> notes = new ArrayList<>();

    /** A reader that downloads remote specs on every read and keeps no copy. */
    SourceReader() {
        this(Optional.empty(), false);
    }

    /**
     * @param cache where remote specs are kept between runs
     * @param offline whether remote specs come from the cache only
     */
    SourceReader(Optional<RemoteSpecCache> cache, boolean offline) {
        this.cache = cache;
        this.offline = offline;
    }

    /**
     * A reader that keeps remote specs in {@code remoteSpecCache} and, when {@code offline}, reads
     * them only from there.
     */
    public static SourceReader of(Optional<Path> remoteSpecCache, boolean offline) {
        return new SourceReader(remoteSpecCache.map(RemoteSpecCache::new), offline);
    }

    /** Warnings about reads that succeeded in a lesser way, such as from the cache after a failed download. */
    public List<Diagnostic> notes() {
        return List.copyOf(notes);
    }

    /**
     * Where a read of {@code source} comes from, known without reading it: the {@link
     * SourceDocument#uri()} that {@link #read} gives, for a file, a classpath resource or a bundled
     * provider; empty for a URL, whose text only a request can tell.
     */
    public static Optional<URI> location(SpecSource source) {
        if (source instanceof SpecSource.File file) {
            return Optional.of(file.path().toAbsolutePath().normalize().toUri());
        }
        if (source instanceof SpecSource.Classpath classpath) {
            return resourceUri(classpath.loader(), classpath.resource());
        }
        if (source instanceof SpecSource.Provider provider) {
            ClassLoader loader = SourceReader.class.getClassLoader();
            return ProviderCatalog.load(loader)
                    .find(provider.id())
                    .flatMap(found -> resourceUri(loader, found.resource()));
        }
        return Optional.empty();
    }

    private static Optional<URI> resourceUri(ClassLoader loader, String resource) {
        URL url = loader.getResource(resource);
        try {
            return url == null ? Optional.empty() : Optional.of(url.toURI());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Reads the spec's main document. */
    public SourceDocument read(SpecSource source) throws GenerationException {
        if (source instanceof SpecSource.File file) {
            return readFile(file.path());
        }
        if (source instanceof SpecSource.Classpath classpath) {
            return readResource(classpath.resource(), classpath.loader(), classpath.displayName());
        }
        if (source instanceof SpecSource.Url url) {
            return readUrl(url.uri(), url.displayName());
        }
        SpecSource.Provider provider = (SpecSource.Provider) source;
        return readProvider(provider.id());
    }

    /** Reads the text of a file an earlier read reached through a {@code $ref}. */
    public SourceDocument readReferenced(URI file) throws GenerationException {
        try {
            return readFile(Path.of(file));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw fail("SPEC_NOT_FOUND", file.toString(), "not a file: " + file);
        }
    }

    SourceDocument readFile(Path path) throws GenerationException {
        Path absolute = path.toAbsolutePath().normalize();
        String name = source(absolute);
        try {
            if (Files.isDirectory(absolute)) {
                throw fail("SPEC_NOT_A_FILE", name, "the spec path is a directory, not a file");
            }
            long size = Files.size(absolute);
            if (size > MAX_BYTES) {
                throw fail("SPEC_TOO_LARGE", name, "the spec is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            return new SourceDocument(name, absolute.toUri(), decode(Files.readAllBytes(absolute), name));
        } catch (NoSuchFileException e) {
            throw fail("SPEC_NOT_FOUND", name, "the spec file does not exist: " + absolute);
        } catch (IOException e) {
            throw fail("SPEC_UNREADABLE", name, "cannot read the spec file: " + e.getMessage());
        }
    }

    private SourceDocument readResource(String resource, ClassLoader loader, String name) throws GenerationException {
        URL url = loader.getResource(resource);
        if (url == null) {
            throw fail("SPEC_NOT_FOUND", name, "no classpath resource '" + resource + "'");
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw fail("SPEC_TOO_LARGE", name, "the spec is larger than " + MAX_BYTES + " bytes");
            }
            return new SourceDocument(name, url.toURI(), decode(bytes, name));
        } catch (IOException | URISyntaxException e) {
            throw fail("SPEC_UNREADABLE", name, "cannot read classpath resource '" + resource + "': " + e.getMessage());
        }
    }

    private SourceDocument readUrl(URI uri, String name) throws GenerationException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("file") && !scheme.equals("http") && !scheme.equals("https")) {
            throw fail("SPEC_UNSUPPORTED_URL", name, "only file:, http: and https: URLs are supported: " + uri);
        }
        // Valid URIs can still locate nothing: "file:spec.yaml" (no slashes), "http:/spec.yaml" (no host).
        if (scheme.equals("file")) {
            Path file;
            try {
                file = Path.of(uri);
            } catch (IllegalArgumentException e) {
                throw fail("SPEC_UNSUPPORTED_URL", name, "not a usable file: URL: " + uri);
            }
            return readFile(file);
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(NETWORK_TIMEOUT).GET();
        } catch (IllegalArgumentException e) {
            throw fail("SPEC_UNSUPPORTED_URL", name, "not a usable " + scheme + ": URL: " + uri);
        }
        return download(uri, request, name);
    }

    /**
     * Downloads a remote spec. With a cache, the request is conditional on the cached copy, which
     * also stands in (with a warning) when the server cannot be reached or fails; offline, only the
     * cache is asked.
     */
    private SourceDocument download(URI uri, HttpRequest.Builder request, String name) throws GenerationException {
        Optional<RemoteSpecCache.Entry> cached = cache.flatMap(c -> c.find(uri));
        if (offline) {
            if (cached.isEmpty()) {
                throw fail(
                        "SPEC_NOT_CACHED",
                        name,
                        "the build is offline and no copy of " + uri + " is cached; build once online to cache it");
            }
            return new SourceDocument(name, uri, decode(cached.get().body(), name));
        }
        cached.flatMap(RemoteSpecCache.Entry::etag).ifPresent(etag -> request.header("If-None-Match", etag));
        cached.flatMap(RemoteSpecCache.Entry::lastModified)
                .ifPresent(date -> request.header("If-Modified-Since", date));
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(NETWORK_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return fallBack(cached, uri, name, "cannot download " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail("SPEC_UNREADABLE", name, "interrupted while downloading " + uri);
        }
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status == 304 && cached.isPresent()) {
                return new SourceDocument(name, uri, decode(cached.get().body(), name));
            }
            if (status != 200) {
                String problem = "GET " + uri + " answered HTTP " + status;
                // A spec that is gone (4xx) must fail; a server having a bad moment (5xx) need not.
                if (status < 500) {
                    throw fail("SPEC_UNREADABLE", name, problem);
                }
                return fallBack(cached, uri, name, problem);
            }
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw fail("SPEC_TOO_LARGE", name, "the spec is larger than " + MAX_BYTES + " bytes");
            }
            SourceDocument document = new SourceDocument(name, uri, decode(bytes, name));
            if (cache.isPresent()) {
                keep(uri, name, response, bytes);
            }
            return document;
        } catch (IOException e) {
            return fallBack(cached, uri, name, "cannot download " + uri + ": " + e.getMessage());
        }
    }

    private SourceDocument fallBack(Optional<RemoteSpecCache.Entry> cached, URI uri, String name, String problem)
            throws GenerationException {
        if (cached.isEmpty()) {
            throw fail("SPEC_UNREADABLE", name, problem);
        }
        notes.add(Diagnostic.warning("SPEC_FROM_CACHE", SpecLocation.of(name), problem + "; using the cached copy"));
        return new SourceDocument(name, uri, decode(cached.get().body(), name));
    }

    /** A cache that cannot be written costs the next offline build its spec, not this build. */
    private void keep(URI uri, String name, HttpResponse<?> response, byte[] bytes) {
        try {
            cache.get()
                    .store(
                            uri,
                            new RemoteSpecCache.Entry(
                                    bytes,
                                    response.headers().firstValue("ETag"),
                                    response.headers().firstValue("Last-Modified")));
        } catch (IOException e) {
            notes.add(Diagnostic.warning(
                    "SPEC_NOT_CACHED", SpecLocation.of(name), "could not cache " + uri + ": " + e.getMessage()));
        }
    }

    private SourceDocument readProvider(String id) throws GenerationException {
        ClassLoader loader = SourceReader.class.getClassLoader();
        ProviderCatalog catalog = ProviderCatalog.load(loader);
        ProviderCatalog.Provider provider = catalog.find(id)
                .orElseThrow(() -> fail(
                        "UNKNOWN_PROVIDER",
                        id,
                        "no bundled provider '" + id + "'; known: "
                                + String.join(", ", catalog.all().keySet())));
        String resource = provider.resource();
        return readResource(resource, loader, resource.substring(resource.lastIndexOf('/') + 1));
    }

    /**
     * Decodes UTF-8 (with or without BOM) and UTF-16/32 with a BOM; anything else that is not valid
     * UTF-8, or that contains NUL bytes, is not a spec.
     */
    static String decode(byte[] bytes, String name) throws GenerationException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw fail("SPEC_ENCODING", name, "UTF-32 is not supported; save the spec as UTF-8");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (charset == StandardCharsets.UTF_8) {
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw fail("SPEC_BINARY", name, "the file contains NUL bytes (offset " + i + "): not a text spec");
                }
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw fail("SPEC_ENCODING", name, "the file is not valid " + charset.name() + " text");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String source(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static GenerationException fail(String code, String document, String message) {
        return GenerationException.of(code, SpecLocation.of(document), message);
    }
}
