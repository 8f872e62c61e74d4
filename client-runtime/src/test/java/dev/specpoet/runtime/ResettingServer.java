package dev.specpoet.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** Accepts connections, reads the start of the request, then resets the connection (SO_LINGER 0). */
final class ResettingServer implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;

    private ResettingServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "resetting-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ResettingServer start() {
        try {
            return new ResettingServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** Returns how many connections were accepted, one per request the client sent. */
    int accepted() {
        return accepted.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                accepted.incrementAndGet();
                connection.setSoLinger(true, 0);
                // Wait for the request to arrive, so the client sees a reset after sending it.
                InputStream in = connection.getInputStream();
                in.read(new byte[8192]);
            } catch (IOException e) {
                // Closed by close(), or a client gone early: either way, keep serving or stop.
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
