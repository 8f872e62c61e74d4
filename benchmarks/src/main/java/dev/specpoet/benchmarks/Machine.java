package dev.specpoet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What the figures were measured on: without it, a table of milliseconds means little. */
final class Machine {
    private Machine() {}

    /** Cores and CPU model, JVM, its maximum heap and the operating system, on one line. */
    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder text = new StringBuilder(cpus());
        text.append(", ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(String.format(Locale.ROOT, ", max heap %d MB", runtime.maxMemory() / (1024 * 1024)))
                .append(", ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(' ')
                .append(System.getProperty("os.arch"));
        return text.toString();
    }

    /** Cores and CPU model: {@code 2 cores (AMD EPYC)}. */
    static String cpus() {
        StringBuilder text = new StringBuilder();
        text.append(Runtime.getRuntime().availableProcessors()).append(" cores");
        cpuModel().ifPresent(model -> text.append(" (").append(model).append(')'));
        return text.toString();
    }

    /** Linux only; elsewhere the core count has to do. */
    private static Optional<String> cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(cpuinfo).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
