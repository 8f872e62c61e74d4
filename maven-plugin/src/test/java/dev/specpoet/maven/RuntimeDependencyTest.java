package dev.specpoet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.RuntimeMode;
import dev.specpoet.maven.RuntimeDependency.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeDependencyTest {
    private static final Found JACKSON =
            new Found("com.fasterxml.jackson.core", "jackson-databind", "2.22.1", "compile");
    private final RuntimeDependency jackson2 = new RuntimeDependency(JacksonEdition.JACKSON_2, "1.4.0");

    @Test
    void theLibraryAtThePluginsVersionIsWhatALibraryClientNeeds() {
        assertThat(jackson2.problem(
                        RuntimeMode.LIBRARY,
                        List.of(JACKSON, new Found("dev.specpoet", "specpoet-runtime", "1.4.0", "compile"))))
                .isEmpty();
        assertThat(jackson2.problem(
                        RuntimeMode.LIBRARY,
                        List.of(new Found("dev.specpoet", "specpoet-runtime", "1.4.0", "provided"))))
                .isEmpty();
    }

    @Test
    void aMissingLibraryIsNamedWithTheExactDependencyToAdd() {
        assertThat(jackson2.problem(RuntimeMode.LIBRARY, List.of(JACKSON)))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("does not depend on it")
                        .contains("<groupId>dev.specpoet</groupId>")
                        .contains("<artifactId>specpoet-runtime</artifactId>")
                        .contains("<version>1.4.0</version>")
                        .contains("<runtime>embedded</runtime>"));
    }

    @Test
    void anotherVersionOrAScopeTheCompilerDoesNotSeeIsRefused() {
        assertThat(jackson2.problem(
                        RuntimeMode.LIBRARY,
                        List.of(new Found("dev.specpoet", "specpoet-runtime", "1.3.2", "compile"))))
                .hasValueSatisfying(message ->
                        assertThat(message).contains("depends on 1.3.2").contains("<version>1.4.0</version>"));
        assertThat(jackson2.problem(
                        RuntimeMode.LIBRARY, List.of(new Found("dev.specpoet", "specpoet-runtime", "1.4.0", "test"))))
                .hasValueSatisfying(message -> assertThat(message).contains("scope test"));
    }

    @Test
    void aJackson3ClientNeedsTheJackson3EditionNotTheOther() {
        RuntimeDependency jackson3 = new RuntimeDependency(JacksonEdition.JACKSON_3, "1.4.0");
        assertThat(jackson3.problem(
                        RuntimeMode.LIBRARY,
                        List.of(new Found("dev.specpoet", "specpoet-runtime", "1.4.0", "compile"))))
                .hasValueSatisfying(
                        message -> assertThat(message).contains("<artifactId>specpoet-runtime-jackson3</artifactId>"));
    }

    @Test
    void anEmbeddedRuntimeNeedsNoRuntimeDependencyButJSpecifyForItsAnnotations() {
        Found jspecify = new Found("org.jspecify", "jspecify", "1.0.0", "compile");
        assertThat(jackson2.problem(RuntimeMode.EMBEDDED, List.of(JACKSON, jspecify)))
                .isEmpty();
        assertThat(jackson2.problem(RuntimeMode.EMBEDDED, List.of(JACKSON)))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("<groupId>org.jspecify</groupId>")
                        .contains("<artifactId>jspecify</artifactId>")
                        .contains("<nullableAnnotations>false</nullableAnnotations>"));
        RuntimeDependency withoutAnnotations = new RuntimeDependency(JacksonEdition.JACKSON_2, false, "1.4.0");
        assertThat(withoutAnnotations.problem(RuntimeMode.EMBEDDED, List.of(JACKSON)))
                .isEmpty();
    }
}
