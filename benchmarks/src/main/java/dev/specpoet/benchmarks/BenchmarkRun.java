package dev.specpoet.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.specpoet.api.GenerationException;
import dev.specpoet.runtime.ApiInvoker;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Measures one spec after the other: Swagger Parser and Specpoet interleaved (so a disturbance
 * from outside hits both and their ratio holds), then OpenAPI Generator, then javac on both
 * outputs. Progress goes to {@code progress}, one line per step.
 */
final class BenchmarkRun {
    private final RunPlan plan;
    private final Path work;
    private final IsolatedOpenApiGenerator oag;
    private final List<Path> specpoetClasspath;
    private final List<Path> oagClasspath;
    private final JavacTimer javac = new JavacTimer();
    private final PrintStream progress;

    BenchmarkRun(RunPlan plan, Path work, IsolatedOpenApiGenerator oag, Path oagClientLib, PrintStream progress)
            throws IOException {
        this.plan = plan;
        this.work = work;
        this.oag = oag;
        this.progress = progress;
        List<Path> jackson = jacksonJars();
        // Each client compiles against what its users add: Specpoet's against the runtime library
        // (and the JSpecify annotations it brings),
        // OpenAPI Generator's against the libraries its client needs.
        List<Path> specpoet = new ArrayList<>(jackson);
        specpoet.add(codeSource(ApiInvoker.class));
        specpoet.add(codeSource(Nullable.class));
        specpoetClasspath = List.copyOf(specpoet);
        List<Path> classpath = new ArrayList<>(jackson);
        classpath.addAll(jars(oagClientLib));
        oagClasspath = List.copyOf(classpath);
    }

    SpecResult measure(BenchSpec spec) throws IOException, GenerationException {
        Path folder = work.resolve(spec.file().getFileName().toString());
        progress.printf("%s: Specpoet and Swagger Parser%n", spec.name());
        Path specpoetOut = folder.resolve("specpoet");
        List<Long> parser = new ArrayList<>();
        List<StageTimes> specpoet = new ArrayList<>();
        int warmups = plan.warmupsFor(spec);
        for (int i = 0; i < warmups + plan.runsFor(spec); i++) {
            settle();
            long floor = ParserFloor.time(spec);
            Folders.empty(specpoetOut);
            settle();
            StageTimes times = SpecpoetTimer.run(spec, specpoetOut);
            if (i >= warmups) {
                parser.add(floor);
                specpoet.add(times);
            }
        }
        SourceCount specpoetOutput = SourceCount.of(specpoetOut);
        progress.printf("%s: OpenAPI Generator%n", spec.name());
        Path oagOut = folder.resolve("openapi-generator");
        OagTimes oagTimes = timeOag(spec, oagOut);
        Path oagMain = oagOut.resolve("src/main/java");
        Optional<SourceCount> oagOutput =
                oagTimes.failure().isPresent() ? Optional.empty() : Optional.of(SourceCount.of(oagMain));
        progress.printf("%s: javac%n", spec.name());
        Javac javacTimes = javacBoth(folder, specpoetOut, specpoetOutput, oagOutput.map(output -> oagMain));
        Optional<String> remark = Stream.of(oagTimes.note(), oagTimes.failure(), javacTimes.oagFailure())
                .flatMap(Optional::stream)
                .reduce((first, second) -> first + "; " + second);
        OagFigures oagFigures = new OagFigures(
                oagTimes.times().isEmpty() ? Optional.empty() : Optional.of(Median.of(oagTimes.times())),
                oagOutput,
                javacTimes.oag(),
                remark);
        return new SpecResult(
                spec,
                Median.of(parser),
                StageTimes.median(specpoet),
                specpoetOutput,
                javacTimes.specpoet(),
                oagFigures);
    }

    /** Median javac times on both outputs; OpenAPI Generator's is missing when its code does not compile. */
    private record Javac(long specpoet, Optional<Long> oag, Optional<String> oagFailure) {}

    /**
     * Compiles both outputs in turn, so that a disturbance from outside hits both and their ratio
     * holds; large outputs get fewer runs.
     */
    private Javac javacBoth(Path folder, Path specpoetOut, SourceCount specpoetOutput, Optional<Path> oagMain)
            throws IOException {
        boolean large = specpoetOutput.lines() > RunPlan.LARGE_OUTPUT_LINES;
        int runs = large ? plan.largeJavacRuns() : plan.javacRuns();
        List<Long> specpoet = new ArrayList<>();
        List<Long> oagTimes = new ArrayList<>();
        Optional<String> oagFailure = Optional.empty();
        for (int i = 0; i < runs; i++) {
            specpoet.add(javacOnce(specpoetOut, specpoetClasspath, folder.resolve("specpoet-classes")));
            if (oagMain.isPresent() && oagFailure.isEmpty()) {
                try {
                    oagTimes.add(javacOnce(oagMain.get(), oagClasspath, folder.resolve("openapi-generator-classes")));
                } catch (IllegalStateException e) {
                    oagFailure = Optional.of(e.getMessage());
                }
            }
        }
        return new Javac(
                Median.of(specpoet),
                oagTimes.isEmpty() ? Optional.empty() : Optional.of(Median.of(oagTimes)),
                oagFailure);
    }

    /**
     * OpenAPI Generator's measured generation times, or why it failed, and a note on how it had to
     * be run.
     */
    private record OagTimes(List<Long> times, Optional<String> note, Optional<String> failure) {}

    private OagTimes timeOag(BenchSpec spec, Path out) throws IOException {
        List<Long> times = new ArrayList<>();
        Optional<String> note = Optional.empty();
        boolean validate = true;
        try {
            for (int i = 0; i < plan.oagWarmups() + plan.oagRuns(); i++) {
                Folders.empty(out);
                settle();
                long nanos;
                try {
                    nanos = oag.generate(spec, out, validate);
                } catch (IsolatedOpenApiGenerator.RejectedSpecException e) {
                    if (!validate) {
                        throw new IllegalStateException(e);
                    }
                    // Its users switch validation off for such a spec; so does the benchmark, and says so.
                    validate = false;
                    note = Optional.of(
                            "its validation rejects the spec (" + e.getMessage() + "), so it ran with validation off");
                    i--;
                    continue;
                }
                if (i >= plan.oagWarmups()) {
                    times.add(nanos);
                }
            }
        } catch (IllegalStateException e) {
            return new OagTimes(List.of(), note, Optional.of(e.getMessage()));
        }
        return new OagTimes(times, note, Optional.empty());
    }

    private long javacOnce(Path sources, List<Path> classpath, Path classes) throws IOException {
        Folders.empty(classes);
        try {
            return javac.time(sources, classpath, classes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while javac ran", e);
        }
    }

    /** Garbage from the previous run is collected now, not inside the next timed section. */
    private static void settle() {
        System.gc();
    }

    /** Jackson as this JVM loaded it: what both generated clients compile against, with their own libraries. */
    private static List<Path> jacksonJars() {
        return Stream.of(ObjectMapper.class, JsonParser.class, JsonProperty.class, JavaTimeModule.class)
                .map(BenchmarkRun::codeSource)
                .distinct()
                .toList();
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from", e);
        }
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no folder " + folder
                    + " with the libraries of OpenAPI Generator's client: run through Maven's benchmark profile");
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(path -> path.toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        }
    }
}
