package dev.specpoet.runtime;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a streamed response (server-sent events, JSON lines or a JSON text sequence),
 * decoded one by one as they arrive; the connection stays open until the stream ends or is closed.
 *
 * <p>Consume it once, in one of four ways: iterate the data ({@code for (T item : stream)}), iterate
 * {@link #events()} for the data with the event's type, id and retry, take a {@link #stream()}, or
 * subscribe to a {@link #publisher()}. Close it (try-with-resources) to release the connection
 * early; the end of the stream, a server's end-of-stream sentinel such as {@code [DONE]}, and a
 * failure close it too.
 *
 * <p>While the stream waits for the network, the client's stream idle timeout bounds the wait; the
 * request timeout bounds only the wait for the response headers. A connection that breaks
 * mid-stream fails the iteration with {@link ApiStreamException}, an idle timeout with {@link
 * ApiTimeoutException}, and an item that does not decode with {@link ApiDecodingException}. A
 * streamed call is never retried once its 2xx headers have arrived.
 *
 * @param <T> the decoded type of one item's data
 */
public final class EventStream<T> implements AutoCloseable, Iterable<T> {
    private static final int CHUNK = 8192;
    /** What a non-blocking read returns when no whole event has arrived yet. */
    private static final Object NOT_YET = new Object();

    /** Decodes the data of one item. */
    interface ItemDecoder<T> {
        T decode(byte[] data) throws IOException;
    }

    private final StreamBody body;
    private final EventFraming framing;
    private final ItemDecoder<T> decoder;
    private final Optional<byte[]> sentinel;
    private final String description;
    private final int statusCode;
    private final AtomicBoolean consumed = new AtomicBoolean();
    private final ArrayDeque<ServerSentEvent<byte[]>> pending = new ArrayDeque<>();
    private final List<ServerSentEvent<byte[]>> framed = new ArrayList<>();
    private final byte[] chunk = new byte[CHUNK];
    private volatile boolean closed;
    private boolean ended;

    EventStream(
            StreamBody body,
            EventFraming framing,
            ItemDecoder<T> decoder,
            Optional<String> sentinel,
            String description,
            int statusCode) {
        this.body = body;
        this.framing = framing;
        this.decoder = decoder;
        this.sentinel = sentinel.map(text -> text.getBytes(StandardCharsets.UTF_8));
        this.description = description;
        this.statusCode = statusCode;
    }

    /**
     * Returns a publisher that makes the call when subscribed to, once per subscriber, and then
     * publishes its items as the subscriber requests them; no thread waits for the network. An error
     * before the stream starts (a 4xx or 5xx, a failed connection) is the subscriber's {@code
     * onError}, as {@code join} would throw it, unwrapped. Generated {@code ...Async} methods of
     * streamed operations return it.
     */
    public static <T> Flow.Publisher<T> publisherOf(Supplier<CompletableFuture<ApiResponse<EventStream<T>>>> call) {
        Objects.requireNonNull(call, "call");
        return subscriber -> {
            Objects.requireNonNull(subscriber, "subscriber");
            new Deferred<>(subscriber, call).start();
        };
    }

    /** Iterates the decoded data of each item; call once. */
    @Override
    public Iterator<T> iterator() {
        claim();
        return new Pull<>(this, ServerSentEvent::data);
    }

    /** Iterates each item with its event type, id and retry; call once, instead of {@link #iterator()}. */
    public Iterable<ServerSentEvent<T>> events() {
        return () -> {
            claim();
            return new Pull<>(this, Function.identity());
        };
    }

    /** Returns the data as a sequential stream that closes this one, and so the connection, when closed. */
    public Stream<T> stream() {
        Iterator<T> items = iterator();
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /**
     * Returns a publisher of the data for one subscriber; it asks the server for bytes only while the
     * subscriber has demand, and cancelling closes the connection.
     */
    public Flow.Publisher<T> publisher() {
        return view(ServerSentEvent::data);
    }

    /** Returns a publisher of each item with its event type, id and retry, as {@link #publisher()}. */
    public Flow.Publisher<ServerSentEvent<T>> eventPublisher() {
        return view(Function.identity());
    }

    private <R> Flow.Publisher<R> view(Function<ServerSentEvent<T>, R> view) {
        return subscriber -> {
            Objects.requireNonNull(subscriber, "subscriber");
            if (!consumed.compareAndSet(false, true)) {
                subscriber.onSubscribe(Push.NOOP);
                subscriber.onError(new IllegalStateException("an EventStream can be consumed once"));
                return;
            }
            Push<T, R> push = new Push<>(this, subscriber, view);
            subscriber.onSubscribe(push);
            push.start();
        };
    }

    /** Closes the stream and its connection; an iteration in progress then ends. */
    @Override
    public void close() {
        closed = true;
        body.close();
    }

    private void claim() {
        if (!consumed.compareAndSet(false, true)) {
            throw new IllegalStateException("an EventStream can be consumed once");
        }
    }

    /**
     * Returns the next item, null at the end, or (not blocking) {@link #NOT_YET}. Runs on one thread
     * at a time: the iterating one, or the publisher's drain.
     */
    private Object next(boolean block) {
        try {
            while (pending.isEmpty() && !ended && !closed) {
                int read = block ? body.read(chunk, 0, chunk.length) : body.poll(chunk);
                if (read == 0) {
                    return NOT_YET;
                }
                if (read < 0) {
                    framing.end(framed);
                    ended = true;
                } else {
                    framing.feed(chunk, 0, read, framed);
                }
                pending.addAll(framed);
                framed.clear();
            }
        } catch (IOException e) {
            if (closed) {
                return null; // Closed by the user while waiting: the iteration ends.
            }
            close();
            throw failure(e);
        }
        ServerSentEvent<byte[]> raw = closed ? null : pending.poll();
        if (raw == null || (sentinel.isPresent() && Arrays.equals(raw.data(), sentinel.get()))) {
            close();
            return null;
        }
        try {
            return raw.withData(decoder.decode(raw.data()));
        } catch (IOException | RuntimeException e) {
            close();
            String data = new String(raw.data(), StandardCharsets.UTF_8);
            throw new ApiDecodingException(
                    description + " -> " + statusCode + ": cannot decode an item of the stream", statusCode, data, e);
        }
    }

    private ApiTransportException failure(IOException e) {
        String reason = e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + ApiClientException.excerpt(e.getMessage()));
        String message = description + " stream failed: " + reason;
        return e instanceof HttpTimeoutException
                ? new ApiTimeoutException(message, e)
                : new ApiStreamException(message, e);
    }

    @Override
    public String toString() {
        return "EventStream[" + description + (closed ? ", closed" : "") + "]";
    }

    /** A blocking iteration with one item of lookahead. */
    private static final class Pull<T, R> implements Iterator<R> {
        private final EventStream<T> stream;
        private final Function<ServerSentEvent<T>, R> view;
        private ServerSentEvent<T> next;
        private boolean done;

        Pull(EventStream<T> stream, Function<ServerSentEvent<T>, R> view) {
            this.stream = stream;
            this.view = view;
        }

        @Override
        @SuppressWarnings("unchecked") // next(true) never returns NOT_YET, only events or null.
        public boolean hasNext() {
            if (next == null && !done) {
                next = (ServerSentEvent<T>) stream.next(true);
                done = next == null;
            }
            return next != null;
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ServerSentEvent<T> item = next;
            next = null;
            return view.apply(item);
        }
    }

    /**
     * One subscriber's subscription: items go out only against demand, and bytes are asked for only
     * when no decoded item is left; {@link #drain} runs on whichever thread requests or delivers
     * bytes, one at a time.
     */
    private static final class Push<T, R> implements Flow.Subscription {
        static final Flow.Subscription NOOP = new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
        };

        private final EventStream<T> stream;
        private final Flow.Subscriber<? super R> subscriber;
        private final Function<ServerSentEvent<T>, R> view;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private volatile boolean cancelled;
        private boolean done;

        Push(EventStream<T> stream, Flow.Subscriber<? super R> subscriber, Function<ServerSentEvent<T>, R> view) {
            this.stream = stream;
            this.subscriber = subscriber;
            this.view = view;
        }

        void start() {
            stream.body.onSignal(this::drain);
            drain();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("non-positive request: " + n));
                return;
            }
            demand.accumulateAndGet(n, (current, added) -> current + added < 0 ? Long.MAX_VALUE : current + added);
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
            stream.close();
        }

        private void drain() {
            if (work.getAndIncrement() != 0) {
                return;
            }
            do {
                emit();
            } while (work.decrementAndGet() != 0);
        }

        @SuppressWarnings("unchecked") // next(false) returns an event, null or NOT_YET.
        private void emit() {
            while (!cancelled && !done && demand.get() > 0) {
                Object next;
                try {
                    next = stream.next(false);
                } catch (RuntimeException e) {
                    done = true;
                    subscriber.onError(e);
                    return;
                }
                if (next == NOT_YET) {
                    return; // The body's signal runs drain again when bytes arrive.
                }
                if (next == null) {
                    done = true;
                    subscriber.onComplete();
                    return;
                }
                demand.decrementAndGet();
                subscriber.onNext(view.apply((ServerSentEvent<T>) next));
            }
            if (!done && !cancelled && stream.closed) {
                done = true;
                subscriber.onComplete();
            }
        }
    }

    /**
     * The subscription a {@link #publisherOf} subscriber gets at once: it keeps demand and a cancel
     * until the response has arrived, then hands over to the stream's own subscription.
     */
    private static final class Deferred<T> implements Flow.Subscription {
        private final Flow.Subscriber<? super T> subscriber;
        private final Supplier<CompletableFuture<ApiResponse<EventStream<T>>>> call;
        private long demand;
        private boolean cancelled;
        private Push<T, T> push;
        private CompletableFuture<ApiResponse<EventStream<T>>> response;

        Deferred(Flow.Subscriber<? super T> subscriber, Supplier<CompletableFuture<ApiResponse<EventStream<T>>>> call) {
            this.subscriber = subscriber;
            this.call = call;
        }

        void start() {
            subscriber.onSubscribe(this);
            CompletableFuture<ApiResponse<EventStream<T>>> started;
            try {
                started = call.get();
            } catch (RuntimeException e) {
                started = CompletableFuture.failedFuture(e);
            }
            synchronized (this) {
                response = started;
            }
            started.whenComplete(this::onResponse);
        }

        private void onResponse(ApiResponse<EventStream<T>> received, Throwable failure) {
            if (failure != null) {
                boolean wasCancelled;
                synchronized (this) {
                    wasCancelled = cancelled;
                }
                if (!wasCancelled) {
                    subscriber.onError(unwrap(failure));
                }
                return;
            }
            EventStream<T> stream = received.body();
            long requested;
            synchronized (this) {
                if (cancelled || !stream.consumed.compareAndSet(false, true)) {
                    stream.close();
                    return;
                }
                push = new Push<>(stream, subscriber, ServerSentEvent::data);
                requested = demand;
            }
            push.start();
            if (requested > 0) {
                push.request(requested);
            }
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("non-positive request: " + n));
                return;
            }
            Push<T, T> target;
            synchronized (this) {
                target = push;
                if (target == null) {
                    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                    return;
                }
            }
            target.request(n);
        }

        @Override
        public void cancel() {
            Push<T, T> target;
            CompletableFuture<ApiResponse<EventStream<T>>> pendingResponse;
            synchronized (this) {
                cancelled = true;
                target = push;
                pendingResponse = response;
            }
            if (target != null) {
                target.cancel();
            } else if (pendingResponse != null) {
                pendingResponse.thenAccept(arrived -> arrived.body().close());
            }
        }

        private static Throwable unwrap(Throwable failure) {
            Throwable cause = failure;
            while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }
}
