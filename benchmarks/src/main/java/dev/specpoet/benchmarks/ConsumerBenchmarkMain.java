package dev.specpoet.benchmarks;

import dev.specpoet.Specpoet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The consumer benchmark, what a user feels: a module holding the generated client, built by real
 * Maven with Specpoet's plugin and with OpenAPI Generator's, {@code clean compile} and then a no-op
 * {@code compile}, on three specs of the shared corpus. Run it through Maven: {@code ./mvnw -B
 * -Pbenchmark -pl benchmarks -am verify -DskipTests -Dbenchmark.generation.skip
 * -Dbenchmark.calls.skip}.
 *
 * <p>The builds of the two plugins are interleaved (clean, no-op, then the other plugin), so a
 * change in the machine's load touches both alike.
 */
public final class ConsumerBenchmarkMain {
    /** The specs of issue 14, by their name in {@link SpecSet}. */
    private static final List<String> SPECS =
            List.of(ConsumerReport.TARGET_SPEC, "Adyen CheckoutService-v72", "GitHub 2020-07-30");

    private static final List<String> CLEAN_COMPILE = List.of("clean", "compile");
    private static final List<String> COMPILE = List.of("compile");

    private ConsumerBenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        ConsumerOptions options;
        try {
            options = ConsumerOptions.parse(args);
            for (String name : options.specs()) {
                if (!SPECS.contains(name)) {
                    throw new IllegalArgumentException(
                            "no spec '" + name + "' in the consumer benchmark; it has " + String.join(", ", SPECS));
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("consumer benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isDirectory(options.corpus())) {
            System.err.println("consumer benchmark: no corpus at "
                    + options.corpus().toAbsolutePath().normalize()
                    + ". It needs the shared folder beside the clone (../shared) or SPECPOET_SHARED naming it.");
            System.exit(2);
            return;
        }
        Path plugin = options.repository().resolve("dev/specpoet/specpoet-maven-plugin/" + Specpoet.version());
        if (!Files.isDirectory(plugin)) {
            System.err.println("consumer benchmark: Specpoet's plugin is not in " + options.repository()
                    + ". Run it through Maven's benchmark profile, which installs the reactor's artifacts there.");
            System.exit(2);
            return;
        }
        String report = run(options);
        System.out.println();
        System.out.print(report);
        Files.createDirectories(options.results().toAbsolutePath().getParent());
        Files.writeString(options.results(), report);
        System.out.println("\nWritten to " + options.results());
    }

    private static String run(ConsumerOptions options) throws IOException, InterruptedException {
        Path work = Folders.empty(options.work());
        List<String> names = options.specs().isEmpty() ? SPECS : options.specs();
        List<BenchSpec> specs = SpecSet.load(options.corpus(), work.resolve("specs")).stream()
                .filter(spec -> names.contains(spec.name()))
                .sorted((a, b) -> Integer.compare(names.indexOf(a.name()), names.indexOf(b.name())))
                .toList();
        ConsumerMaven maven = new ConsumerMaven(options.reactor(), options.repository(), options.repositoryTail());
        String mavenVersion = maven.version(work);
        double loadBefore = loadAverage();
        List<ConsumerFigures> figures = new ArrayList<>();
        boolean warm = options.quick();
        for (BenchSpec spec : specs) {
            Map<ConsumerTool, Path> projects = new EnumMap<>(ConsumerTool.class);
            for (ConsumerTool tool : ConsumerTool.values()) {
                Path project = Folders.empty(work.resolve(slug(spec.name())).resolve(tool.folderName()));
                // A project of its own: Maven looks for .mvn to find the top of a multi-module build.
                Files.createDirectories(project.resolve(".mvn"));
                Files.writeString(project.resolve("pom.xml"), ConsumerPom.of(tool, spec));
                projects.put(tool, project);
            }
            if (!warm) {
                // One untimed build of each, so the first figures do not pay for a cold file cache.
                for (ConsumerTool tool : ConsumerTool.values()) {
                    System.err.printf("consumer benchmark: %s, %s: warm-up%n", spec.name(), tool.displayName());
                    maven.run(
                            projects.get(tool),
                            CLEAN_COMPILE,
                            projects.get(tool).resolve("warm-up.log"));
                }
                warm = true;
            }
            Map<ConsumerTool, List<BuildOutcome>> clean = new EnumMap<>(ConsumerTool.class);
            Map<ConsumerTool, List<BuildOutcome>> noOp = new EnumMap<>(ConsumerTool.class);
            for (int run = 1; run <= options.runs(); run++) {
                for (ConsumerTool tool : ConsumerTool.values()) {
                    Path project = projects.get(tool);
                    BuildOutcome built = maven.run(project, CLEAN_COMPILE, project.resolve("clean-" + run + ".log"));
                    clean.computeIfAbsent(tool, t -> new ArrayList<>()).add(built);
                    System.err.printf(
                            "consumer benchmark: %s, %s: clean compile %s%s%n",
                            spec.name(),
                            tool.displayName(),
                            ConsumerReport.seconds(built.nanos()),
                            built.failure().map(reason -> ", " + reason).orElse(""));
                    if (!built.succeeded()) {
                        continue;
                    }
                    BuildOutcome again = maven.run(project, COMPILE, project.resolve("no-op-" + run + ".log"));
                    noOp.computeIfAbsent(tool, t -> new ArrayList<>()).add(again);
                    System.err.printf(
                            "consumer benchmark: %s, %s: no-op compile %s%s%n",
                            spec.name(),
                            tool.displayName(),
                            ConsumerReport.seconds(again.nanos()),
                            again.upToDateMillis().isPresent()
                                    ? " (goal " + again.upToDateMillis().getAsLong() + " ms)"
                                    : "");
                }
            }
            for (ConsumerTool tool : ConsumerTool.values()) {
                figures.add(ConsumerFigures.of(
                        spec.name(),
                        tool,
                        clean.get(tool),
                        noOp.getOrDefault(tool, List.of()),
                        SourceCount.of(tool.sources(projects.get(tool)))));
            }
        }
        return new ConsumerReport(setting(options, mavenVersion, loadBefore), figures).render();
    }

    private static String setting(ConsumerOptions options, String mavenVersion, double loadBefore) {
        Map<String, String> versions = ConsumerPom.versions();
        return "Measured " + LocalDate.now(ZoneOffset.UTC) + " on " + Machine.cpus() + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
                + mavenVersion + " (the reactor's wrapper); load average "
                + String.format(Locale.ROOT, "%.1f", loadBefore) + " at the start, "
                + String.format(Locale.ROOT, "%.1f", loadAverage()) + " at the end. "
                + "One consumer module per plugin and spec, built by `mvn -B -o clean compile` and then `mvn -B -o"
                + " compile` (the no-op), each a whole Maven process timed from start to exit; the two plugins"
                + " interleaved, "
                + (options.quick()
                        ? "one build each. **Quick run: not figures to read.**"
                        : "medians of " + options.runs() + " after one untimed warm-up of each.")
                + " Specpoet " + Specpoet.version() + " (`specpoet:generate`, docs off); OpenAPI Generator "
                + versions.get("openapi-generator.version") + " (`openapi-generator-maven-plugin`, `java`, `native`,"
                + " tests and docs off, its defaults otherwise: it regenerates on every build, its"
                + " `skipIfSpecIsUnchanged` being off); Jackson " + versions.get("jackson.version")
                + ", `--release 17`."
                + " \"Specpoet goal no-op\" is the time the goal logs for itself on the no-op builds"
                + " (`is up to date (..., N ms)`), without Maven's own start-up. Files and lines: the generated"
                + " `.java` main code.";
    }

    /** A folder name for a spec: {@code Adyen ManagementService-v3} becomes {@code adyen-managementservice-v3}. */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
