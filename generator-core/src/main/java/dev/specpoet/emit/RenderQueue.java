package dev.specpoet.emit;

import com.palantir.javapoet.JavaFile;
import dev.specpoet.concurrent.PoolTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Turns built {@link JavaFile}s into text on a small pool of its own while the emitter builds the
 * next ones. Rendering is most of the emit stage's time (JavaPoet walks every file twice, once to
 * collect its imports and once to write it, splitting each token on line breaks), a built {@code
 * JavaFile} is immutable, and files render independently; rendering as soon as a file is built also
 * starts the largest file (a spec without tags puts every operation into one API class) while the
 * models are still being built, instead of after them.
 *
 * <p>The result is in the order the files were added, whatever order they finish in, so the output
 * is the same on any number of cores. The pool belongs to one emit run and ends with it: the Maven
 * plugin may run several generations at once, and they share nothing. Its threads end on their own
 * once idle, so a run that fails while building files leaves nothing behind.
 */
final class RenderQueue {
    /** Below this many files a pool costs more than it saves: they render on the caller's thread. */
    static final int MIN_FILES_FOR_POOL = 4;

    /** How long an idle render thread waits for more work before it ends. */
    private static final long IDLE_SECONDS = 1;

    private final ExecutorService pool;
    private final List<Future<GeneratedSource>> rendered = new ArrayList<>();

    /**
     * @param expectedFiles about how many files will be added, to decide whether a pool pays
     * @param threads the most files rendered at once; 1 renders each file on the caller's thread
     */
    RenderQueue(int expectedFiles, int threads) {
        this.pool = expectedFiles >= MIN_FILES_FOR_POOL && threads > 1 ? pool(threads) : null;
    }

    private static ExecutorService pool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads,
                threads,
                IDLE_SECONDS,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                PoolTasks.daemonThreads("specpoet-render"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** A queue with a thread per processor. */
    static RenderQueue forFiles(int expectedFiles) {
        return new RenderQueue(expectedFiles, Runtime.getRuntime().availableProcessors());
    }

    /** Renders {@code file}, now or on the pool. */
    void add(Unrendered file) {
        if (pool == null) {
            rendered.add(CompletableFuture.completedFuture(file.render()));
        } else {
            rendered.add(pool.submit(file::render));
        }
    }

    /**
     * The text of every file added, in the order added, once all are rendered.
     *
     * @throws RuntimeException the first failure of a file, in that order, as rendering threw it
     */
    List<GeneratedSource> finish() {
        try {
            List<GeneratedSource> sources = new ArrayList<>(rendered.size());
            for (Future<GeneratedSource> source : rendered) {
                sources.add(await(source));
            }
            return sources;
        } finally {
            if (pool != null) {
                // After a failure nobody waits for the files still queued.
                pool.shutdownNow();
            }
        }
    }

    /** A source file built but not yet turned into text, and the path it goes to. */
    record Unrendered(String path, JavaFile file) {
        GeneratedSource render() {
            return new GeneratedSource(path, ShortForms.shorten(BlankLines.tighten(file.toString())));
        }
    }

    private static GeneratedSource await(Future<GeneratedSource> source) {
        try {
            // Rethrown as it was thrown, so a bug in rendering reads the same as on one thread.
            return PoolTasks.join(source);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering the generated sources", e);
        }
    }
}
