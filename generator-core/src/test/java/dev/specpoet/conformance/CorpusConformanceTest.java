package dev.specpoet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generates and compiles every spec of the shared corpus and round-trips its examples: no generator
 * failure anywhere (a client that does not compile, or an example that keeps to its schema and
 * does not come back), and every spec that users of Adyen, the big public APIs and the seed
 * providers feed us passes, every example of theirs included.
 *
 * <p>The corpus lives beside the clone, never in it; the {@code specpoet.shared} property (or the
 * {@code SPECPOET_SHARED} variable) names its folder. Without it the test is skipped, and says so.
 */
class CorpusConformanceTest {
    private static final List<String> MUST_PASS = List.of("adyen/", "big/", "seedproviders/");

    @Test
    void corpusGeneratesCompilesAndRoundTripsItsExamples() throws Exception {
        Path corpus = corpus();
        List<SpecResult> results =
                new ConformanceRunner(Runtime.getRuntime().availableProcessors()).run(List.of(corpus), result -> {});
        TsvReport.write(Path.of("target", "conformance.tsv"), results);
        TsvReport.writeFailures(Path.of("target", "conformance-examples.tsv"), results);
        ConformanceSummary summary = ConformanceSummary.of(results);
        System.err.println("corpus conformance: " + summary);
        results.stream()
                .filter(r -> r.outcome() == Outcome.INVALID)
                .forEach(r -> System.err.println(
                        "INVALID " + r.file() + ": " + r.reason().orElseThrow()));

        assertThat(results)
                .as("generator failures (see target/conformance.tsv and target/conformance-examples.tsv)")
                .filteredOn(r -> r.outcome() == Outcome.FAIL)
                .extracting(r -> r.file() + ": " + r.reason().orElseThrow())
                .isEmpty();
        assertThat(results)
                .as("specs that must pass")
                .filteredOn(r -> MUST_PASS.stream().anyMatch(r.file()::startsWith))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome()).as(r.file()).isEqualTo(Outcome.PASS));
        assertThat(results)
                .as("every INVALID file has its located reason")
                .filteredOn(r -> r.outcome() == Outcome.INVALID)
                .allSatisfy(r -> assertThat(r.reason()).isPresent());
        assertThat(summary.examples().checked())
                .as("examples checked: the round trips ran")
                .isGreaterThan(1000);
    }

    private static Path corpus() {
        return SharedCorpus.require("CorpusConformanceTest");
    }
}
