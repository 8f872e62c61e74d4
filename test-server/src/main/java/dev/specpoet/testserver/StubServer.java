package dev.specpoet.testserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An HTTP server on 127.0.0.1 and a free port that answers the next queued response, else from
 * routes (method and path pattern), else with the default response, and records every request.
 *
 * <p>Queued responses play a server whose answers change from one request to the next (503 and
 * then 200); a response's delay plays a slow one; a streamed response, an event stream that
 * pauses, goes quiet or dies mid-way. A response may also be computed from the request it answers,
 * for a server whose answer depends on what was asked.
 */
public final class StubServer implements AutoCloseable {
    private static final Duration KEEP_ALIVE_INTERVAL = Duration.ofMillis(20);
    private static final byte[] KEEP_ALIVE = ": keep-alive\n".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Queue<Function<RecordedRequest, StubResponse>> queued = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch clientGone = new CountDownLatch(1);
    private volatile Function<RecordedRequest, StubResponse> fallback =
            request -> StubResponse.json(404, "{\"message\":\"no stub for this request\"}");

    private StubServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on 127.0.0.1 and a port the system picks. */
    public static StubServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubServer stub = new StubServer(server);
            server.createContext("/", stub::handle);
            server.setExecutor(stub.executor);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the stub server", e);
        }
    }

    /** The base URL to give a client, such as {@code http://127.0.0.1:43121}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * The base URL under another host name for the same server, such as {@code
     * http://localhost:43121}: another origin to a client, for redirect tests.
     */
    public String baseUrl(String hostName) {
        return "http://" + hostName + ":" + port();
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers every request no route matches with {@code response}. */
    public StubServer respond(StubResponse response) {
        return respond(request -> response);
    }

    /** Answers every request no route matches with what {@code answer} makes of it. */
    public StubServer respond(Function<RecordedRequest, StubResponse> answer) {
        this.fallback = answer;
        return this;
    }

    /** Answers the next requests, whatever their route, with {@code responses}, one each, in order. */
    public StubServer respondInOrder(StubResponse... responses) {
        for (StubResponse response : responses) {
            queued.add(request -> response);
        }
        return this;
    }

    /**
     * Queues, after the responses already queued ({@link #respondInOrder}), an answer made from the
     * request it answers, whatever its route: to check or echo what the client sent.
     */
    public StubServer respondNext(Function<RecordedRequest, StubResponse> answer) {
        queued.add(answer);
        return this;
    }

    /** Answers requests with this method and a path matching {@code pathRegex} with {@code response}. */
    public StubServer route(String method, String pathRegex, StubResponse response) {
        routes.add(new Route(method, Pattern.compile(pathRegex), response));
        return this;
    }

    /** Every request received so far, in order. */
    public List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    /** The only request received; fails when there was not exactly one. */
    public RecordedRequest onlyRequest() {
        if (requests.size() != 1) {
            throw new IllegalStateException("expected one request, got " + requests.size());
        }
        return requests.get(0);
    }

    /** The latest request received; fails when there was none. */
    public RecordedRequest lastRequest() {
        List<RecordedRequest> received = requests();
        if (received.isEmpty()) {
            throw new IllegalStateException("no request received");
        }
        return received.get(received.size() - 1);
    }

    /**
     * The number of requests received, once it reaches {@code expected} or after {@code within}: a
     * client that timed out may give up on an attempt before a busy server has read it, so the count
     * after a timed-out call is only final a little later.
     */
    public int awaitRequestCount(int expected, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (requests.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return requests.size();
    }

    /**
     * Waits until a streamed response {@linkplain StubResponse#holdingOpen held open} finds its client
     * gone; returns whether one did within {@code within}.
     */
    public boolean awaitClientGone(Duration within) throws InterruptedException {
        return clientGone.await(within.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Forgets the recorded requests, the routes and the queued responses. */
    public void clear() {
        requests.clear();
        routes.clear();
        queued.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean dropped = false;
        try {
            dropped = answer(exchange);
        } finally {
            if (!dropped) {
                exchange.close();
            }
        }
        if (dropped) {
            // The JDK's server closes the connection on an exception from its handler, without the
            // chunked end: what a client sees of a server that died mid-stream.
            throw new IllegalStateException("dropping the connection mid-stream, as stubbed");
        }
    }

    /** Answers a request; returns whether to drop the connection instead of ending the exchange. */
    private boolean answer(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        RecordedRequest request = new RecordedRequest(
                method,
                path,
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                body,
                Instant.now());
        requests.add(request);
        StubResponse response = responseFor(request);
        pause(response.delay());
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        if (!response.chunks().isEmpty()) {
            return stream(exchange, response);
        }
        // A response to HEAD has no body, whatever the stub says.
        boolean noBody = response.body().length == 0 || method.equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                int half = response.body().length / 2;
                out.write(response.body(), 0, half);
                out.flush();
                pause(response.bodyStall());
                out.write(response.body(), half, response.body().length - half);
            }
        }
        return false;
    }

    /** Streams a response's chunks; returns whether to drop the connection instead of ending it. */
    private boolean stream(HttpExchange exchange, StubResponse response) throws IOException {
        exchange.sendResponseHeaders(response.status(), 0);
        OutputStream out = exchange.getResponseBody();
        out.flush(); // The headers go out at once, as a streaming server sends them.
        for (StubResponse.Chunk chunk : response.chunks()) {
            pause(chunk.pause());
            out.write(chunk.bytes());
            out.flush();
        }
        if (response.dropped()) {
            return true;
        }
        long until = System.nanoTime() + response.holdOpen().toNanos();
        while (System.nanoTime() < until) {
            pause(KEEP_ALIVE_INTERVAL);
            try {
                out.write(KEEP_ALIVE);
                out.flush();
            } catch (IOException gone) {
                clientGone.countDown();
                return false;
            }
        }
        return false;
    }

    private StubResponse responseFor(RecordedRequest request) {
        Function<RecordedRequest, StubResponse> next = queued.poll();
        if (next != null) {
            return next.apply(request);
        }
        return routes.stream()
                .filter(route -> route.matches(request.method(), request.rawPath()))
                .map(Route::response)
                .findFirst()
                .orElseGet(() -> fallback.apply(request));
    }

    private static void pause(Duration delay) throws IOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            // close() interrupts a slow answer nobody waits for any more; drop the connection.
            Thread.currentThread().interrupt();
            throw new IOException("stub server closed while delaying a response", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private record Route(String method, Pattern path, StubResponse response) {
        boolean matches(String requestMethod, String requestPath) {
            return method.equalsIgnoreCase(requestMethod)
                    && path.matcher(requestPath).matches();
        }
    }
}
