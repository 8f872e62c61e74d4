package dev.specpoet.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads for a run's own pool, and the results of the tasks it ran. */
public final class PoolTasks {
    private PoolTasks() {}

    /**
     * Daemon threads, so a pool nobody closed never keeps a JVM alive, named {@code name-1}, {@code
     * name-2}, ... for thread dumps.
     */
    public static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The task's result once it is done, or the unchecked exception or error it threw, rethrown as
     * it was thrown; a checked one (which a {@code Callable} may throw) comes wrapped in an {@link
     * IllegalStateException}.
     *
     * @throws InterruptedException if the caller is interrupted while waiting
     */
    public static <T> T join(Future<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
