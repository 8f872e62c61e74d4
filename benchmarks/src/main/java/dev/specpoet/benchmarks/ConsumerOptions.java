package dev.specpoet.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The consumer benchmark's command line, as the build's {@code benchmark} profile passes it.
 *
 * @param shared the shared folder, which holds {@code corpus/}
 * @param work where the consumer projects are written and built
 * @param results the Markdown file the report goes to
 * @param reactor the reactor's root folder, whose Maven Wrapper builds the consumers
 * @param repository the local repository the reactor's fresh artifacts were installed into
 * @param repositoryTail the user's local repository, read behind it for everything else
 * @param specs the names of the specs to run; empty for all
 * @param quick one build of each kind instead of three, and no warm-up
 */
record ConsumerOptions(
        Path shared,
        Path work,
        Path results,
        Path reactor,
        Path repository,
        Path repositoryTail,
        List<String> specs,
        boolean quick) {
    private static final Set<String> VALUED =
            Set.of("--shared", "--work", "--results", "--reactor", "--repository", "--repository-tail");
    /** In one argument, so that an empty list (an empty property in the POM) is still an argument. */
    private static final String SPECS = "--specs=";

    ConsumerOptions {
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(reactor, "reactor");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(repositoryTail, "repositoryTail");
        specs = List.copyOf(specs);
    }

    /**
     * Reads {@code --name value} pairs, {@code --specs=name,name} (empty for all) and the {@code
     * --quick} flag; other blank arguments (an empty property in the POM) are ignored.
     *
     * @throws IllegalArgumentException naming an unknown, valueless or missing option
     */
    static ConsumerOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        List<String> specs = List.of();
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isBlank()) {
                continue;
            }
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith(SPECS)) {
                specs = Arrays.stream(arg.substring(SPECS.length()).split(","))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .toList();
            } else if (VALUED.contains(arg)) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                values.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        for (String option : VALUED.stream().sorted().toList()) {
            if (!values.containsKey(option)) {
                throw new IllegalArgumentException("missing option " + option);
            }
        }
        return new ConsumerOptions(
                Path.of(values.get("--shared")),
                Path.of(values.get("--work")),
                Path.of(values.get("--results")),
                Path.of(values.get("--reactor")),
                Path.of(values.get("--repository")),
                Path.of(values.get("--repository-tail")),
                specs,
                quick);
    }

    /** The corpus folder. */
    Path corpus() {
        return shared.resolve("corpus");
    }

    /** Builds of each kind per plugin and spec. */
    int runs() {
        return quick ? 1 : 3;
    }
}
