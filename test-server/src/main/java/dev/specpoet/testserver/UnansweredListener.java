package dev.specpoet.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener on 127.0.0.1 that never accepts and whose accept queue is full, so that a new
 * connection gets no answer at all: the connect timeout case, without leaving the loopback
 * interface.
 *
 * <p>Linux drops the handshake of a connection that finds the queue full, and the client waits
 * in vain; a system that refuses it instead makes {@link #isSilent()} false.
 */
public final class UnansweredListener implements AutoCloseable {
    private static final int FILL_ATTEMPTS = 8;
    private static final int PROBE_MILLIS = 250;

    private final ServerSocket listener;
    private final List<Socket> queued = new ArrayList<>();
    private boolean silent;

    private UnansweredListener(ServerSocket listener) {
        this.listener = listener;
    }

    /** Opens the listener and queues connections until one more connect goes unanswered. */
    public static UnansweredListener start() {
        try {
            UnansweredListener full = new UnansweredListener(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            full.fill();
            return full;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the unanswered listener", e);
        }
    }

    private void fill() throws IOException {
        for (int i = 0; i < FILL_ATTEMPTS && !silent; i++) {
            Socket probe = new Socket();
            try {
                probe.connect(listener.getLocalSocketAddress(), PROBE_MILLIS);
                queued.add(probe);
            } catch (SocketTimeoutException unanswered) {
                probe.close();
                silent = true;
            } catch (IOException refused) {
                probe.close();
                return;
            }
        }
    }

    /** Whether connects now go unanswered, as the connect timeout tests need. */
    public boolean isSilent() {
        return silent;
    }

    /** The base URL to give a client. */
    public String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    @Override
    public void close() {
        try {
            for (Socket socket : queued) {
                socket.close();
            }
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
