package dev.specpoet.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.testserver.StubResponse.Chunk;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StubServerTest {
    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aResponseCanBeMadeFromTheRequestItAnswers() throws Exception {
        stub.server().respond(request -> StubResponse.text(200, "echo " + request.rawQuery()));

        assertThat(get("/a?x=1").body()).isEqualTo("echo x=1");
        assertThat(get("/b?y=2").body()).isEqualTo("echo y=2");
    }

    @Test
    void queuedAnswersMadeFromTheRequestKeepTheirPlaceAmongQueuedResponses() throws Exception {
        stub.server()
                .respond(StubResponse.text(200, "fallback"))
                .respondInOrder(StubResponse.text(503, "first"))
                .respondNext(request -> StubResponse.text(200, "second for " + request.rawPath()))
                .respondInOrder(StubResponse.text(200, "third"));

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> response = get("/n" + i);
            answers.add(response.statusCode() + " " + response.body());
        }

        assertThat(answers).containsExactly("503 first", "200 second for /n1", "200 third", "200 fallback");
    }

    @Test
    void aResponseWithoutContentTypeSendsNone() throws Exception {
        stub.server().respond(StubResponse.of(200, null, "bare"));

        HttpResponse<String> response = get("/");

        assertThat(response.body()).isEqualTo("bare");
        assertThat(response.headers().firstValue("Content-Type")).isEmpty();
    }

    @Test
    void aResponseToHeadHasNoBody() throws Exception {
        stub.server().respond(StubResponse.json(200, "{\"big\":true}"));

        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(stub.server().baseUrl() + "/"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(stub.server().onlyRequest().method()).isEqualTo("HEAD");
    }

    @Test
    void theLastRequestIsTheLatestReceived() throws Exception {
        assertThatThrownBy(() -> stub.server().lastRequest())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no request");

        get("/first");
        get("/second");

        assertThat(stub.server().lastRequest().rawPath()).isEqualTo("/second");
    }

    @Test
    void awaitingARequestCountReturnsOnceReachedOrWhenTimeIsUp() throws Exception {
        CompletableFuture<HttpResponse<String>> late = CompletableFuture.supplyAsync(() -> {
            sleep(Duration.ofMillis(200));
            return getUnchecked("/late");
        });

        long start = System.nanoTime();
        assertThat(stub.server().awaitRequestCount(1, Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        late.join();

        start = System.nanoTime();
        assertThat(stub.server().awaitRequestCount(2, Duration.ofMillis(150))).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void aStreamedResponseSendsItsChunksAsTheyComeWithChunkedEncoding() throws Exception {
        stub.server()
                .respondInOrder(
                        StubResponse.streamed(
                                200,
                                "text/event-stream",
                                List.of(
                                        Chunk.of("data: a\n\n"),
                                        Chunk.of("data: never\n\n").after(Duration.ofSeconds(30)))),
                        StubResponse.streamed(
                                200,
                                "text/event-stream",
                                List.of(
                                        Chunk.of("data: a\n\n"),
                                        Chunk.of("data: b\n\n").after(Duration.ofMillis(300)))));

        // The first chunk arrives while the server still waits to write the second.
        long start = System.nanoTime();
        HttpResponse<InputStream> open = stream("/events");
        try (InputStream body = open.body()) {
            assertThat(new String(body.readNBytes("data: a\n\n".length()), StandardCharsets.UTF_8))
                    .isEqualTo("data: a\n\n");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            assertThat(open.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
            assertThat(open.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        }

        // The second chunk waits for its pause.
        start = System.nanoTime();
        HttpResponse<InputStream> paced = stream("/events");
        try (InputStream body = paced.body()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("data: a\n\ndata: b\n\n");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void aStreamHeldOpenKeepsWritingCommentsAndNoticesTheClientGone() throws Exception {
        stub.server()
                .respond(StubResponse.streamed(200, "text/event-stream", List.of(Chunk.of("data: a\n\n")))
                        .holdingOpen(Duration.ofSeconds(30)));

        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create(stub.server().baseUrl() + "/events"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            String start = new String(body.readNBytes(9 + 2 * ": keep-alive\n".length()), StandardCharsets.UTF_8);
            assertThat(start).isEqualTo("data: a\n\n: keep-alive\n: keep-alive\n");
            assertThat(stub.server().awaitClientGone(Duration.ofMillis(100))).isFalse();
        }

        assertThat(stub.server().awaitClientGone(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void aStreamHeldOpenForAWhileEndsNormallyAfterIt() throws Exception {
        stub.server()
                .respond(StubResponse.streamed(200, "text/event-stream", List.of(Chunk.of("data: a\n\n")))
                        .holdingOpen(Duration.ofMillis(100)));

        HttpResponse<String> response = get("/events");

        assertThat(response.body()).startsWith("data: a\n\n: keep-alive\n").endsWith(": keep-alive\n");
        assertThat(stub.server().awaitClientGone(Duration.ofMillis(50))).isFalse();
    }

    @Test
    void aDroppedStreamEndsWithoutTheChunkedEnd() throws Exception {
        stub.server()
                .respond(StubResponse.streamed(200, "text/event-stream", List.of(Chunk.of("data: a\n\ndata: b")))
                        .dropping());

        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create(stub.server().baseUrl() + "/events"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            assertThat(new String(body.readNBytes(9), StandardCharsets.UTF_8)).isEqualTo("data: a\n\n");
            assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
        }
    }

    @Test
    void onlyAStreamedResponseIsHeldOpenOrDroppedAndItHasNoWholeBody() {
        StubResponse whole = StubResponse.json(200, "{}");
        StubResponse streamed = StubResponse.streamed(200, null, List.of(Chunk.of("x")));

        assertThatThrownBy(() -> whole.holdingOpen(Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(whole::dropping).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> streamed.stallingBody(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StubResponse.streamed(200, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chunk.of("x").after(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new StubResponse(200, null, new byte[0], Map.of(), Duration.ZERO, Duration.ZERO).chunks())
                .isEmpty();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(stub.server().baseUrl() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<InputStream> stream(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(stub.server().baseUrl() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpResponse<String> getUnchecked(String path) {
        try {
            return get(path);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
