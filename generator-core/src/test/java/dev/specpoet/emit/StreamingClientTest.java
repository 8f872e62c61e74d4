package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streamed responses in a generated client: server-sent events with the spec's sentinel, with the
 * configured one, and JSON lines, decoded into the item schema's record; an error status before
 * the stream is the typed exception; the async form is a publisher. Compiled in-process and called
 * over real HTTP on 127.0.0.1.
 */
class StreamingClientTest {
    private static final String PACKAGE = "com.example.streams";
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Assistant, version: '1'}
            paths:
              /chat:
                post:
                  operationId: streamChat
                  x-speakeasy-sse-sentinel: '[DONE]'
                  requestBody:
                    required: true
                    content: {application/json: {schema: {type: string}}}
                  responses:
                    '200':
                      description: the answer, chunk by chunk
                      content: {text/event-stream: {schema: {$ref: '#/components/schemas/Chunk'}}}
                    '429':
                      description: slow down
                      content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}
              /ticks:
                get:
                  operationId: ticks
                  responses:
                    '200': {description: ticks, content: {text/event-stream: {}}}
              /logs:
                get:
                  operationId: tailLogs
                  responses:
                    '200':
                      description: log lines
                      content: {application/x-ndjson: {schema: {$ref: '#/components/schemas/Chunk'}}}
            components:
              schemas:
                Chunk: {type: object, properties: {text: {type: string}}}
                Problem: {type: object, properties: {title: {type: string}}}
            """;

    @TempDir
    Path folder;

    private CompiledClient client;
    private Path sources;

    @BeforeEach
    void generate() throws Exception {
        Path spec = Files.writeString(folder.resolve("assistant.yaml"), SPEC);
        sources = folder.resolve("src");
        Specpoet.generate(GeneratorConfig.builder(SpecSource.file(spec), sources)
                .basePackage(PACKAGE)
                .sseSentinel("[END]")
                .build());
        client = CompiledClient.compile(sources, folder.resolve("classes"));
        assertThat(client.diagnostics()).isEmpty();
    }

    @Test
    void serverSentEventsDecodeIntoTheItemSchemaAndEndAtTheSpecsSentinel() throws Exception {
        String events = "event: delta\nid: 1\ndata: {\"text\":\"Hel\"}\n\n"
                + ": keep-alive\n\n"
                + "data: {\"text\":\"lo\"}\n\n"
                + "data: [DONE]\n\n"
                + "data: {\"text\":\"never read\"}\n\n";
        try (StubServer server = StubServer.start()) {
            server.respond(sse(events).stallingBody(Duration.ofMillis(100)));
            Object api = api(server);

            Method streamChat = api.getClass().getMethod("streamChat", String.class);
            assertThat(streamChat.getReturnType().getName()).isEqualTo("dev.specpoet.runtime.EventStream");
            List<String> texts = new ArrayList<>();
            try (AutoCloseable stream = (AutoCloseable) streamChat.invoke(api, "hi")) {
                for (Object chunk : (Iterable<?>) stream) {
                    assertThat(chunk.getClass().getName()).isEqualTo(PACKAGE + ".model.Chunk");
                    texts.add((String) invoke(chunk, "text"));
                }
            }

            assertThat(texts).containsExactly("Hel", "lo");
            assertThat(server.onlyRequest().header("Accept")).contains("text/event-stream, application/json");
        }
    }

    @Test
    void anErrorStatusBeforeTheStreamThrowsTheTypedException() throws Exception {
        try (StubServer server = StubServer.start()) {
            server.respond(StubResponse.json(429, "{\"title\":\"too many\"}"));
            Object api = api(server);
            Method streamChat = api.getClass().getMethod("streamChat", String.class);

            Throwable thrown = catchThrowable(() -> streamChat.invoke(api, "hi"));

            assertThat(thrown).isInstanceOf(InvocationTargetException.class);
            assertThat(thrown.getCause().getClass().getName()).isEqualTo(PACKAGE + ".ProblemException");
        }
    }

    @Test
    void eventsWithoutASchemaAreTextAndTheConfiguredSentinelEndsThem() throws Exception {
        try (StubServer server = StubServer.start()) {
            server.respond(sse("data: one\n\ndata: two\ndata: lines\n\ndata: [END]\n\ndata: after\n\n"));
            Object api = api(server);

            List<Object> ticks = new ArrayList<>();
            try (AutoCloseable stream =
                    (AutoCloseable) api.getClass().getMethod("ticks").invoke(api)) {
                ((Iterable<?>) stream).forEach(ticks::add);
            }

            assertThat(ticks).containsExactly("one", "two\nlines");
        }
    }

    @Test
    void jsonLinesArePublishedAsTheSubscriberRequests() throws Exception {
        try (StubServer server = StubServer.start()) {
            server.respond(new StubResponse(
                    200,
                    "application/x-ndjson",
                    "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n".getBytes(StandardCharsets.UTF_8),
                    Map.of(),
                    Duration.ZERO,
                    Duration.ofMillis(50)));
            Object api = api(server);

            @SuppressWarnings("unchecked")
            Flow.Publisher<Object> publisher = (Flow.Publisher<Object>)
                    api.getClass().getMethod("tailLogsAsync").invoke(api);
            List<Object> items = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            publisher.subscribe(new Flow.Subscriber<>() {
                private Flow.Subscription subscription;

                @Override
                public void onSubscribe(Flow.Subscription s) {
                    subscription = s;
                    s.request(1);
                }

                @Override
                public void onNext(Object item) {
                    items.add(item);
                    subscription.request(1);
                }

                @Override
                public void onError(Throwable throwable) {
                    done.completeExceptionally(throwable);
                }

                @Override
                public void onComplete() {
                    done.complete(null);
                }
            });
            done.get(10, TimeUnit.SECONDS);

            assertThat(items).extracting(item -> invokeQuietly(item, "text")).containsExactly("a", "b");
        }
        String apiSource = Files.readString(sources.resolve("com/example/streams/api/DefaultApi.java"));
        assertThat(apiSource)
                .contains("ResponseType.serverSentEvents(ResponseType.json(Chunk.class), \"[DONE]\")")
                .contains("ResponseType.serverSentEvents(ResponseType.text(), \"[END]\")")
                .contains("ResponseType.jsonLines(ResponseType.json(Chunk.class))")
                .contains("public Flow.Publisher<Chunk> tailLogsAsync()");
    }

    @Test
    void theGeneratedBuilderTakesAnInterceptorThatChangesEveryRequest() throws Exception {
        try (StubServer server = StubServer.start()) {
            server.respond(sse("data: [END]\n\n"));
            Class<?> interceptorType = client.load("dev.specpoet.runtime.RequestInterceptor");
            Class<?> requestType = client.load("dev.specpoet.runtime.InterceptedRequest");
            Method withHeader = requestType.getMethod("withHeader", String.class, String.class);
            Object interceptor = java.lang.reflect.Proxy.newProxyInstance(
                    interceptorType.getClassLoader(), new Class<?>[] {interceptorType}, (proxy, method, args) -> {
                        if (method.getName().equals("beforeSend")) {
                            return withHeader.invoke(args[0], "X-Trace-Id", "trace-42");
                        }
                        if (method.isDefault()) {
                            return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                        }
                        return method.getName().equals("toString") ? "tracing" : null;
                    });
            Object builder = client.callStatic(PACKAGE + ".ApiClient", "builder");
            Method baseUrl = builder.getClass().getMethod("baseUrl", String.class);
            baseUrl.setAccessible(true);
            baseUrl.invoke(builder, server.baseUrl());
            Method addInterceptor = builder.getClass().getMethod("interceptor", interceptorType);
            addInterceptor.setAccessible(true);
            addInterceptor.invoke(builder, interceptor);
            Object apiClient = invoke(builder, "build");
            Object api = client.load(PACKAGE + ".api.DefaultApi")
                    .getConstructor(apiClient.getClass())
                    .newInstance(apiClient);

            try (AutoCloseable stream =
                    (AutoCloseable) api.getClass().getMethod("ticks").invoke(api)) {
                assertThat(((Iterable<?>) stream).iterator().hasNext()).isFalse();
            }

            assertThat(server.onlyRequest().header("X-Trace-Id")).contains("trace-42");
        }
    }

    private static StubResponse sse(String events) {
        return new StubResponse(
                200,
                "text/event-stream",
                events.getBytes(StandardCharsets.UTF_8),
                Map.of(),
                Duration.ZERO,
                Duration.ZERO);
    }

    private Object api(StubServer server) throws Exception {
        Object builder = client.callStatic(PACKAGE + ".ApiClient", "builder");
        Method baseUrl = builder.getClass().getMethod("baseUrl", String.class);
        baseUrl.setAccessible(true);
        baseUrl.invoke(builder, server.baseUrl());
        Object apiClient = invoke(builder, "build");
        Class<?> api = client.load(PACKAGE + ".api.DefaultApi");
        return api.getConstructor(apiClient.getClass()).newInstance(apiClient);
    }

    private static Object invoke(Object target, String method) throws Exception {
        Method found = target.getClass().getMethod(method);
        found.setAccessible(true);
        return found.invoke(target);
    }

    private static Object invokeQuietly(Object target, String method) {
        try {
            return invoke(target, method);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
