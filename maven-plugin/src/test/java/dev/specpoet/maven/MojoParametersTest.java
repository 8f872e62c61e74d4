package dev.specpoet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.MethodNaming;
import dev.specpoet.api.SpecSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MojoParametersTest {
    @TempDir
    Path project;

    private final ClassLoader loader = getClass().getClassLoader();

    private MojoParameters parameters(String provider, String inputSpec, String basePackage, String naming) {
        return new MojoParameters(
                provider,
                inputSpec,
                basePackage,
                project.resolve("out").toFile(),
                naming,
                false,
                project.resolve("docs").toFile(),
                project.toFile());
    }

    @Test
    void providerNeedsNoPackage() throws Exception {
        GeneratorConfig config =
                parameters("adyen-management-v3", null, null, "x-method-name").toConfig(loader);

        assertThat(config.spec()).isEqualTo(SpecSource.provider("adyen-management-v3"));
        assertThat(config.basePackage()).isEmpty();
        assertThat(config.methodNaming()).isEqualTo(MethodNaming.X_METHOD_NAME);
        assertThat(config.outputDirectory()).isEqualTo(project.resolve("out"));
    }

    @Test
    void anSseSentinelIsSetOnlyWhenThePomGivesOne() throws Exception {
        GeneratorConfig config =
                parameters("adyen-management-v3", null, null, null).toConfig(loader);

        assertThat(MojoParameters.withSseSentinel(config, null).sseSentinel()).isEmpty();
        assertThat(MojoParameters.withSseSentinel(config, "[DONE]").sseSentinel())
                .contains("[DONE]");
        assertThatThrownBy(() -> MojoParameters.withSseSentinel(config, "two\nlines"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Specpoet: <sseSentinel> An SSE sentinel must be one line");
    }

    @Test
    void jacksonIsTwoOrThreeAndAnythingElseIsNamedInTheError() throws Exception {
        assertThat(MojoParameters.jackson(null)).isEqualTo(JacksonEdition.JACKSON_2);
        assertThat(MojoParameters.jackson("2")).isEqualTo(JacksonEdition.JACKSON_2);
        assertThat(MojoParameters.jackson(" 3 ")).isEqualTo(JacksonEdition.JACKSON_3);
        assertThatThrownBy(() -> MojoParameters.jackson("3.1"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Specpoet: <jackson> Unknown Jackson version '3.1':"
                        + " use 2 (com.fasterxml.jackson, the default) or 3 (tools.jackson)");
    }

    @Test
    void relativeInputSpecResolvesAgainstTheProjectFolder() throws Exception {
        Path spec = Files.createDirectories(project.resolve("src/main/openapi")).resolve("api.yaml");
        Files.writeString(spec, "openapi: 3.0.3\n");

        GeneratorConfig config = parameters(null, "src/main/openapi/api.yaml", "com.example.api", null)
                .toConfig(loader);

        assertThat(config.spec()).isEqualTo(SpecSource.file(spec));
        assertThat(config.basePackage()).contains("com.example.api");
        assertThat(config.methodNaming()).isEqualTo(MethodNaming.OPERATION_ID);
    }

    @Test
    void inputSpecFallsBackToAClasspathResource() throws Exception {
        GeneratorConfig config = parameters(null, "/dev/specpoet/specs/cartovista-cloud.json", "com.example", null)
                .toConfig(loader);

        assertThat(config.spec())
                .isInstanceOfSatisfying(
                        SpecSource.Classpath.class,
                        classpath ->
                                assertThat(classpath.resource()).isEqualTo("dev/specpoet/specs/cartovista-cloud.json"));
    }

    @Test
    void missingSpecNamesWhereItLooked() {
        assertThatThrownBy(() ->
                        parameters(null, "nowhere.yaml", "com.example", null).toConfig(loader))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("nowhere.yaml")
                .hasMessageContaining(project.resolve("nowhere.yaml").toString());
    }

    @Test
    void exactlyOneSourceIsRequired() {
        assertThatThrownBy(() -> parameters(null, null, "com.example", null).toConfig(loader))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> parameters("adyen-management-v1", "api.yaml", "com.example", null)
                        .toConfig(loader))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("exactly one");
    }

    @Test
    void inputSpecNeedsAPackageAndBadValuesAreReported() {
        assertThatThrownBy(() -> parameters(null, "api.yaml", null, null).toConfig(loader))
                .hasMessageContaining("<basePackage>");
        assertThatThrownBy(() -> parameters("cartovista-cloud", null, "not a package", null)
                        .toConfig(loader))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("not a package");
        assertThatThrownBy(() ->
                        parameters("cartovista-cloud", null, null, "camel").toConfig(loader))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("operation-id or x-method-name");
    }

    @Test
    void outputDirectoryIsKeptAsGiven() throws Exception {
        File out = project.resolve("target/generated-sources/specpoet").toFile();
        GeneratorConfig config = new MojoParameters(
                        "cartovista-cloud", null, null, out, null, false, null, project.toFile())
                .toConfig(loader);
        assertThat(config.outputDirectory()).isEqualTo(out.toPath());
    }

    @Test
    void docsGoToTheirOwnFolderOnlyWhenEnabled() throws Exception {
        File out = project.resolve("target/generated-sources/specpoet").toFile();
        File docs = project.resolve("target/generated-docs/specpoet").toFile();

        GeneratorConfig enabled = new MojoParameters(
                        "cartovista-cloud", null, null, out, null, true, docs, project.toFile())
                .toConfig(loader);
        GeneratorConfig disabled = new MojoParameters(
                        "cartovista-cloud", null, null, out, null, false, docs, project.toFile())
                .toConfig(loader);

        assertThat(enabled.docsDirectory()).contains(docs.toPath());
        assertThat(disabled.docsDirectory()).isEmpty();
        assertThatThrownBy(() -> new MojoParameters(
                                "cartovista-cloud", null, null, out, null, true, null, project.toFile())
                        .toConfig(loader))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<docsOutputDirectory>");
    }

    @Test
    void inputSpecMayBeAUrl() throws Exception {
        GeneratorConfig config = parameters(null, "https://example.com/specs/api.yaml", "com.example", null)
                .toConfig(loader);

        assertThat(config.spec()).isEqualTo(SpecSource.url(java.net.URI.create("https://example.com/specs/api.yaml")));
        assertThatThrownBy(() -> parameters(null, "https://exa mple.com/x", "com.example", null)
                        .toConfig(loader))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("not a valid URL");
    }
}
