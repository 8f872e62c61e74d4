package dev.specpoet.testserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * An HTTP server on 127.0.0.1 and a free port that answers the next queued response, else from
 * routes (method and path pattern), else with the default response, and records every request.
 *
 * <p>Queued responses play a server whose answers change from one request to the next (503 and
 * then 200); a response's delay plays a slow one.
 */
public final class StubServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Queue<StubResponse> queued = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile StubResponse fallback = StubResponse.json(404, "{\"message\":\"no stub for this request\"}");

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
        this.fallback = response;
        return this;
    }

    /** Answers the next requests, whatever their route, with {@code responses}, one each, in order. */
    public StubServer respondInOrder(StubResponse... responses) {
        queued.addAll(List.of(responses));
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

    /** Forgets the recorded requests, the routes and the queued responses. */
    public void clear() {
        requests.clear();
        routes.clear();
        queued.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new RecordedRequest(
                    method,
                    path,
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(),
                    body,
                    Instant.now()));
            StubResponse response = responseFor(method, path);
            pause(response.delay());
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            for (Map.Entry<String, String> header : response.headers().entrySet()) {
                exchange.getResponseHeaders().set(header.getKey(), header.getValue());
            }
            boolean noBody = response.body().length == 0;
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
        }
    }

    private StubResponse responseFor(String method, String path) {
        StubResponse next = queued.poll();
        if (next != null) {
            return next;
        }
        return routes.stream()
                .filter(route -> route.matches(method, path))
                .map(Route::response)
                .findFirst()
                .orElse(fallback);
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
