package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavacTimerTest {

    @Test
    void summarisesJavacsOutputByCountAndFirstError() {
        String output = """
                /work/out/src/main/java/org/example/model/Aliases.java:85: error: <identifier> expected
                    public Aliases -(String x) {
                                  ^
                /work/out/src/main/java/org/example/model/Other.java:3: error: ';' expected
                2 errors
                """;

        assertThat(JavacTimer.summary(output))
                .isEqualTo("javac reports 2 errors, the first `Aliases.java:85: <identifier> expected`");
    }

    @Test
    void withoutAnErrorLineTheFirstLineIsTheReason() {
        assertThat(JavacTimer.summary("error: invalid flag: -x\n"))
                .isEqualTo("javac reports errors, the first `error: invalid flag: -x`");
    }
}
