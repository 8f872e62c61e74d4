package dev.specpoet.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener on 127.0.0.1 that lets each request arrive and then resets the connection (an RST
 * through {@code SO_LINGER 0}), as a crashed server or a dropping proxy does.
 *
 * <p>{@link StubServer} cannot do this: the JDK's HTTP server only closes connections gracefully.
 */
public final class ResetServer implements AutoCloseable {
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    private ResetServer(ServerSocket listener) {
        this.listener = listener;
    }

    /** Starts resetting connections on 127.0.0.1 and a port the system picks. */
    public static ResetServer start() {
        ServerSocket listener;
        try {
            listener = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the resetting listener", e);
        }
        ResetServer server = new ResetServer(listener);
        Thread loop = new Thread(server::resetEach, "reset-server");
        loop.setDaemon(true);
        loop.start();
        return server;
    }

    /** The base URL to give a client. */
    public String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** How many connections were reset so far: one per attempt the client made. */
    public int connections() {
        return connections.get();
    }

    private void resetEach() {
        while (!listener.isClosed()) {
            try (Socket connection = listener.accept()) {
                connections.incrementAndGet();
                connection.setSoLinger(true, 0);
                // Reading first makes the client see the reset after its request left, not before.
                connection.getInputStream().read(new byte[16 * 1024]);
            } catch (IOException e) {
                // close() ended accept(), or the client hung up first; the loop condition decides.
            }
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
