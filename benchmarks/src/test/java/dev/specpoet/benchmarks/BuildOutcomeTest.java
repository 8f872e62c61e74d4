package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BuildOutcomeTest {

    @Test
    void readsTheTimeSpecpoetsGoalLogsWhenNothingChanged() {
        BuildOutcome noOp = new BuildOutcome(3_000_000_000L, 0, """
                [INFO] --- specpoet:0.1.0-SNAPSHOT:generate (default) @ specpoet-consumer ---
                [INFO] Specpoet: /corpus/adyen/ManagementService-v3.json -> /w/target/generated-sources/specpoet is up to date (425 files, 12 ms)
                [INFO] Nothing to compile - all classes are up to date.
                """);
        BuildOutcome generated = new BuildOutcome(
                7_000_000_000L, 0, "[INFO] Specpoet: spec.json -> out (425 written, 0 unchanged, 0 deleted, 640 ms)\n");

        assertThat(noOp.upToDateMillis()).isEqualTo(OptionalLong.of(12));
        assertThat(generated.upToDateMillis()).isEmpty();
        assertThat(noOp.failure()).isEmpty();
    }

    @Test
    void aCompileErrorIsNamedByItsFileAndMessage() {
        BuildOutcome failed = new BuildOutcome(30_000_000_000L, 1, """
                [INFO] Compiling 574 source files with javac [debug release 17] to target/classes
                [ERROR] COMPILATION ERROR :
                [ERROR] /w/target/generated-sources/openapi/src/main/java/org/openapitools/client/model/ReposGetContent200Response.java:[181,23] <identifier> expected
                [ERROR] /w/target/generated-sources/openapi/src/main/java/org/openapitools/client/model/Other.java:[9,1] class expected
                [INFO] BUILD FAILURE
                """);

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.failure())
                .contains("fails to compile: ReposGetContent200Response.java:[181,23] <identifier> expected");
    }

    @Test
    void anyOtherFailureQuotesTheFirstErrorLine() {
        BuildOutcome failed = new BuildOutcome(1_000_000_000L, 1, """
                [ERROR] Plugin dev.specpoet:specpoet-maven-plugin:0.1.0-SNAPSHOT or one of its dependencies could not be resolved
                [ERROR] -> [Help 1]
                """);

        assertThat(failed.failure())
                .isEqualTo(Optional.of(
                        "build fails (exit code 1): Plugin dev.specpoet:specpoet-maven-plugin:0.1.0-SNAPSHOT"
                                + " or one of its dependencies could not be resolved"));
        assertThat(new BuildOutcome(1, 137, "").failure()).contains("build fails (exit code 137)");
    }
}
