package dev.specpoet.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A loopback HTTP server that records requests and answers with scripted replies, in order. */
final class TestServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Queue<Function<Recorded, Reply>> script = new ConcurrentLinkedQueue<>();
    private volatile Function<Recorded, Reply> fallback = request -> Reply.of(599, "no reply scripted");
    private final CountDownLatch clientGone = new CountDownLatch(1);

    private TestServer(InetAddress address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server on 127.0.0.1. */
    static TestServer start() {
        return start(InetAddress.getLoopbackAddress());
    }

    /**
     * Starts a server on the address {@code localhost} resolves to, which is another origin than
     * {@code 127.0.0.1} for the client even when both are the same interface.
     */
    static TestServer startOnLocalhost() {
        try {
            return start(InetAddress.getByName("localhost"));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestServer start(InetAddress address) {
        try {
            return new TestServer(address);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request as the server saw it; the path and query stay percent-encoded. */
    record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst();
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Bytes of a streamed reply, written and flushed after {@code pause}. */
    record Chunk(byte[] bytes, Duration pause) {
        static Chunk of(String text) {
            return new Chunk(text.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        Chunk after(Duration wait) {
            return new Chunk(bytes, wait);
        }
    }

    /**
     * A scripted answer, sent after {@code delay}; with a {@code bodyStall}, the headers and the
     * first half of the body go at once and the rest only after the stall. A streamed reply sends
     * {@code chunks} with chunked encoding instead of {@code body}, then, with {@code holdOpen}, keeps
     * writing comments every 20 ms for that long unless the client goes away; with {@code drop} it
     * closes the connection without the chunked end, as a server or proxy that dies mid-stream.
     */
    record Reply(
            int status,
            Map<String, String> headers,
            byte[] body,
            Duration delay,
            Duration bodyStall,
            List<Chunk> chunks,
            Duration holdOpen,
            boolean drop) {
        static Reply of(int status, String body, String... headerPairs) {
            return new Reply(
                    status,
                    headers(headerPairs),
                    body.getBytes(StandardCharsets.UTF_8),
                    Duration.ZERO,
                    Duration.ZERO,
                    List.of(),
                    Duration.ZERO,
                    false);
        }

        /** A 2xx or other reply whose body goes out as these chunks, in order. */
        static Reply streamed(int status, List<Chunk> chunks, String... headerPairs) {
            return new Reply(
                    status,
                    headers(headerPairs),
                    new byte[0],
                    Duration.ZERO,
                    Duration.ZERO,
                    chunks,
                    Duration.ZERO,
                    false);
        }

        private static Map<String, String> headers(String... headerPairs) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; i < headerPairs.length; i += 2) {
                headers.put(headerPairs[i], headerPairs[i + 1]);
            }
            return headers;
        }

        Reply holdingOpen(Duration duration) {
            return new Reply(status, headers, body, delay, bodyStall, chunks, duration, drop);
        }

        Reply dropping() {
            return new Reply(status, headers, body, delay, bodyStall, chunks, holdOpen, true);
        }

        static Reply json(int status, String json) {
            return of(status, json, "Content-Type", "application/json");
        }

        Reply after(Duration delay) {
            return new Reply(status, headers, body, delay, bodyStall, chunks, holdOpen, drop);
        }

        Reply stallingBody(Duration stall) {
            return new Reply(status, headers, body, delay, stall, chunks, holdOpen, drop);
        }
    }

    TestServer enqueue(Reply reply) {
        script.add(request -> reply);
        return this;
    }

    TestServer enqueue(Function<Recorded, Reply> reply) {
        script.add(reply);
        return this;
    }

    /** Answers every request that finds the script empty. */
    TestServer otherwise(Function<Recorded, Reply> reply) {
        fallback = reply;
        return this;
    }

    String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    Recorded lastRequest() {
        return requests.get(requests.size() - 1);
    }

    int requestCount() {
        return requests.size();
    }

    /**
     * The number of requests once it reaches {@code expected}, or after {@code within}: a client
     * that timed out may give up on an attempt before a busy server has read it, so the count of a
     * timed-out call is only final a little later.
     */
    int requestCountReaching(int expected, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (requests.size() < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return requests.size();
    }

    /** Waits until a streamed reply held open finds the client gone; returns whether it did in time. */
    boolean awaitClientGone(Duration within) throws InterruptedException {
        return clientGone.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean drop = false;
        try {
            drop = respond(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // The server is closing.
        } finally {
            if (!drop) {
                exchange.close();
            }
        }
        if (drop) {
            // Unhandled, it makes the server close the connection without the chunked end.
            throw new IllegalStateException("dropping the connection mid-stream, as scripted");
        }
    }

    /** Answers a request; returns whether to drop the connection instead of ending the exchange. */
    private boolean respond(HttpExchange exchange) throws IOException, InterruptedException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Recorded request = new Recorded(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()),
                body);
        requests.add(request);
        Function<Recorded, Reply> next = script.poll();
        Reply reply = (next != null ? next : fallback).apply(request);
        if (!reply.delay().isZero()) {
            Thread.sleep(reply.delay().toMillis());
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (!reply.chunks().isEmpty()) {
            return stream(exchange, reply);
        }
        boolean noBody = reply.body().length == 0 || request.method().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                int half = reply.body().length / 2;
                out.write(reply.body(), 0, half);
                out.flush();
                Thread.sleep(reply.bodyStall().toMillis());
                out.write(reply.body(), half, reply.body().length - half);
            }
        }
        return false;
    }

    private boolean stream(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        exchange.sendResponseHeaders(reply.status(), 0);
        OutputStream out = exchange.getResponseBody();
        out.flush(); // The headers go out at once, as a streaming server sends them.
        for (Chunk chunk : reply.chunks()) {
            Thread.sleep(chunk.pause().toMillis());
            out.write(chunk.bytes());
            out.flush();
        }
        if (reply.drop()) {
            return true;
        }
        long until = System.nanoTime() + reply.holdOpen().toNanos();
        try {
            while (System.nanoTime() < until) {
                Thread.sleep(20);
                out.write(": keep-alive\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            clientGone.countDown();
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
