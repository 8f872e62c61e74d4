package dev.specpoet.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;

/**
 * The body of a streamed 2xx response as the HTTP client delivers it: read either blocking, as an
 * {@link InputStream}, or without blocking through {@link #poll} and a signal when bytes arrive.
 *
 * <p>Bytes are asked for one buffer at a time, only when the reader has taken all before, so a
 * slow reader holds the server back instead of filling memory. The idle timeout counts only while
 * such a request waits for the network: a reader busy with an item never times out the stream.
 * Closing cancels the subscription, which makes the HTTP client close the connection.
 */
final class StreamBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
    private final Object lock = new Object();
    private final ArrayDeque<ByteBuffer> buffers = new ArrayDeque<>();
    private final Duration idleTimeout;
    private Flow.Subscription upstream;
    private Runnable signal = () -> {};
    private long requestedAt;
    private boolean requested;
    private boolean complete;
    private boolean closed;
    private IOException failure;
    private ScheduledFuture<?> idleCheck;
    /** A request for more bytes to send once the lock is released: the client may answer inline. */
    private Flow.Subscription toRequest;

    StreamBody(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    /**
     * Returns a handler that streams a 2xx body into a new {@code StreamBody} and reads any other
     * status's body, which is decoded as an error, as the JDK's own input stream.
     */
    static HttpResponse.BodyHandler<InputStream> handler(Duration idleTimeout) {
        return info -> info.statusCode() / 100 == 2
                ? new StreamBody(idleTimeout)
                : HttpResponse.BodySubscribers.ofInputStream();
    }

    /** Sets what runs, on the thread that delivers them, whenever bytes, the end or a failure arrive. */
    void onSignal(Runnable newSignal) {
        synchronized (lock) {
            this.signal = newSignal;
        }
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        Runnable toSignal;
        synchronized (lock) {
            if (upstream != null || closed) {
                subscription.cancel();
                return;
            }
            upstream = subscription;
            lock.notifyAll();
            toSignal = signal;
        }
        // The response can reach the caller before the client subscribes this body: a poll made
        // before now could ask for no bytes, so the poller is told to try again.
        toSignal.run();
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        Runnable toSignal;
        synchronized (lock) {
            requested = false;
            if (closed) {
                return;
            }
            for (ByteBuffer item : items) {
                if (item.hasRemaining()) {
                    buffers.add(item);
                }
            }
            lock.notifyAll();
            toSignal = signal;
        }
        toSignal.run();
    }

    @Override
    public void onError(Throwable throwable) {
        finish(throwable instanceof IOException io ? io : new IOException(throwable));
    }

    @Override
    public void onComplete() {
        finish(null);
    }

    private void finish(IOException error) {
        Runnable toSignal;
        synchronized (lock) {
            if (complete || failure != null) {
                return;
            }
            if (error == null) {
                complete = true;
            } else {
                failure = error;
            }
            cancelIdleCheck();
            lock.notifyAll();
            toSignal = signal;
        }
        toSignal.run();
    }

    /**
     * Copies the bytes at hand into {@code into} without waiting: returns how many, 0 when none has
     * arrived yet (more are then asked for, and the signal runs when they come), or -1 at the end.
     */
    int poll(byte[] into) throws IOException {
        int taken;
        synchronized (lock) {
            taken = take(into, 0, into.length);
        }
        requestPending();
        return taken;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            synchronized (lock) {
                int taken = take(into, offset, length);
                if (taken != 0) {
                    return taken;
                }
                if (toRequest == null) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted while waiting for the stream");
                    }
                }
            }
            requestPending();
        }
    }

    private void requestPending() {
        Flow.Subscription subscription;
        synchronized (lock) {
            subscription = toRequest;
            toRequest = null;
        }
        if (subscription != null) {
            subscription.request(1);
        }
    }

    @Override
    public int available() {
        synchronized (lock) {
            return buffers.isEmpty() ? 0 : buffers.peek().remaining();
        }
    }

    /** Takes bytes at hand, or asks for more; the caller holds the lock. */
    private int take(byte[] into, int offset, int length) throws IOException {
        ByteBuffer first = buffers.peek();
        if (first != null) {
            int count = Math.min(length, first.remaining());
            first.get(into, offset, count);
            if (!first.hasRemaining()) {
                buffers.poll();
            }
            return count;
        }
        if (closed) {
            throw new IOException("stream closed");
        }
        if (failure != null) {
            throw failure;
        }
        if (complete) {
            return -1;
        }
        if (upstream != null && !requested) {
            requested = true;
            requestedAt = System.nanoTime();
            scheduleIdleCheck(idleTimeout.toNanos());
            toRequest = upstream;
        }
        return 0;
    }

    /** Closes the stream; the HTTP client then closes the connection unless the body had ended. */
    @Override
    public void close() {
        Flow.Subscription toCancel;
        Runnable toSignal;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            buffers.clear();
            cancelIdleCheck();
            toCancel = complete || failure != null ? null : upstream;
            lock.notifyAll();
            toSignal = signal;
        }
        if (toCancel != null) {
            toCancel.cancel();
        }
        toSignal.run();
    }

    /** Returns whether the body ended, failed or was closed; nothing more will arrive. */
    boolean isDone() {
        synchronized (lock) {
            return complete || closed || failure != null;
        }
    }

    private void scheduleIdleCheck(long nanos) {
        if (idleCheck == null || idleCheck.isDone()) {
            idleCheck = ClientThreads.schedule(this::checkIdle, nanos);
        }
    }

    private void cancelIdleCheck() {
        if (idleCheck != null) {
            idleCheck.cancel(false);
            idleCheck = null;
        }
    }

    /** Fails the stream when a request for bytes has waited the idle timeout, else checks again later. */
    private void checkIdle() {
        Flow.Subscription toCancel;
        synchronized (lock) {
            idleCheck = null;
            if (!requested || complete || closed || failure != null) {
                return;
            }
            long waited = System.nanoTime() - requestedAt;
            if (waited < idleTimeout.toNanos()) {
                scheduleIdleCheck(idleTimeout.toNanos() - waited);
                return;
            }
            toCancel = upstream;
        }
        finish(new HttpTimeoutException("no data for " + idleTimeout));
        toCancel.cancel();
    }
}
