package dev.specpoet.benchmarks;

import dev.specpoet.benchmarks.CallClients.NamedClient;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the clients in this JVM against one loopback server: warm-up, then timed batches and
 * concurrent rounds, the clients interleaved so that JIT, GC and the machine's other load fall on
 * all of them alike.
 */
final class CallRun {
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final CallPlan plan;
    private final long[] serverThreads;

    CallRun(CallPlan plan, LoopbackServer server) {
        this.plan = plan;
        this.serverThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(server::isServerThread)
                .mapToLong(Thread::getId)
                .toArray();
    }

    /** Measures every client; the figures come in the order of {@code clients}. */
    List<CallFigures> measure(List<NamedClient> clients) throws Exception {
        for (NamedClient client : clients) {
            if (client.client().call() == null) {
                throw new IllegalStateException(client.name() + " decoded no body");
            }
        }
        for (int i = 0; i < plan.warmupCalls(); i++) {
            for (NamedClient client : clients) {
                client.client().call();
            }
        }
        int n = clients.size();
        long[][] latencies = new long[n][plan.rounds() * plan.batch()];
        List<List<Long>> cpu = lists(n);
        List<List<Long>> allocated = lists(n);
        long[] started = new long[n];
        for (int round = 0; round < plan.rounds(); round++) {
            for (int k = 0; k < n; k++) {
                int c = (round + k) % n;
                Batch batch = batch(clients.get(c).client(), latencies[c], round * plan.batch());
                cpu.get(c).add(batch.cpuNanos() / plan.batch());
                allocated.get(c).add(batch.allocatedBytes() / plan.batch());
                started[c] += batch.threadsStarted();
            }
        }
        List<List<Double>> throughput = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            throughput.add(new ArrayList<>());
        }
        ExecutorService callers = Executors.newFixedThreadPool(plan.threads());
        try {
            for (int round = 0; round < plan.throughputRounds(); round++) {
                for (int k = 0; k < n; k++) {
                    int c = (round + k) % n;
                    throughput.get(c).add(concurrent(clients.get(c).client(), callers));
                }
            }
        } finally {
            callers.shutdownNow();
        }
        int processors = Runtime.getRuntime().availableProcessors();
        List<CallFigures> figures = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            long[] sorted = latencies[c].clone();
            Arrays.sort(sorted);
            figures.add(new CallFigures(
                    clients.get(c).name(),
                    processors,
                    sorted[sorted.length / 2],
                    sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)],
                    Median.of(cpu.get(c)),
                    Median.of(allocated.get(c)),
                    median(throughput.get(c)),
                    started[c] * 1000.0 / latencies[c].length));
        }
        return figures;
    }

    private record Batch(long cpuNanos, long allocatedBytes, long threadsStarted) {}

    /** Times {@code plan.batch()} calls one by one, and their CPU and allocation together. */
    private Batch batch(Callable<Object> client, long[] latencies, int offset) throws Exception {
        Map<Long, Long> allocatedBefore = allocatedByThread();
        long serverCpuBefore = serverCpu();
        long cpuBefore = os.getProcessCpuTime();
        long startedBefore = threads.getTotalStartedThreadCount();
        for (int i = 0; i < plan.batch(); i++) {
            long start = System.nanoTime();
            client.call();
            latencies[offset + i] = System.nanoTime() - start;
        }
        long startedAfter = threads.getTotalStartedThreadCount();
        long cpu = os.getProcessCpuTime() - cpuBefore - (serverCpu() - serverCpuBefore);
        Map<Long, Long> allocatedAfter = allocatedByThread();
        long allocated = 0;
        for (Map.Entry<Long, Long> entry : allocatedAfter.entrySet()) {
            allocated += entry.getValue() - allocatedBefore.getOrDefault(entry.getKey(), 0L);
        }
        return new Batch(cpu, allocated, startedAfter - startedBefore);
    }

    /** Runs the client on all threads at once and returns calls per second. */
    private double concurrent(Callable<Object> client, ExecutorService callers) throws Exception {
        CountDownLatch ready = new CountDownLatch(plan.threads());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < plan.threads(); t++) {
            workers.add(callers.submit(() -> {
                ready.countDown();
                go.await();
                for (int i = 0; i < plan.throughputCalls(); i++) {
                    client.call();
                }
                return null;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        long elapsed = System.nanoTime() - start;
        return plan.threads() * (double) plan.throughputCalls() * 1e9 / elapsed;
    }

    /** Bytes allocated so far by each live thread but the server's. */
    private Map<Long, Long> allocatedByThread() {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0 && !isServerThread(ids[i])) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    private long serverCpu() {
        long total = 0;
        for (long id : serverThreads) {
            total += Math.max(0, threads.getThreadCpuTime(id));
        }
        return total;
    }

    private boolean isServerThread(long id) {
        for (long server : serverThreads) {
            if (server == id) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Long>> lists(int n) {
        List<List<Long>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
