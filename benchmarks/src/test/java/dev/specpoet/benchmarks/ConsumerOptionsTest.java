package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumerOptionsTest {
    private static final List<String> REQUIRED = List.of(
            "--shared", "/s",
            "--work", "/w",
            "--results", "/r.md",
            "--reactor", "/clone",
            "--repository", "/clone/benchmarks/target/consumer-repository",
            "--repository-tail", "/home/u/.m2/repository");

    @Test
    void readsEveryOptionAndAnEmptySpecListMeansAll() {
        ConsumerOptions options = parse("--specs=", "");

        assertThat(options.corpus()).isEqualTo(Path.of("/s/corpus"));
        assertThat(options.reactor()).isEqualTo(Path.of("/clone"));
        assertThat(options.repositoryTail()).isEqualTo(Path.of("/home/u/.m2/repository"));
        assertThat(options.specs()).isEmpty();
        assertThat(options.quick()).isFalse();
        assertThat(options.runs()).isEqualTo(3);
    }

    @Test
    void specsAreCommaSeparatedNamesAndQuickBuildsOnce() {
        ConsumerOptions options = parse("--specs=Adyen ManagementService-v3, GitHub 2020-07-30", "--quick");

        assertThat(options.specs()).containsExactly("Adyen ManagementService-v3", "GitHub 2020-07-30");
        assertThat(options.runs()).isEqualTo(1);
    }

    @Test
    void namesTheProblem() {
        assertThatThrownBy(() -> ConsumerOptions.parse("--fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option '--fast'");
        assertThatThrownBy(() -> ConsumerOptions.parse("--reactor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--reactor needs a value");
        assertThatThrownBy(() -> ConsumerOptions.parse("--shared", "/s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing option --reactor");
    }

    @Test
    void aFolderNameForEachSpec() {
        assertThat(ConsumerBenchmarkMain.slug("Adyen ManagementService-v3")).isEqualTo("adyen-managementservice-v3");
        assertThat(ConsumerBenchmarkMain.slug("GitHub 2020-07-30")).isEqualTo("github-2020-07-30");
    }

    private static ConsumerOptions parse(String... extra) {
        List<String> args = new ArrayList<>(REQUIRED);
        args.addAll(List.of(extra));
        return ConsumerOptions.parse(args.toArray(String[]::new));
    }
}
