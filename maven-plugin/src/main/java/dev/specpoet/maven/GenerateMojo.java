package dev.specpoet.maven;

import dev.specpoet.Specpoet;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GenerationResult;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.PaginationRule;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates a Java client from an OpenAPI or Swagger spec and adds it to the compile sources.
 *
 * <p>Give either {@code provider} (a spec bundled with Specpoet) or {@code inputSpec} (a file,
 * relative to the project, a resource on the plugin's classpath, or a URL). When nothing that
 * shapes the output changed since the last run, the goal touches no file.
 */
@Mojo(
        name = "generate",
        defaultPhase = LifecyclePhase.GENERATE_SOURCES,
        threadSafe = true,
        // The runtime check needs the dependencies' coordinates only: collected, not downloaded.
        requiresDependencyCollection = ResolutionScope.COMPILE)
public final class GenerateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** A bundled provider id, such as {@code adyen-management-v3}; see {@code java -jar specpoet-cli.jar providers}. */
    @Parameter(property = "specpoet.provider")
    private String provider;

    /**
     * The spec: a file (relative paths resolve against the project folder), a classpath resource
     * (from a dependency of the plugin), or a {@code file:}, {@code http:} or {@code https:} URL.
     */
    @Parameter(property = "specpoet.inputSpec")
    private String inputSpec;

    /** The package of the generated client; defaults to the provider's package when {@code provider} is set. */
    @Parameter(property = "specpoet.basePackage")
    private String basePackage;

    /** Where the Java sources are written; added to the compile source roots. */
    @Parameter(
            property = "specpoet.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/specpoet",
            required = true)
    private File outputDirectory;

    /** {@code operation-id} (default) or {@code x-method-name}. */
    @Parameter(property = "specpoet.methodNaming", defaultValue = "operation-id")
    private String methodNaming;

    /** Whether to write Markdown documentation of the client: a README, one page per API class and per model. */
    @Parameter(property = "specpoet.generateDocs", defaultValue = "true")
    private boolean generateDocs;

    /** Where the Markdown documentation goes when {@code generateDocs} is on; kept apart from the sources. */
    @Parameter(
            property = "specpoet.docsOutputDirectory",
            defaultValue = "${project.build.directory}/generated-docs/specpoet")
    private File docsOutputDirectory;

    /**
     * Where the fingerprint of the last run is kept; when nothing that shapes the output changed,
     * the goal leaves every generated file untouched. Each regeneration also writes the changelog
     * of the generated API here ({@code *.api-changes.md} and {@code .json}).
     */
    @Parameter(defaultValue = "${project.build.directory}/specpoet-state", readonly = true, required = true)
    private File stateDirectory;

    /**
     * Fails the build when the spec changed the generated API in a way that breaks callers
     * (removed operations or properties, retyped or newly required ones, removed enum values),
     * compared with the last generation. The previous output stays in place. Changes are reported
     * either way.
     */
    @Parameter(property = "specpoet.failOnBreakingChange", defaultValue = "false")
    private boolean failOnBreakingChange;

    /**
     * Breaking changes that do not fail the build with {@code failOnBreakingChange}, once a team has
     * acknowledged them: a method ({@code ApiKeysApi.listApiKeys}), a whole API class or model
     * ({@code ApiKeyResponse}) or a property ({@code ApiKeyResponse.roles}); {@code *} matches any
     * run of characters ({@code ApiKeysApi.*}). The changelog marks them as accepted. On the
     * command line: {@code -Dspecpoet.acceptedBreakingChanges=ApiKeysApi.listApiKeys,ApiKeyResponse}.
     */
    @Parameter(property = "specpoet.acceptedBreakingChanges")
    private List<String> acceptedBreakingChanges;

    /**
     * Where {@code http:} and {@code https:} specs are cached with their {@code ETag}; an unchanged
     * spec then costs a conditional request, and offline builds ({@code mvn -o}) read the cache. A
     * failed download falls back to the cached copy with a warning.
     */
    @Parameter(
            property = "specpoet.remoteSpecCache",
            defaultValue = "${settings.localRepository}/.cache/specpoet/remote-specs")
    private File remoteSpecCache;

    /**
     * The data of the server-sent event that ends a stream, such as {@code [DONE]}, for streamed
     * operations whose spec names none with {@code x-speakeasy-sse-sentinel}; unset, such streams end
     * when the server closes them.
     */
    @Parameter(property = "specpoet.sseSentinel")
    private String sseSentinel;

    /**
     * How operations page, where the spec's own extensions ({@code x-speakeasy-pagination}, {@code
     * x-fern-pagination}, {@code x-pagination}, {@code x-ms-pageable}) say nothing: {@code <rule>}
     * elements with {@code <operations>} (an operationId, or a pattern such as {@code list*}),
     * {@code <style>} ({@code cursor}, {@code page-number}, {@code offset}, {@code next-link},
     * {@code link-header}, or {@code none} to turn paging off), {@code <parameter>}, {@code
     * <sizeParameter>} and the JSON pointers {@code <items>}, {@code <nextCursor>}, {@code
     * <lastItemCursor>}, {@code <hasMore>}, {@code <nextLink>}, {@code <total>}. Set in the POM.
     */
    @Parameter(property = "specpoet.pagination")
    private List<PaginationRuleParameter> pagination;

    /**
     * Whether common paging shapes are detected in operations no extension or rule describes:
     * Stripe's cursor, Adyen's page number with {@code _links.next}, offset and limit, a {@code
     * Link} header. Each detection is logged.
     */
    @Parameter(property = "specpoet.detectPagination", defaultValue = "true")
    private boolean detectPagination;

    /**
     * The Jackson the generated client binds with: {@code 2} ({@code com.fasterxml.jackson}) or
     * {@code 3} ({@code tools.jackson}, as Spring Boot 4 uses). The project then depends on that
     * Jackson's {@code jackson-databind}.
     */
    @Parameter(property = "specpoet.jackson", defaultValue = "2")
    private String jackson;

    /**
     * Where the generated client's runtime comes from: {@code library} (default) calls the {@code
     * dev.specpoet:specpoet-runtime} library (or {@code specpoet-runtime-jackson3}), which the project
     * must depend on at this plugin's version, and which all its clients share; {@code embedded}
     * copies the runtime into the client's {@code internal} package instead, for builds that
     * cannot add a dependency.
     */
    @Parameter(property = "specpoet.runtime", defaultValue = "library")
    private String runtime;

    /**
     * Whether what may be null in the generated code (optional properties and parameters, JSON
     * results) is marked with JSpecify's {@code @Nullable}, for IDEs, null checkers and Kotlin. The
     * runtime library brings {@code org.jspecify:jspecify}; with {@code runtime=embedded} the project
     * adds it. Off, the generated code does not reference JSpecify.
     */
    @Parameter(property = "specpoet.nullableAnnotations", defaultValue = "true")
    private boolean nullableAnnotations;

    /** Skips generation; the output folder is still added to the sources when it exists. */
    @Parameter(property = "specpoet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Specpoet: skipped");
            addSourceRoot();
            return;
        }
        GeneratorConfig config = MojoParameters.withSseSentinel(
                new MojoParameters(
                                provider,
                                inputSpec,
                                basePackage,
                                outputDirectory,
                                methodNaming,
                                generateDocs,
                                docsOutputDirectory,
                                project.getBasedir())
                        .toConfig(getClass().getClassLoader()).toBuilder()
                                .stateDirectory(stateDirectory.toPath())
                                .failOnBreakingChange(failOnBreakingChange)
                                .acceptedBreakingChanges(
                                        acceptedBreakingChanges == null ? List.of() : acceptedBreakingChanges)
                                .remoteSpecCache(remoteSpecCache.toPath())
                                .offline(session.isOffline())
                                .paginationRules(paginationRules())
                                .detectPagination(detectPagination)
                                .jackson(MojoParameters.jackson(jackson))
                                .runtime(MojoParameters.runtime(runtime))
                                .nullableAnnotations(nullableAnnotations)
                                .build(),
                sseSentinel);
        checkRuntimeDependency(config);
        try {
            long start = System.nanoTime();
            GenerationResult result = Specpoet.generate(config, new LogListener(getLog()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (result.upToDate()) {
                getLog().info(String.format(
                        "Specpoet: %s -> %s is up to date (%d files, %d ms)",
                        config.spec().displayName(),
                        outputDirectory,
                        result.unchanged().size(),
                        millis));
            } else {
                getLog().info(String.format(
                        "Specpoet: %s -> %s (%d written, %d unchanged, %d deleted, %d ms)",
                        config.spec().displayName(),
                        outputDirectory,
                        result.written().size(),
                        result.unchanged().size(),
                        result.deleted().size(),
                        millis));
            }
        } catch (GenerationException e) {
            String message = e.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
            if (e.isInternal()) {
                throw new MojoExecutionException(
                        "Specpoet failed on " + config.spec().displayName() + ":\n" + message, e);
            }
            if (e.errors().stream().allMatch(d -> d.code().equals("BREAKING_CHANGE"))) {
                throw new MojoFailureException("Specpoet: " + config.spec().displayName()
                        + " changes the generated API in ways that break callers (<failOnBreakingChange>; accept"
                        + " them with <acceptedBreakingChanges>):\n" + message);
            }
            throw new MojoFailureException("Invalid spec " + config.spec().displayName() + ":\n" + message);
        }
        addSourceRoot();
    }

    private void checkRuntimeDependency(GeneratorConfig config) throws MojoExecutionException {
        List<RuntimeDependency.Found> dependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            dependencies.add(new RuntimeDependency.Found(
                    artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(), artifact.getScope()));
        }
        Optional<String> problem = new RuntimeDependency(
                        config.jackson(), config.nullableAnnotations(), plugin.getVersion())
                .problem(config.runtime(), dependencies);
        if (problem.isPresent()) {
            throw new MojoExecutionException("Specpoet: " + problem.get());
        }
    }

    private List<PaginationRule> paginationRules() throws MojoExecutionException {
        List<PaginationRule> rules = new ArrayList<>();
        for (PaginationRuleParameter rule : pagination == null ? List.<PaginationRuleParameter>of() : pagination) {
            try {
                rules.add(rule.toRule());
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("<pagination>: " + e.getMessage(), e);
            }
        }
        return rules;
    }

    private void addSourceRoot() {
        if (outputDirectory.isDirectory()) {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }
}
