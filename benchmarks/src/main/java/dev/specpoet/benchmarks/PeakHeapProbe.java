package dev.specpoet.benchmarks;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Specpoet once in a forked JVM with a fixed maximum heap and reads back its peak heap use:
 * whether a spec generates within a heap limit can only be seen in a JVM that has that limit.
 */
final class PeakHeapProbe {
    private static final String PEAK = "peak-heap-bytes=";

    /**
     * What the forked run reported.
     *
     * @param maxHeap the {@code -Xmx} value it ran with
     * @param peakBytes the sum over heap pools of each pool's peak use, an upper bound of the peak
     *     heap in use at any one moment; empty when the run failed
     * @param wallNanos the forked JVM's whole life, cold start included
     * @param failure why it failed, when it did
     */
    record Result(String maxHeap, Optional<Long> peakBytes, long wallNanos, Optional<String> failure) {}

    private PeakHeapProbe() {}

    /** Generates {@code spec} into {@code out} in a JVM limited to {@code maxHeap} (such as {@code 512m}). */
    static Result measure(BenchSpec spec, Path out, String maxHeap) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx" + maxHeap,
                        "-cp",
                        System.getProperty("java.class.path"),
                        PeakHeapProbe.class.getName(),
                        spec.file().toString(),
                        out.toString(),
                        spec.basePackage())
                .redirectErrorStream(true)
                .start();
        long start = System.nanoTime();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(maxHeap, Optional.empty(), System.nanoTime() - start, Optional.of("timed out"));
        }
        long wall = System.nanoTime() - start;
        Optional<Long> peak = output.lines()
                .filter(line -> line.startsWith(PEAK))
                .map(line -> Long.parseLong(line.substring(PEAK.length())))
                .findFirst();
        if (process.exitValue() != 0 || peak.isEmpty()) {
            String reason = output.lines()
                    .filter(line -> !line.isBlank())
                    .findFirst()
                    .orElse("exit code " + process.exitValue());
            return new Result(maxHeap, Optional.empty(), wall, Optional.of(reason));
        }
        return new Result(maxHeap, peak, wall, Optional.empty());
    }

    /** The forked side: {@code SPEC OUT PACKAGE}; prints the peak heap use on success. */
    public static void main(String[] args) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(Path.of(args[0])), Path.of(args[1]))
                .basePackage(args[2])
                .build();
        Specpoet.generate(config);
        long peak = heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.println(PEAK + peak);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
