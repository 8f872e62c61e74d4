package dev.specpoet.runtime;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the clients of this runtime share: the default executor of asynchronous calls and
 * one scheduler for retry delays and body deadlines.
 *
 * <p>Neither uses {@code CompletableFuture}'s default async executor, which starts a new thread
 * for every task when the common pool's parallelism is 1 or less, as it is on hosts and containers
 * with two processors or fewer. Both pools are created on first use and run daemon threads, so
 * they never keep a JVM alive.
 */
final class ClientThreads {
    private static final Duration IDLE = Duration.ofSeconds(60);
    private static final long SWEEP_MILLIS = 25;

    private ClientThreads() {}

    /**
     * Returns the executor clients use unless given one: idle threads are reused, a new one starts
     * only when all are busy, and one idle for 60 s ends. This is the JDK {@code HttpClient}'s own
     * default policy (its tasks and the callers' continuations may block, so a fixed pool could
     * deadlock), with the threads shared by all clients and named.
     */
    static ExecutorService defaultExecutor() {
        return DefaultExecutor.INSTANCE;
    }

    /** Runs {@code task} once after {@code nanos}; cancelling the result drops it from the queue. */
    static ScheduledFuture<?> schedule(Runnable task, long nanos) {
        return Scheduler.INSTANCE.schedule(task, nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Closes {@code body} once {@code deadlineNanos} (a {@link System#nanoTime} value) has passed,
     * unless {@link Deadline#done()} comes first. A sweep of the shared scheduler checks every
     * {@value #SWEEP_MILLIS} ms: a call registers in a concurrent set instead of scheduling a task of
     * its own, which would take the scheduler's one lock twice per call and wake its thread.
     */
    static Deadline watch(Closeable body, long deadlineNanos) {
        Deadline deadline = new Deadline(body, deadlineNanos);
        Watchdog.WATCHED.add(deadline);
        return deadline;
    }

    /** A body that must be read before its deadline. */
    static final class Deadline {
        private final Closeable body;
        private final long at;
        private volatile boolean expired;

        private Deadline(Closeable body, long at) {
            this.body = body;
            this.at = at;
        }

        /** Stops watching; returns whether the deadline had passed and the body was closed. */
        boolean done() {
            Watchdog.WATCHED.remove(this);
            return expired;
        }

        private void expire() {
            expired = true;
            try {
                body.close();
            } catch (IOException | RuntimeException ignored) {
                // The reader sees the closed stream; how closing went changes nothing for it.
            }
        }
    }

    /**
     * Returns an executor that hands each task to {@code executor} after {@code delay}; the shared
     * scheduler thread only waits, it never runs the task.
     */
    static Executor delayed(Duration delay, Executor executor) {
        return task -> schedule(() -> executor.execute(task), delay.toNanos());
    }

    /** Holds the executor until its first use (the holder idiom: a thread-safe lazy static). */
    private static final class DefaultExecutor {
        static final ExecutorService INSTANCE = new ThreadPoolExecutor(
                0,
                Integer.MAX_VALUE,
                IDLE.toSeconds(),
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                daemons("specpoet-client-"));
    }

    private static final class Watchdog {
        static final Set<Deadline> WATCHED = ConcurrentHashMap.newKeySet();

        static {
            Scheduler.INSTANCE.scheduleWithFixedDelay(
                    Watchdog::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        }

        private static void sweep() {
            long now = System.nanoTime();
            for (Deadline deadline : WATCHED) {
                if (now - deadline.at >= 0 && WATCHED.remove(deadline)) {
                    deadline.expire();
                }
            }
        }
    }

    private static final class Scheduler {
        static final ScheduledExecutorService INSTANCE = scheduler();

        private static ScheduledExecutorService scheduler() {
            ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, daemons("specpoet-scheduler-"));
            // Most deadlines are cancelled when the body arrives; they must not pile up until due.
            scheduler.setRemoveOnCancelPolicy(true);
            return scheduler;
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
