package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubResponse.Chunk;
import dev.specpoet.testserver.StubServerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streamed responses over real HTTP on 127.0.0.1. */
class EventStreamTest {
    private static final String SSE = "text/event-stream";

    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    record Chunk0(String text) {}

    private static Operation<EventStream<Chunk0>> chat() {
        return Operation.builder(
                        "POST", "/chat", ResponseType.serverSentEvents(ResponseType.json(Chunk0.class), "[DONE]"))
                .operationId("chat")
                .error("4XX", ResponseType.json(Fixtures.Pet.class))
                .build();
    }

    private static ApiRequest<EventStream<Chunk0>> chatRequest() {
        return ApiRequest.builder(chat())
                .jsonBody(new Chunk0("hi"), "application/json")
                .build();
    }

    private static StubResponse sse(List<Chunk> chunks) {
        return StubResponse.streamed(200, SSE, chunks);
    }

    @Test
    void eventsSplitAcrossChunksAtEveryByteOffsetArriveWhole() {
        String body = EventFramingTest.SSE.replace("data: unterminated at the end is dropped", "");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Operation<EventStream<String>> texts = Operation.builder(
                        "GET", "/events", ResponseType.serverSentEvents(ResponseType.text()))
                .build();
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl()).build();
        for (int split = 1; split < bytes.length; split++) {
            stub.server()
                    .respondInOrder(sse(List.of(
                            new Chunk(Arrays.copyOfRange(bytes, 0, split), Duration.ZERO),
                            new Chunk(Arrays.copyOfRange(bytes, split, bytes.length), Duration.ofMillis(2)))));
            List<String> seen = new ArrayList<>();
            try (EventStream<String> events = invoker.send(
                            ApiRequest.builder(texts).build(), RequestOptions.none())
                    .body()) {
                for (ServerSentEvent<String> event : events.events()) {
                    seen.add(event.event() + " " + event.id().orElse("-") + " " + event.data());
                }
            }
            assertThat(seen)
                    .as("split at byte %d", split)
                    .containsExactly(
                            "greeting 1 {\"text\":\n\"hé\"}",
                            "message 1 {\"text\":\"two\"}",
                            "message 3 {\"text\":\"three\"}");
        }
    }

    @Test
    void jsonItemsEndAtTheSentinelAndTheConnectionIsReused() {
        stub.server()
                .respondInOrder(sse(List.of(
                        Chunk.of("data: {\"text\":\"a\"}\n\n"),
                        Chunk.of("data: {\"text\":\"b\"}\n\ndata: [DONE]\n\n"),
                        Chunk.of("data: {\"text\":\"after the sentinel\"}\n\n"))));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl()).build();

        List<String> texts = new ArrayList<>();
        try (EventStream<Chunk0> stream =
                invoker.send(chatRequest(), RequestOptions.none()).body()) {
            stream.forEach(chunk -> texts.add(chunk.text()));
        }

        assertThat(texts).containsExactly("a", "b");
        assertThat(stub.server().lastRequest().bodyText()).isEqualTo("{\"text\":\"hi\"}");
    }

    @Test
    void jsonLinesAndJsonSequencesStreamTheirItems() {
        stub.server()
                .respondInOrder(StubResponse.streamed(
                        200,
                        "application/x-ndjson",
                        List.of(
                                Chunk.of("{\"text\":\"a\"}\n\n{\"te"),
                                Chunk.of("xt\":\"b\"}\r\n").after(Duration.ofMillis(20)))));
        stub.server()
                .respondInOrder(StubResponse.streamed(
                        200,
                        "application/json-seq",
                        List.of(Chunk.of("\u001E{\"text\":\"c\"}\n\u001E{\"text\":\"d\"}\n"))));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl()).build();
        Operation<EventStream<Chunk0>> lines = Operation.builder(
                        "GET", "/lines", ResponseType.jsonLines(ResponseType.json(Chunk0.class)))
                .build();
        Operation<EventStream<Chunk0>> sequence = Operation.builder(
                        "GET", "/seq", ResponseType.jsonSequence(ResponseType.json(Chunk0.class)))
                .build();

        try (Stream<Chunk0> items =
                invoker.send(ApiRequest.builder(lines).build(), RequestOptions.none()).body().stream()) {
            assertThat(items.map(Chunk0::text)).containsExactly("a", "b");
        }
        try (Stream<Chunk0> items =
                invoker.send(ApiRequest.builder(sequence).build(), RequestOptions.none()).body().stream()) {
            assertThat(items.map(Chunk0::text)).containsExactly("c", "d");
        }
    }

    @Test
    void slowEventsWithinTheIdleTimeoutOutlastTheRequestTimeout() {
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            chunks.add(Chunk.of("data: {\"text\":\"" + i + "\"}\n\n").after(Duration.ofMillis(400)));
        }
        stub.server().respondInOrder(sse(chunks));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .requestTimeout(Duration.ofSeconds(1))
                .streamIdleTimeout(Duration.ofSeconds(5))
                .build();
        long start = System.nanoTime();

        try (Stream<Chunk0> items = invoker.send(chatRequest(), RequestOptions.none()).body().stream()) {
            assertThat(items.map(Chunk0::text)).containsExactly("0", "1", "2", "3", "4", "5");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(2000));
    }

    @Test
    void aStreamSilentLongerThanTheIdleTimeoutFailsAsATimeout() {
        stub.server()
                .respondInOrder(sse(List.of(
                        Chunk.of("data: {\"text\":\"first\"}\n\n"),
                        Chunk.of("data: {\"text\":\"too late\"}\n\n").after(Duration.ofSeconds(30)))));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl()).build();
        RequestOptions options = RequestOptions.builder()
                .streamIdleTimeout(Duration.ofMillis(300))
                .build();
        List<String> texts = new ArrayList<>();
        long start = System.nanoTime();

        try (EventStream<Chunk0> stream = invoker.send(chatRequest(), options).body()) {
            assertThatThrownBy(() -> stream.forEach(chunk -> texts.add(chunk.text())))
                    .isInstanceOf(ApiTimeoutException.class)
                    .hasMessage("POST " + stub.server().baseUrl()
                            + "/chat stream failed: HttpTimeoutException: no data for PT0.3S");
        }
        assertThat(texts).containsExactly("first");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aConsumerSlowerThanTheIdleTimeoutIsNotATimeout() throws InterruptedException {
        stub.server().respondInOrder(sse(List.of(Chunk.of("data: {\"text\":\"a\"}\n\ndata: {\"text\":\"b\"}\n\n"))));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .streamIdleTimeout(Duration.ofMillis(100))
                .build();
        List<String> texts = new ArrayList<>();
        try (EventStream<Chunk0> stream =
                invoker.send(chatRequest(), RequestOptions.none()).body()) {
            for (Chunk0 chunk : stream) {
                texts.add(chunk.text());
                Thread.sleep(400);
            }
        }
        assertThat(texts).containsExactly("a", "b");
    }

    @Test
    void aConnectionDroppedMidStreamIsAStreamException() {
        stub.server()
                .respondInOrder(sse(List.of(Chunk.of("data: {\"text\":\"a\"}\n\ndata: {\"te")))
                        .dropping());
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl()).build();
        List<String> texts = new ArrayList<>();

        try (EventStream<Chunk0> stream =
                invoker.send(chatRequest(), RequestOptions.none()).body()) {
            assertThatThrownBy(() -> stream.forEach(chunk -> texts.add(chunk.text())))
                    .isInstanceOf(ApiStreamException.class)
                    .isInstanceOf(ApiTransportException.class)
                    .hasMessageStartingWith("POST " + stub.server().baseUrl() + "/chat stream failed: ");
        }
        assertThat(texts).containsExactly("a");
        assertThat(stub.server().requests().size())
                .as("never retried once streaming")
                .isEqualTo(1);
    }

    @Test
    void closingEarlyReleasesTheConnectionAndTheNextCallWorks() throws InterruptedException {
        stub.server()
                .respondInOrder(
                        sse(List.of(Chunk.of("data: {\"text\":\"a\"}\n\n"))).holdingOpen(Duration.ofSeconds(10)));
        stub.server().respondInOrder(sse(List.of(Chunk.of("data: {\"text\":\"next\"}\n\n"))));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl()).build();

        try (EventStream<Chunk0> stream =
                invoker.send(chatRequest(), RequestOptions.none()).body()) {
            assertThat(stream.iterator().next().text()).isEqualTo("a");
        }

        assertThat(stub.server().awaitClientGone(Duration.ofSeconds(5)))
                .as("the server sees the client close the stream")
                .isTrue();
        try (Stream<Chunk0> items = invoker.send(chatRequest(), RequestOptions.none()).body().stream()) {
            assertThat(items.map(Chunk0::text)).containsExactly("next");
        }
    }

    @Test
    void anErrorStatusBeforeTheStreamIsTheTypedErrorAndRetriesHappenOnlyBeforeIt() {
        stub.server().respondInOrder(StubResponse.json(404, "{\"id\":4,\"name\":\"missing\"}"));
        stub.server().respondInOrder(StubResponse.of(503, null, "busy"));
        stub.server().respondInOrder(sse(List.of(Chunk.of("data: {\"text\":\"after a retry\"}\n\n"))));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .retryPolicy(RetryPolicy.builder()
                        .initialBackoff(Duration.ofMillis(1))
                        .retryNonIdempotent(true)
                        .build())
                .build();

        assertThatThrownBy(() -> invoker.send(chatRequest(), RequestOptions.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.errorBody()).isEqualTo(new Fixtures.Pet(4, "missing"));
                });
        try (Stream<Chunk0> items = invoker.send(chatRequest(), RequestOptions.none()).body().stream()) {
            assertThat(items.map(Chunk0::text)).containsExactly("after a retry");
        }
    }

    @Test
    void anItemThatDoesNotDecodeFailsTheIteration() {
        stub.server().respondInOrder(sse(List.of(Chunk.of("data: {\"text\":\"a\"}\n\ndata: <html>\n\n"))));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl()).build();

        try (EventStream<Chunk0> stream =
                invoker.send(chatRequest(), RequestOptions.none()).body()) {
            assertThatThrownBy(() -> stream.forEach(chunk -> {}))
                    .isInstanceOfSatisfying(
                            ApiDecodingException.class,
                            e -> assertThat(e.bodyExcerpt()).isEqualTo("<html>"));
            assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void thePublisherHonoursDemandAndCancelClosesTheConnection() throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            events.append("data: {\"text\":\"").append(i).append("\"}\n\n");
        }
        stub.server().respondInOrder(sse(List.of(Chunk.of(events.toString()))).holdingOpen(Duration.ofSeconds(10)));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl()).build();
        Recorder<Chunk0> subscriber = new Recorder<>();

        EventStream.publisherOf(() -> invoker.sendAsync(chatRequest(), RequestOptions.none()))
                .subscribe(subscriber);
        subscriber.subscription.get(5, TimeUnit.SECONDS).request(2);
        subscriber.awaitItems(2);
        Thread.sleep(200);
        assertThat(subscriber.items).as("no item beyond the demand").hasSize(2);
        subscriber.subscription.get().request(1);
        subscriber.awaitItems(3);
        subscriber.subscription.get().cancel();

        assertThat(subscriber.items).extracting(Chunk0::text).containsExactly("0", "1", "2");
        assertThat(stub.server().awaitClientGone(Duration.ofSeconds(5))).isTrue();
        assertThat(subscriber.completion).isNotDone();
    }

    @Test
    void thePublisherCompletesAtTheEndAndReportsErrorsBeforeTheStream() throws Exception {
        stub.server()
                .respondInOrder(sse(List.of(
                        Chunk.of("data: {\"text\":\"a\"}\n\n"),
                        Chunk.of("data: {\"text\":\"b\"}\n\ndata: [DONE]\n\n").after(Duration.ofMillis(50)))));
        stub.server().respondInOrder(StubResponse.json(400, "{\"id\":1,\"name\":\"bad\"}"));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl()).build();
        Flow.Publisher<Chunk0> publisher =
                EventStream.publisherOf(() -> invoker.sendAsync(chatRequest(), RequestOptions.none()));

        Recorder<Chunk0> first = new Recorder<>();
        publisher.subscribe(first);
        first.subscription.get(5, TimeUnit.SECONDS).request(Long.MAX_VALUE);
        first.completion.get(5, TimeUnit.SECONDS);
        assertThat(first.items).extracting(Chunk0::text).containsExactly("a", "b");

        Recorder<Chunk0> second = new Recorder<>();
        publisher.subscribe(second);
        second.subscription.get(5, TimeUnit.SECONDS).request(1);
        assertThatThrownBy(() -> second.completion.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ApiException.class);
        assertThat(stub.server().requests().size()).isEqualTo(2);
    }

    @Test
    void openStreamsHoldNoThreadOfTheClientsExecutor() throws Exception {
        int streams = 6;
        for (int i = 0; i < streams; i++) {
            // Held open far longer than the test needs: on a loaded machine, opening six streams
            // can take seconds, and a stream the server ended would pass for one that is open.
            stub.server()
                    .respondInOrder(sse(List.of(Chunk.of("data: {\"text\":\"first\"}\n\n")))
                            .holdingOpen(Duration.ofSeconds(60)));
        }
        java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            ApiInvoker invoker =
                    Fixtures.invoker(stub.server().baseUrl()).executor(one).build();
            List<Recorder<Chunk0>> subscribers = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                Recorder<Chunk0> subscriber = new Recorder<>();
                EventStream.publisherOf(() -> invoker.sendAsync(chatRequest(), RequestOptions.none()))
                        .subscribe(subscriber);
                subscriber.subscription.get(5, TimeUnit.SECONDS).request(10);
                subscribers.add(subscriber);
            }
            for (Recorder<Chunk0> subscriber : subscribers) {
                subscriber.awaitItems(1);
            }

            // One executor thread ran every attempt: no open stream waits for data on it.
            assertThat(subscribers).allSatisfy(subscriber -> {
                assertThat(subscriber.items).extracting(Chunk0::text).containsExactly("first");
                assertThat(subscriber.completion).isNotDone();
            });
            subscribers.forEach(subscriber -> subscriber.subscription.join().cancel());
        } finally {
            one.shutdownNow();
        }
    }

    /** Records what a subscriber receives. */
    static final class Recorder<T> implements Flow.Subscriber<T> {
        final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
        final List<T> items = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> completion = new CompletableFuture<>();

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription.complete(s);
        }

        @Override
        public void onNext(T item) {
            items.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            completion.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            completion.complete(null);
        }

        void awaitItems(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (items.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
    }
}
