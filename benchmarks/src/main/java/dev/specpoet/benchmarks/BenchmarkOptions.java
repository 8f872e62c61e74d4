package dev.specpoet.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The benchmark's command line, as the build's {@code benchmark} profile passes it.
 *
 * @param shared the shared folder, which holds {@code corpus/}
 * @param work where specs are copied and outputs written
 * @param oagJar OpenAPI Generator's CLI jar
 * @param oagClientLib the libraries OpenAPI Generator's client compiles against, beside Jackson
 * @param results the Markdown file the report goes to
 * @param plan how often things run
 */
record BenchmarkOptions(Path shared, Path work, Path oagJar, Path oagClientLib, Path results, RunPlan plan) {
    private static final Set<String> VALUED =
            Set.of("--shared", "--work", "--openapi-generator-jar", "--openapi-generator-client-lib", "--results");

    BenchmarkOptions {
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(oagJar, "oagJar");
        Objects.requireNonNull(oagClientLib, "oagClientLib");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(plan, "plan");
    }

    /**
     * Reads {@code --name value} pairs and the {@code --quick} flag; blank arguments (an empty
     * property in the POM) are ignored.
     *
     * @throws IllegalArgumentException naming an unknown, valueless or missing option
     */
    static BenchmarkOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isBlank()) {
                continue;
            }
            if (arg.equals("--quick")) {
                quick = true;
            } else if (VALUED.contains(arg)) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                values.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        for (String option : VALUED) {
            if (!values.containsKey(option)) {
                throw new IllegalArgumentException("missing option " + option);
            }
        }
        return new BenchmarkOptions(
                Path.of(values.get("--shared")),
                Path.of(values.get("--work")),
                Path.of(values.get("--openapi-generator-jar")),
                Path.of(values.get("--openapi-generator-client-lib")),
                Path.of(values.get("--results")),
                quick ? RunPlan.quick() : RunPlan.standard());
    }

    /** The corpus folder. */
    Path corpus() {
        return shared.resolve("corpus");
    }
}
