package dev.specpoet.benchmarks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one plugin's consumer module measured on one spec: medians of its builds and the size of
 * its generated main code.
 *
 * @param spec the spec's name
 * @param tool the plugin
 * @param cleanNanos median wall time of {@code clean compile}; the time to failure when it fails
 * @param noOpNanos median wall time of the {@code compile} right after; empty when the clean build failed
 * @param goalNoOpMillis median of the time Specpoet's goal logs for itself on those no-op builds;
 *     empty for OpenAPI Generator, whose plugin logs no time
 * @param failure why the clean build failed, if it did
 * @param sources the generated {@code .java} files and their lines
 */
record ConsumerFigures(
        String spec,
        ConsumerTool tool,
        long cleanNanos,
        OptionalLong noOpNanos,
        OptionalLong goalNoOpMillis,
        Optional<String> failure,
        SourceCount sources) {

    ConsumerFigures {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(noOpNanos, "noOpNanos");
        Objects.requireNonNull(goalNoOpMillis, "goalNoOpMillis");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(sources, "sources");
    }

    /**
     * The medians of a series of runs. A clean build that failed makes the figures a failure (the
     * first one's reason), its time the median time to failure, and no no-op figure.
     *
     * @throws IllegalArgumentException when there are no clean builds
     */
    static ConsumerFigures of(
            String spec, ConsumerTool tool, List<BuildOutcome> clean, List<BuildOutcome> noOp, SourceCount sources) {
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("no clean builds of " + tool.displayName() + " on " + spec);
        }
        long cleanNanos = Median.of(clean.stream().map(BuildOutcome::nanos).toList());
        Optional<String> failure = clean.stream()
                .map(BuildOutcome::failure)
                .flatMap(Optional::stream)
                .findFirst();
        if (failure.isPresent() || noOp.isEmpty()) {
            return new ConsumerFigures(
                    spec, tool, cleanNanos, OptionalLong.empty(), OptionalLong.empty(), failure, sources);
        }
        Optional<String> noOpFailure = noOp.stream()
                .map(BuildOutcome::failure)
                .flatMap(Optional::stream)
                .findFirst();
        if (noOpFailure.isPresent()) {
            return new ConsumerFigures(
                    spec,
                    tool,
                    cleanNanos,
                    OptionalLong.empty(),
                    OptionalLong.empty(),
                    noOpFailure.map(reason -> "no-op compile: " + reason),
                    sources);
        }
        long noOpNanos = Median.of(noOp.stream().map(BuildOutcome::nanos).toList());
        List<Long> goalMillis = noOp.stream()
                .map(BuildOutcome::upToDateMillis)
                .filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong)
                .toList();
        return new ConsumerFigures(
                spec,
                tool,
                cleanNanos,
                OptionalLong.of(noOpNanos),
                goalMillis.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Median.of(goalMillis)),
                Optional.empty(),
                sources);
    }

    boolean failed() {
        return failure.isPresent();
    }
}
