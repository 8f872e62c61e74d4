package dev.specpoet.maven;

import dev.specpoet.Specpoet;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.changelog.ApiChangelog;
import dev.specpoet.changelog.JsonChangelog;
import dev.specpoet.changelog.MarkdownChangelog;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Prints the changelog of the generated API between an older spec (or the last run of {@code
 * generate}) and the current one, without generating anything, and fails the build on a breaking
 * change that is not accepted. For API providers, before they publish a spec:
 * {@code mvn specpoet:diff -Dspecpoet.oldSpec=api-v1.yaml}.
 */
@Mojo(name = "diff", threadSafe = true)
public final class DiffMojo extends AbstractMojo {
    /** Naming needs a package; the changelog shows simple names only, so any will do. */
    private static final String ANY_PACKAGE = "specpoet.diff";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The new spec, as a bundled provider id; see {@code generate}. */
    @Parameter(property = "specpoet.provider")
    private String provider;

    /** The new spec: a file (relative to the project), a classpath resource or a URL; see {@code generate}. */
    @Parameter(property = "specpoet.inputSpec")
    private String inputSpec;

    /**
     * The old spec, read like {@code inputSpec}. When not set, the new spec is compared with the last
     * run of {@code generate} into {@code outputDirectory}, as recorded in its state folder.
     */
    @Parameter(property = "specpoet.oldSpec")
    private String oldSpec;

    /** The output folder of the {@code generate} run to compare with when {@code oldSpec} is not set. */
    @Parameter(
            property = "specpoet.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/specpoet",
            required = true)
    private File outputDirectory;

    /** {@code operation-id} (default) or {@code x-method-name}, as for {@code generate}. */
    @Parameter(property = "specpoet.methodNaming", defaultValue = "operation-id")
    private String methodNaming;

    /** Breaking changes that do not fail the goal; the same forms as for {@code generate}. */
    @Parameter(property = "specpoet.acceptedBreakingChanges")
    private List<String> acceptedBreakingChanges;

    /** Whether a breaking change that is not accepted fails the build; the changelog is printed either way. */
    @Parameter(property = "specpoet.failOnBreakingChange", defaultValue = "true")
    private boolean failOnBreakingChange;

    /** Where the changelog is also written, as {@code api-changes.md} and {@code api-changes.json}. */
    @Parameter(property = "specpoet.diffOutputDirectory", defaultValue = "${project.build.directory}/specpoet-diff")
    private File diffOutputDirectory;

    /** The state folder {@code generate} keeps its runs in. */
    @Parameter(defaultValue = "${project.build.directory}/specpoet-state", readonly = true, required = true)
    private File stateDirectory;

    /** Skips the comparison; nothing is read or printed. */
    @Parameter(property = "specpoet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Specpoet: diff skipped");
            return;
        }
        ClassLoader loader = getClass().getClassLoader();
        GeneratorConfig config = parameters(provider, inputSpec).toConfig(loader).toBuilder()
                .stateDirectory(stateDirectory.toPath())
                .acceptedBreakingChanges(acceptedBreakingChanges == null ? List.of() : acceptedBreakingChanges)
                .build();
        ApiChangelog changelog;
        try {
            changelog = oldSpec == null || oldSpec.isBlank()
                    ? Specpoet.diffWithLastRun(config, new LogListener(getLog()))
                    : Specpoet.diff(
                            parameters(null, oldSpec).toConfig(loader).spec(), config, new LogListener(getLog()));
        } catch (GenerationException e) {
            String message = e.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
            if (e.isInternal()) {
                throw new MojoExecutionException(
                        "Specpoet diff failed on " + config.spec().displayName() + ":\n" + message, e);
            }
            throw new MojoFailureException(
                    "Specpoet diff cannot compare " + config.spec().displayName() + ":\n" + message);
        }
        String markdown = MarkdownChangelog.render(changelog);
        markdown.lines().forEach(getLog()::info);
        try {
            Files.createDirectories(diffOutputDirectory.toPath());
            Files.writeString(diffOutputDirectory.toPath().resolve("api-changes.md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(
                    diffOutputDirectory.toPath().resolve("api-changes.json"),
                    JsonChangelog.render(changelog),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Specpoet: cannot write the changelog to <diffOutputDirectory> " + diffOutputDirectory, e);
        }
        getLog().info("Specpoet: " + changelog.summary() + "; written to " + diffOutputDirectory);
        if (failOnBreakingChange && !changelog.unacceptedBreaking().isEmpty()) {
            throw new MojoFailureException(
                    "Specpoet: " + changelog.unacceptedBreaking().size()
                            + " breaking changes of the generated API are not accepted (see the changelog above,"
                            + " and <acceptedBreakingChanges>)");
        }
    }

    private MojoParameters parameters(String provider, String spec) {
        boolean named = basePackageNeeded(provider);
        return new MojoParameters(
                provider,
                spec,
                named ? ANY_PACKAGE : null,
                outputDirectory,
                methodNaming,
                false,
                null,
                project.getBasedir());
    }

    /** A file spec needs a package to map; a provider brings its own. */
    private static boolean basePackageNeeded(String provider) {
        return provider == null || provider.isBlank();
    }
}
