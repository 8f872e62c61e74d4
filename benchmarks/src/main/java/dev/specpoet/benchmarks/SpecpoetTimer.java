package dev.specpoet.benchmarks;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Times one Specpoet run through its public API, stage by stage as its listener reports them. */
final class SpecpoetTimer {
    private SpecpoetTimer() {}

    /**
     * Generates {@code spec}'s client, without docs (OpenAPI Generator's are off too), into {@code
     * out}, which the caller has emptied: the write stage skips unchanged files, and a benchmark
     * that wrote nothing would flatter it.
     */
    static StageTimes run(BenchSpec spec, Path out) throws GenerationException {
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(spec.file()), out)
                .basePackage(spec.basePackage())
                .build();
        Map<String, Long> stages = new HashMap<>();
        GenerationListener listener = new GenerationListener() {
            @Override
            public void stageFinished(String stage, long nanos) {
                stages.merge(stage, nanos, Long::sum);
            }
        };
        long start = System.nanoTime();
        Specpoet.generate(config, listener);
        long total = System.nanoTime() - start;
        return new StageTimes(
                stages.getOrDefault("load", 0L) + stages.getOrDefault("parse", 0L),
                // The bind stage decides the Java shape of operations before emit; it counts with naming.
                stages.getOrDefault("model", 0L) + stages.getOrDefault("naming", 0L) + stages.getOrDefault("bind", 0L),
                stages.getOrDefault("emit", 0L),
                stages.getOrDefault("write", 0L),
                total);
    }

    /**
     * Times runs that find nothing changed: a first run records its fingerprint in {@code state},
     * and the median of the {@code runs} after it, each of which should return early, is returned.
     *
     * @throws IllegalStateException when a run after the first regenerates after all
     */
    static long noOpRebuild(BenchSpec spec, Path out, Path state, int runs) throws GenerationException {
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(spec.file()), out)
                .basePackage(spec.basePackage())
                .stateDirectory(state)
                .build();
        Specpoet.generate(config);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            boolean upToDate = Specpoet.generate(config).upToDate();
            times.add(System.nanoTime() - start);
            if (!upToDate) {
                throw new IllegalStateException(
                        "a second run on " + spec.name() + " regenerated: there is no no-op rebuild to time");
            }
        }
        return Median.of(times);
    }
}
