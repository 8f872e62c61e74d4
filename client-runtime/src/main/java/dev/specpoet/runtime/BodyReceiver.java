package dev.specpoet.runtime;

import java.io.Closeable;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Receives one response body whole, on the {@code HttpClient}'s own thread, and ends it when its
 * deadline passes first.
 *
 * <p>The JDK's request timeout ends when the headers arrive, so without a deadline a server that
 * stalls in the middle of a body would hold the call forever. The JDK's {@code ofInputStream}
 * could be closed from a watchdog, but it hands the body to the reading thread one buffer list at
 * a time, in lock-step with the client's thread, and the caller wakes first for the headers; its
 * {@code ofByteArray} has no handle to end it. This receiver is adapted with
 * {@link BodySubscribers#fromSubscriber}, which the JDK runs inline like its own subscribers (any
 * other subscriber's result goes through the client's executor, one more thread switch), so the
 * caller wakes once, when the body is complete. Past the deadline the shared watchdog {@linkplain
 * #close() closes} it: the subscription is cancelled, which aborts the exchange, and the call
 * fails with an {@link HttpTimeoutException}.
 */
final class BodyReceiver<B> implements Flow.Subscriber<List<ByteBuffer>>, Closeable {
    private final List<ByteBuffer> received = new ArrayList<>(4);
    private final AtomicBoolean finished = new AtomicBoolean();
    private final Duration timeout;
    private final ClientThreads.Deadline deadline;
    private final BodySubscriber<B> adapter;
    private volatile Flow.Subscription subscription;

    private BodyReceiver(long deadlineNanos, Duration timeout, Function<byte[], B> finisher) {
        this.timeout = timeout;
        this.adapter = BodySubscribers.fromSubscriber(this, receiver -> finisher.apply(receiver.bytes()));
        this.deadline = ClientThreads.watch(this, deadlineNanos);
    }

    /**
     * Returns a subscriber that completes with {@code finisher} applied to the whole body, or fails
     * with an {@link HttpTimeoutException} when it is not complete by {@code deadlineNanos} (a {@link
     * System#nanoTime} value); {@code timeout} is the duration the message names.
     */
    static <B> BodySubscriber<B> receive(long deadlineNanos, Duration timeout, Function<byte[], B> finisher) {
        return new BodyReceiver<>(deadlineNanos, timeout, finisher).adapter;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        // A deadline that passed before the subscription came cannot cancel it: this does.
        if (finished.get()) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    /** The buffers are the client's, handed over for good, as its own {@code ofByteArray} keeps them. */
    @Override
    public void onNext(List<ByteBuffer> buffers) {
        received.addAll(buffers);
    }

    @Override
    public void onError(Throwable failure) {
        finish();
    }

    @Override
    public void onComplete() {
        finish();
    }

    private void finish() {
        finished.set(true);
        deadline.done();
    }

    /** Called by the watchdog past the deadline: aborts the exchange unless the body is complete. */
    @Override
    public void close() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        // The timeout fails the body first: cancelling is not signalled back, and on JDK 21+ it
        // closes the connection at once, whose premature end would otherwise be the call's error.
        adapter.onError(new HttpTimeoutException("response not complete within " + timeout));
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /** Joins the buffers into one array of the body's exact length, the only copy of the bytes. */
    private byte[] bytes() {
        int length = 0;
        for (ByteBuffer buffer : received) {
            length += buffer.remaining();
        }
        byte[] bytes = new byte[length];
        int at = 0;
        for (ByteBuffer buffer : received) {
            int n = buffer.remaining();
            buffer.get(bytes, at, n);
            at += n;
        }
        received.clear();
        return bytes;
    }
}
