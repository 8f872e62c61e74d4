package dev.specpoet.benchmarks;

import dev.specpoet.Specpoet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The call benchmark: Specpoet's client, OpenAPI Generator's and a hand-written one calling one
 * Adyen operation on a loopback server, in JVMs that see two processors and one, as small
 * containers do. Run it through Maven: {@code ./mvnw -B -Pbenchmark -pl benchmarks -am verify
 * -DskipTests -Dbenchmark.generation.skip}.
 *
 * <p>This JVM generates and compiles the clients once, then forks one JVM per processor count that
 * measures all three clients interleaved and writes its figures back.
 */
public final class CallBenchmarkMain {
    private static final List<Integer> PROCESSORS = List.of(2, 1);
    private static final String SPEC = "adyen/ManagementService-v3.json";

    private CallBenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--measure")) {
            measure(args);
            return;
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("call benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path spec = options.corpus().resolve(SPEC);
        if (!Files.isRegularFile(spec)) {
            System.err.println("call benchmark: no " + SPEC + " in the corpus at "
                    + options.corpus().toAbsolutePath().normalize()
                    + ". It needs the shared folder beside the clone (../shared) or SPECPOET_SHARED naming it.");
            System.exit(2);
            return;
        }
        boolean quick = options.plan().equals(RunPlan.quick());
        Path work = Folders.empty(options.work().resolve("calls"));
        Path body = work.resolve("body.json");
        Files.write(body, CallClients.exampleBody(spec));
        Path classes;
        System.err.println("call benchmark: generating and compiling both clients");
        try (IsolatedOpenApiGenerator oag = IsolatedOpenApiGenerator.load(options.oagJar())) {
            classes = CallClients.prepare(spec, work, oag, options.oagClientLib());
            String setting = setting(oag.version(), quick, Files.size(body));
            List<CallFigures> figures = new ArrayList<>();
            for (int processors : PROCESSORS) {
                System.err.printf("call benchmark: measuring with %d processor(s)%n", processors);
                figures.addAll(fork(processors, classes, options.oagClientLib(), body, work, quick));
            }
            String report = new CallReport(setting, figures).render();
            System.out.println();
            System.out.print(report);
            Path results = options.results().resolveSibling("call-benchmark-results.md");
            Files.createDirectories(results.toAbsolutePath().getParent());
            Files.writeString(results, report);
            System.out.println("\nWritten to " + results);
        }
    }

    private static String setting(String oagVersion, boolean quick, long bodyBytes) {
        CallPlan plan = quick ? CallPlan.quick() : CallPlan.standard();
        return "Measured " + LocalDate.now(ZoneOffset.UTC) + " on " + Machine.describe() + ", load average "
                + String.format(java.util.Locale.ROOT, "%.1f", loadAverage()) + " at the start. "
                + "Adyen ManagementService-v3 `GET /companies/{companyId}/merchants` with an API key, answered with"
                + " the spec's example (" + Figures.count(bodyBytes) + " bytes of JSON) by the JDK's HTTP server"
                + " on 127.0.0.1 in the same JVM. Specpoet " + Specpoet.version() + ", OpenAPI Generator "
                + oagVersion + " (`java`, `native`), both generated from the corpus spec; hand-written:"
                + " `HttpClient.send` and a cached Jackson reader into records. One JVM per processor count"
                + " (`-XX:ActiveProcessorCount`), the clients interleaved: " + Figures.count(plan.warmupCalls())
                + " warm-up calls each, then " + plan.rounds() + " rounds of " + Figures.count(plan.batch())
                + " timed calls each; CPU (the process's less the server threads', JIT and GC included) and"
                + " allocation (all threads but the server's) are medians of those batches. 16 threads: "
                + plan.throughputRounds() + " rounds of " + plan.threads() + " x " + plan.throughputCalls()
                + " calls, median." + (quick ? " **Quick run: not figures to read.**" : "");
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<CallFigures> fork(
            int processors, Path classes, Path oagClientLib, Path body, Path work, boolean quick)
            throws IOException, InterruptedException {
        Path out = work.resolve("figures-" + processors + ".tsv");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + processors,
                "-Xms512m",
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                CallBenchmarkMain.class.getName(),
                "--measure",
                classes.toString(),
                oagClientLib.toString(),
                body.toString(),
                out.toString(),
                Boolean.toString(quick));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the measuring JVM took over an hour");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the measuring JVM with " + processors + " processor(s) failed");
        }
        return CallReport.parse(Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    /** In the forked JVM: {@code --measure classes oagClientLib body out quick}. */
    private static void measure(String[] args) throws Exception {
        Path classes = Path.of(args[1]);
        Path oagClientLib = Path.of(args[2]);
        byte[] body = Files.readAllBytes(Path.of(args[3]));
        Path out = Path.of(args[4]);
        CallPlan plan = Boolean.parseBoolean(args[5]) ? CallPlan.quick() : CallPlan.standard();
        try (LoopbackServer server = new LoopbackServer(body, 4)) {
            List<CallClients.NamedClient> clients = CallClients.load(classes, oagClientLib, server.baseUrl());
            List<CallFigures> figures = new CallRun(plan, server).measure(clients);
            Files.write(out, figures.stream().map(CallFigures::toLine).toList(), StandardCharsets.UTF_8);
        }
    }
}
