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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A loopback HTTP server that records requests and answers with scripted replies, in order. */
final class TestServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Queue<Function<Recorded, Reply>> script = new ConcurrentLinkedQueue<>();
    private volatile Function<Recorded, Reply> fallback = request -> Reply.of(599, "no reply scripted");

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

    /**
     * A scripted answer, sent after {@code delay}; with a {@code bodyStall}, the headers and the
     * first half of the body go at once and the rest only after the stall.
     */
    record Reply(int status, Map<String, String> headers, byte[] body, Duration delay, Duration bodyStall) {
        static Reply of(int status, String body, String... headerPairs) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; i < headerPairs.length; i += 2) {
                headers.put(headerPairs[i], headerPairs[i + 1]);
            }
            return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO, Duration.ZERO);
        }

        static Reply json(int status, String json) {
            return of(status, json, "Content-Type", "application/json");
        }

        Reply after(Duration delay) {
            return new Reply(status, headers, body, delay, bodyStall);
        }

        Reply stallingBody(Duration stall) {
            return new Reply(status, headers, body, delay, stall);
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

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
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
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // The server is closing.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
