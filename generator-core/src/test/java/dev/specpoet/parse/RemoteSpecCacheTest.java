package dev.specpoet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote specs over real HTTP on 127.0.0.1: cached with their validators, and read offline. */
class RemoteSpecCacheTest {
    private static final String SPEC_V1 = "openapi: 3.0.3\ninfo: {title: Remote, version: \"1\"}\npaths: {}\n";
    private static final String SPEC_V2 = "openapi: 3.0.3\ninfo: {title: Remote, version: \"2\"}\npaths: {}\n";

    @TempDir
    Path cache;

    private HttpServer server;
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private volatile String body = SPEC_V1;
    private volatile String etag = "\"v1\"";
    private volatile int failWith;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/specs/api.yaml", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        conditions.add(ifNoneMatch == null ? "none" : ifNoneMatch);
        if (failWith != 0) {
            exchange.sendResponseHeaders(failWith, -1);
        } else if (etag.equals(ifNoneMatch)) {
            exchange.sendResponseHeaders(304, -1);
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private SpecSource remote() {
        return SpecSource.url(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/specs/api.yaml"));
    }

    private static SpecParser parser(Path cache, boolean offline) {
        return new SpecParser(Optional.of(cache), offline);
    }

    @Test
    void anUnchangedSpecIsAskedForConditionallyAndServedFromTheCache() throws Exception {
        assertThat(parser(cache, false).readSource(remote()).text()).isEqualTo(SPEC_V1);

        SpecParser again = parser(cache, false);
        assertThat(again.readSource(remote()).text()).isEqualTo(SPEC_V1);

        assertThat(conditions).containsExactly("none", "\"v1\"");
        assertThat(again.notes()).isEmpty();
    }

    @Test
    void aChangedSpecReplacesTheCachedCopy() throws Exception {
        parser(cache, false).readSource(remote());
        body = SPEC_V2;
        etag = "\"v2\"";

        assertThat(parser(cache, false).readSource(remote()).text()).isEqualTo(SPEC_V2);
        server.stop(0);
        assertThat(parser(cache, true).readSource(remote()).text()).isEqualTo(SPEC_V2);
    }

    @Test
    void offlineBuildsReadTheCacheWithoutTouchingTheNetwork() throws Exception {
        parser(cache, false).readSource(remote());
        conditions.clear();

        assertThat(parser(cache, true).readSource(remote()).text()).isEqualTo(SPEC_V1);
        assertThat(conditions).isEmpty();
    }

    @Test
    void offlineWithoutACachedCopyFailsNamingTheUrl() {
        GenerationException failure = catchThrowableOfType(
                GenerationException.class, () -> parser(cache, true).readSource(remote()));

        assertThat(failure.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("SPEC_NOT_CACHED");
            assertThat(error.message()).contains("offline").contains("/specs/api.yaml");
        });
        assertThat(conditions).isEmpty();
    }

    @Test
    void anUnreachableServerFallsBackToTheCacheWithAWarning() throws Exception {
        parser(cache, false).readSource(remote());
        server.stop(0);

        SpecParser parser = parser(cache, false);
        assertThat(parser.readSource(remote()).text()).isEqualTo(SPEC_V1);
        assertThat(parser.notes())
                .extracting(Diagnostic::code, Diagnostic::isError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPEC_FROM_CACHE", false));
    }

    @Test
    void aServerErrorFallsBackToTheCacheButAMissingSpecFails() throws Exception {
        parser(cache, false).readSource(remote());

        failWith = 503;
        SpecParser parser = parser(cache, false);
        assertThat(parser.readSource(remote()).text()).isEqualTo(SPEC_V1);
        assertThat(parser.notes())
                .singleElement()
                .extracting(Diagnostic::message)
                .asString()
                .contains("HTTP 503");

        failWith = 404;
        assertThatThrownBy(() -> parser(cache, false).readSource(remote()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void withoutACacheEveryReadDownloads() throws Exception {
        new SpecParser().readSource(remote());
        new SpecParser().readSource(remote());

        assertThat(conditions).containsExactly("none", "none");
    }
}
