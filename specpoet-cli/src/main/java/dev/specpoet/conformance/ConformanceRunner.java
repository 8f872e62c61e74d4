package dev.specpoet.conformance;

import dev.specpoet.javac.ClientCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Checks every spec-like file under some folders, a few at a time, and returns the results in path
 * order.
 */
public final class ConformanceRunner {
    private final int threads;

    /** @param threads how many specs to check at once; each thread gets its own compiler */
    public ConformanceRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /**
     * Checks the files.
     *
     * @param progress receives each result as soon as it is known, one at a time
     * @return one result per file, ordered by folder and then path
     */
    public List<SpecResult> run(List<Path> folders, Consumer<SpecResult> progress)
            throws IOException, InterruptedException {
        List<Job> jobs = new ArrayList<>();
        for (Path folder : folders) {
            for (Path file : SpecFiles.under(folder)) {
                jobs.add(new Job(folder, file, Files.size(file)));
            }
        }
        // The biggest specs go first, so none of them starts last and keeps one thread busy alone.
        List<Job> byCost = new ArrayList<>(jobs);
        byCost.sort(Comparator.comparingLong(Job::size).reversed());
        Path scratch = Files.createTempDirectory("specpoet-conformance");
        List<Worker> workers = new ArrayList<>();
        ThreadLocal<Worker> perThread = ThreadLocal.withInitial(() -> {
            synchronized (workers) {
                Worker worker = new Worker(scratch.resolve("w" + workers.size()));
                workers.add(worker);
                return worker;
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<Job, Future<SpecResult>> futures = new IdentityHashMap<>();
            for (Job job : byCost) {
                futures.put(job, pool.submit(() -> {
                    SpecResult result = perThread.get().check(job);
                    synchronized (progress) {
                        progress.accept(result);
                    }
                    return result;
                }));
            }
            List<SpecResult> results = new ArrayList<>();
            for (Job job : jobs) {
                results.add(futures.get(job).get());
            }
            return List.copyOf(results);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A conformance check crashed", e.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            for (Worker worker : workers) {
                worker.close();
            }
            Files.deleteIfExists(scratch);
        }
    }

    private record Job(Path folder, Path file, long size) {}

    /** One thread's compiler and scratch folder. */
    private static final class Worker {
        private final Path folder;
        private final ClientCompiler compiler;
        private final SpecCheck check;

        Worker(Path folder) {
            this.folder = folder;
            this.compiler = ClientCompiler.create();
            this.check = new SpecCheck(compiler, folder.resolve("src"));
        }

        SpecResult check(Job job) {
            return check.check(job.folder(), job.file());
        }

        void close() throws IOException {
            compiler.close();
            SpecCheck.deleteTree(folder);
        }
    }
}
