package dev.specpoet.conformance;

import dev.specpoet.ModelListener;
import dev.specpoet.Specpoet;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.bind.BoundModel;
import dev.specpoet.javac.ClientCompiler;
import dev.specpoet.parse.ParsedSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Generates one spec into a scratch folder, compiles the result, round-trips the spec's examples
 * through the compiled client and sorts it into an {@link Outcome}: a client that does not compile,
 * or that does not give back an example that keeps to its schema, fails.
 */
final class SpecCheck {
    static final String PACKAGE = "conformance.client";

    /**
     * Per pipeline stage, the codes that mean the document itself is unusable. Everything else that
     * stops generation counts as a generator failure, so a generator limitation can never pass for
     * a bad spec: a reference the load stage found in the document but the model stage cannot
     * resolve, for one, is the generator's fault.
     */
    private static final Map<String, Set<String>> SPEC_FAULTS = Map.of(
            "load",
            Set.of(
                    "SPEC_SYNTAX",
                    "SPEC_EMPTY",
                    "SPEC_ENCODING",
                    "SPEC_BINARY",
                    "SPEC_TOO_LARGE",
                    "SPEC_UNREADABLE",
                    "UNSUPPORTED_VERSION",
                    "DANGLING_REF",
                    "REF_FILE_UNREADABLE",
                    "REF_OUTSIDE_SPEC_FOLDER"),
            "parse",
            Set.of("SPEC_INVALID"),
            "model",
            Set.of("CIRCULAR_REF", "CIRCULAR_ALLOF"));

    /** The code for a document with no {@code openapi} or {@code swagger} key: a fragment. */
    private static final String FRAGMENT = "NOT_OPENAPI";

    private final ClientCompiler compiler;
    private final Path out;

    /** @param out a folder of its own that each check fills and then deletes */
    SpecCheck(ClientCompiler compiler, Path out) {
        this.compiler = compiler;
        this.out = out;
    }

    SpecResult check(Path folder, Path file) {
        String name = SpecFiles.display(folder, file);
        long start = System.nanoTime();
        try {
            GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(file), out)
                    .basePackage(PACKAGE)
                    .build();
            AtomicReference<String> lastStage = new AtomicReference<>("");
            AtomicReference<ParsedSpec> parsed = new AtomicReference<>();
            AtomicReference<BoundModel> bound = new AtomicReference<>();
            ModelListener stages = new ModelListener() {
                @Override
                public void stageFinished(String stage, long nanos) {
                    lastStage.set(stage);
                }

                @Override
                public void modelBound(ParsedSpec spec, BoundModel model) {
                    parsed.set(spec);
                    bound.set(model);
                }
            };
            try {
                Specpoet.generate(config, stages);
            } catch (GenerationException e) {
                return rejected(name, start, lastStage.get(), e);
            }
            List<Path> generated = javaFiles(out);
            long lines = 0;
            for (Path source : generated) {
                lines += lineCount(source);
            }
            List<SpecExample> examples = ExampleFinder.of(parsed.get().main().root());
            List<String> errors = new ArrayList<>(caseClashes(generated));
            ClientCompiler.Compilation compilation = null;
            if (errors.isEmpty()) {
                compilation = compiler.compile(out, !examples.isEmpty());
                errors.addAll(compilation.errors());
            }
            if (!errors.isEmpty()) {
                String reason = errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
                return new SpecResult(
                        name,
                        Outcome.FAIL,
                        seconds(start),
                        generated.size(),
                        lines,
                        Optional.of(reason),
                        RoundTrips.NONE);
            }
            RoundTrips roundTrips = examples.isEmpty()
                    ? RoundTrips.NONE
                    : RoundTripper.run(bound.get(), examples, new GeneratedClasses(compilation.classes()));
            Optional<String> reason = roundTrips
                    .firstMismatch()
                    .map(first -> "round trip: "
                            + roundTrips.mismatches().size() + " of " + roundTrips.checked()
                            + " examples differ, the first "
                            + first);
            Outcome outcome = reason.isEmpty() ? Outcome.PASS : Outcome.FAIL;
            return new SpecResult(name, outcome, seconds(start), generated.size(), lines, reason, roundTrips);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new SpecResult(name, Outcome.FAIL, seconds(start), 0, 0, Optional.of(crash(e)), RoundTrips.NONE);
        } finally {
            deleteTree(out);
        }
    }

    /** @param stage the stage that threw: the last one to finish, since a failing stage finishes too */
    private static SpecResult rejected(String name, long start, String stage, GenerationException e) {
        if (e.isInternal()) {
            return new SpecResult(
                    name, Outcome.FAIL, seconds(start), 0, 0, Optional.of(crash(e.getCause())), RoundTrips.NONE);
        }
        List<Diagnostic> errors = e.errors().isEmpty() ? e.diagnostics() : e.errors();
        Set<String> faults = SPEC_FAULTS.getOrDefault(stage, Set.of());
        Diagnostic first = errors.get(0);
        String reason = first.code() + " " + first;
        Outcome outcome;
        if (errors.stream().allMatch(d -> d.code().equals(FRAGMENT))) {
            outcome = Outcome.SKIP;
        } else if (errors.stream().allMatch(d -> faults.contains(d.code()))) {
            outcome = Outcome.INVALID;
        } else {
            outcome = Outcome.FAIL;
            reason = errors.stream()
                    .filter(d -> !faults.contains(d.code()))
                    .findFirst()
                    .map(d -> d.code() + " " + d + " (" + stage + " stage)")
                    .orElse(reason);
        }
        return new SpecResult(name, outcome, seconds(start), 0, 0, Optional.of(oneLine(reason)), RoundTrips.NONE);
    }

    /**
     * Files whose paths differ only in case: on the case-insensitive file systems of macOS and
     * Windows one would overwrite the other, though both compile here.
     */
    private List<String> caseClashes(List<Path> generated) {
        Map<String, String> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Path file : generated) {
            String path = out.relativize(file).toString().replace('\\', '/');
            String previous = seen.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
            if (previous != null) {
                clashes.add("files differ only in case: " + previous + " and " + path);
            }
        }
        return clashes;
    }

    /**
     * The exception and the generator's frame nearest to where it was thrown: enough to find the bug
     * without a full trace.
     */
    private static String crash(Throwable cause) {
        List<StackTraceElement> trace = List.of(cause.getStackTrace());
        String where = trace.stream()
                .filter(frame -> frame.getClassName().startsWith("dev.specpoet."))
                .findFirst()
                .or(() -> trace.stream().findFirst())
                .map(frame -> " at " + frame)
                .orElse("");
        return oneLine("crashed: " + cause + where);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    private static long lineCount(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean the scratch folder " + root, e);
        }
    }
}
