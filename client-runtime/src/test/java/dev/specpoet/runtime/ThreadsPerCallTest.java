package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts the threads started over 1,000 calls in a JVM that sees one or two processors, as small
 * containers do. There, {@code CompletableFuture}'s default async executor starts a thread per
 * task, so a client that completes calls on it starts a thread per call; this is a count, not a
 * timing.
 */
class ThreadsPerCallTest {
    private static final int CALLS = 1_000;
    /** What lives as long as the client may start late (pool threads, keep-alive); never one per call. */
    private static final long AT_MOST = 20;

    @ParameterizedTest(name = "{0} processor(s)")
    @ValueSource(ints = {1, 2})
    void blockingAndAsyncCallsReuseThreads(int processors) throws IOException, InterruptedException {
        String output = probe(processors);

        assertThat(output).matches("blocking=\\d+ async=\\d+ refresh=\\d+");
        long blocking = Long.parseLong(output.replaceAll("blocking=(\\d+) .*", "$1"));
        long async = Long.parseLong(output.replaceAll(".* async=(\\d+) .*", "$1"));
        long refresh = Long.parseLong(output.replaceAll(".* refresh=(\\d+)", "$1"));
        assertThat(blocking).as("threads started over %d blocking calls", CALLS).isLessThanOrEqualTo(AT_MOST);
        assertThat(async).as("threads started over %d async calls", CALLS).isLessThanOrEqualTo(AT_MOST);
        assertThat(refresh)
                .as("threads started over %d blocking calls that each fetch an OAuth 2.0 token", CALLS)
                .isLessThanOrEqualTo(AT_MOST);
    }

    private static String probe(int processors) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                        java.toString(),
                        "-XX:ActiveProcessorCount=" + processors,
                        "-Xmx128m",
                        // The test server writes a body in two parts; with Nagle's algorithm each call
                        // would wait for a delayed ACK (40 ms).
                        "-Dsun.net.httpserver.nodelay=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ThreadCountProbe.class.getName(),
                        Integer.toString(CALLS)))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("probe finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
