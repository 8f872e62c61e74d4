package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {
    private static final String[] REQUIRED = {
        "--shared", "/s",
        "--work", "/w",
        "--openapi-generator-jar", "/oag.jar",
        "--openapi-generator-client-lib", "/lib",
        "--results", "/r.md"
    };

    @Test
    void readsEveryOptionAndIgnoresBlankArguments() {
        String[] args = new String[REQUIRED.length + 1];
        System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
        args[REQUIRED.length] = "";

        BenchmarkOptions options = BenchmarkOptions.parse(args);

        assertThat(options.corpus()).isEqualTo(Path.of("/s/corpus"));
        assertThat(options.oagJar()).isEqualTo(Path.of("/oag.jar"));
        assertThat(options.plan()).isEqualTo(RunPlan.standard());
    }

    @Test
    void quickRunsEverythingOnce() {
        String[] args = new String[REQUIRED.length + 1];
        System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
        args[REQUIRED.length] = "--quick";

        assertThat(BenchmarkOptions.parse(args).plan()).isEqualTo(RunPlan.quick());
    }

    @Test
    void namesTheProblem() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option '--fast'");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--shared"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--shared needs a value");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--shared", "/s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("missing option --");
    }
}
