package dev.specpoet.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server the call benchmark talks to: the JDK's HTTP server on 127.0.0.1, answering every
 * request with one JSON body and recording nothing, so it costs the same for every client. Its
 * threads are known, so the benchmark can leave their CPU time out of the clients'.
 */
final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final byte[] body;

    LoopbackServer(byte[] body, int threadCount) throws IOException {
        // One write for headers and one for the body: without this, Nagle's algorithm and the
        // client's delayed ACK add 40 ms to every call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.body = body.clone();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        executor = Executors.newFixedThreadPool(threadCount, task -> {
            Thread thread = new Thread(task, "loopback-server-" + threads.size());
            thread.setDaemon(true);
            synchronized (threads) {
                threads.add(thread);
            }
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
        for (int i = 0; i < threadCount; i++) {
            executor.execute(() -> {}); // Starts the pool's threads now, not while a client is measured.
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long requests() {
        return requests.get();
    }

    /** Whether {@code thread} serves requests (the pool or the JDK's dispatcher). */
    boolean isServerThread(Thread thread) {
        synchronized (threads) {
            return threads.contains(thread) || thread.getName().startsWith("HTTP-Dispatcher");
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
