package dev.specpoet.write;

import dev.specpoet.concurrent.PoolTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one file operation per item on a few threads. Each operation is a system call or two that
 * waits on the file system (creating a file costs more than writing it): 800 files of 8 kB were
 * created about twice as fast on two threads as on one, on the 2-core build machine. The caller keeps every
 * decision whose order matters (folders checked, files moved into place, the manifest) on its own
 * thread; only work whose order nobody sees runs here.
 */
final class ParallelIo {
    /** Threads for a run: more than two gained nothing measurable, creating files in one folder. */
    static final int THREADS = 2;

    /** Below this many items the threads cost more than they save. */
    static final int MIN_ITEMS = 16;

    private ParallelIo() {}

    /** One file operation on one item. */
    @FunctionalInterface
    interface Task<T, R> {
        R apply(T item) throws IOException;
    }

    /**
     * The result of {@code task} on each item, in the order of {@code items}.
     *
     * @throws IOException the first failure, in the order of {@code items}, as the task threw it;
     *     items after it may have been done too
     */
    static <T, R> List<R> map(List<T> items, Task<T, R> task) throws IOException {
        List<R> results = new ArrayList<>(items.size());
        if (items.size() < MIN_ITEMS) {
            for (T item : items) {
                results.add(task.apply(item));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, PoolTasks.daemonThreads("specpoet-write"));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    try {
                        return task.apply(item);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<R> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) throws IOException {
        try {
            return PoolTasks.join(future);
        } catch (UncheckedIOException e) {
            // The task's own IOException, wrapped only to leave the pool.
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the output", e);
        }
    }
}
