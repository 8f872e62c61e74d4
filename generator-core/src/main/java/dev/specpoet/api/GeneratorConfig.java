package dev.specpoet.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything one generation run needs: the spec, where to write, and the few choices that shape the
 * generated code. Immutable; build with {@link #builder(SpecSource, Path)}.
 *
 * @param spec the spec to generate from
 * @param outputDirectory the folder the Java sources go to; nothing is written outside it
 * @param basePackage the package of the generated client; when empty, a bundled provider's default
 * @param methodNaming where method names come from
 * @param docsDirectory where Markdown documentation goes; empty means no documentation
 * @param stateDirectory where the fingerprint of the last run is kept; empty means always generate
 * @param allowRefsOutsideSpecFolder whether external {@code $ref}s may leave the spec's folder
 * @param failOnBreakingChange whether a change of the generated API that breaks callers, compared
 *     with the last run recorded in the state folder, fails the run before anything is written
 * @param remoteSpecCache where {@code http:} and {@code https:} specs are cached; empty means they
 *     are downloaded on every run and never kept
 * @param offline whether remote specs come from the cache only, without touching the network
 * @param acceptedBreakingChanges breaking changes that do not fail a run with {@code
 *     failOnBreakingChange}, by what they are about: a method ({@code ApiKeysApi.listApiKeys}), an
 *     API class or model ({@code ApiKeyResponse}) or a property ({@code ApiKeyResponse.roles});
 *     {@code *} matches any run of characters. The changelog marks them as accepted.
 * @param sseSentinel the data of the server-sent event that ends a stream, such as {@code [DONE]},
 *     for operations whose spec names none ({@code x-speakeasy-sse-sentinel}); empty means such
 *     streams end only when the server closes them
 * @param paginationRules how operations page, where the spec's own pagination extensions say
 *     nothing; the first rule that matches an operation applies
 * @param detectPagination whether common paging shapes (Stripe's cursor, Adyen's page number with
 *     {@code _links.next}, offset and limit, a {@code Link} header) are recognised in operations
 *     that neither an extension nor a rule describes
 * @param jackson the Jackson the generated client binds with
 * @param runtime whether the client uses the runtime library or carries a copy of it
 * @param nullableAnnotations whether what may be null in the generated code (optional record
 *     components, optional parameters, JSON results) carries JSpecify's {@code @Nullable}
 */
public record GeneratorConfig(
        SpecSource spec,
        Path outputDirectory,
        Optional<String> basePackage,
        MethodNaming methodNaming,
        Optional<Path> docsDirectory,
        Optional<Path> stateDirectory,
        boolean allowRefsOutsideSpecFolder,
        boolean failOnBreakingChange,
        Optional<Path> remoteSpecCache,
        boolean offline,
        List<String> acceptedBreakingChanges,
        Optional<String> sseSentinel,
        List<PaginationRule> paginationRules,
        boolean detectPagination,
        JacksonEdition jackson,
        RuntimeMode runtime,
        boolean nullableAnnotations) {

    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    public GeneratorConfig {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(methodNaming, "methodNaming");
        Objects.requireNonNull(docsDirectory, "docsDirectory");
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        Objects.requireNonNull(remoteSpecCache, "remoteSpecCache");
        acceptedBreakingChanges = List.copyOf(acceptedBreakingChanges);
        Objects.requireNonNull(sseSentinel, "sseSentinel");
        sseSentinel.ifPresent(GeneratorConfig::checkSentinel);
        basePackage.ifPresent(GeneratorConfig::checkPackage);
        paginationRules = List.copyOf(paginationRules);
        Objects.requireNonNull(jackson, "jackson");
        Objects.requireNonNull(runtime, "runtime");
    }

    public static Builder builder(SpecSource spec, Path outputDirectory) {
        return new Builder(spec, outputDirectory);
    }

    /** A builder preset with this configuration. */
    public Builder toBuilder() {
        Builder builder = new Builder(spec, outputDirectory);
        basePackage.ifPresent(builder::basePackage);
        docsDirectory.ifPresent(builder::docsDirectory);
        stateDirectory.ifPresent(builder::stateDirectory);
        remoteSpecCache.ifPresent(builder::remoteSpecCache);
        sseSentinel.ifPresent(builder::sseSentinel);
        return builder.methodNaming(methodNaming)
                .allowRefsOutsideSpecFolder(allowRefsOutsideSpecFolder)
                .failOnBreakingChange(failOnBreakingChange)
                .offline(offline)
                .acceptedBreakingChanges(acceptedBreakingChanges)
                .paginationRules(paginationRules)
                .detectPagination(detectPagination)
                .jackson(jackson)
                .runtime(runtime)
                .nullableAnnotations(nullableAnnotations);
    }

    /** The package of the client's runtime classes: the library's, or {@code <basePackage>.internal}. */
    public String runtimePackage(String resolvedBasePackage) {
        return runtime.runtimePackage(resolvedBasePackage, jackson);
    }

    private static void checkPackage(String name) {
        if (!PACKAGE.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a Java package name: '" + name + "'");
        }
    }

    private static void checkSentinel(String sentinel) {
        if (sentinel.isEmpty() || sentinel.indexOf('\n') >= 0 || sentinel.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(
                    "An SSE sentinel must be one line of event data, such as [DONE]: '" + sentinel + "'");
        }
    }

    /** Builds a {@link GeneratorConfig}; only the spec and the output folder are required. */
    public static final class Builder {
        private final SpecSource spec;
        private final Path outputDirectory;
        private Optional<String> basePackage = Optional.empty();
        private MethodNaming methodNaming = MethodNaming.OPERATION_ID;
        private Optional<Path> docsDirectory = Optional.empty();
        private Optional<Path> stateDirectory = Optional.empty();
        private boolean allowRefsOutsideSpecFolder;
        private boolean failOnBreakingChange;
        private Optional<Path> remoteSpecCache = Optional.empty();
        private boolean offline;
        private List<String> acceptedBreakingChanges = List.of();
        private Optional<String> sseSentinel = Optional.empty();
        private List<PaginationRule> paginationRules = List.of();
        private boolean detectPagination = true;
        private JacksonEdition jackson = JacksonEdition.JACKSON_2;
        private RuntimeMode runtime = RuntimeMode.LIBRARY;
        private boolean nullableAnnotations = true;

        private Builder(SpecSource spec, Path outputDirectory) {
            this.spec = spec;
            this.outputDirectory = outputDirectory;
        }

        public Builder basePackage(String basePackage) {
            this.basePackage = Optional.of(basePackage);
            return this;
        }

        public Builder methodNaming(MethodNaming methodNaming) {
            this.methodNaming = methodNaming;
            return this;
        }

        public Builder docsDirectory(Path docsDirectory) {
            this.docsDirectory = Optional.of(docsDirectory);
            return this;
        }

        public Builder stateDirectory(Path stateDirectory) {
            this.stateDirectory = Optional.of(stateDirectory);
            return this;
        }

        public Builder allowRefsOutsideSpecFolder(boolean allow) {
            this.allowRefsOutsideSpecFolder = allow;
            return this;
        }

        public Builder failOnBreakingChange(boolean fail) {
            this.failOnBreakingChange = fail;
            return this;
        }

        public Builder remoteSpecCache(Path remoteSpecCache) {
            this.remoteSpecCache = Optional.of(remoteSpecCache);
            return this;
        }

        public Builder offline(boolean offline) {
            this.offline = offline;
            return this;
        }

        public Builder acceptedBreakingChanges(List<String> accepted) {
            this.acceptedBreakingChanges = List.copyOf(accepted);
            return this;
        }

        /** Ends server-sent event streams at an event with this data, unless the spec names another. */
        public Builder sseSentinel(String sseSentinel) {
            this.sseSentinel = Optional.of(sseSentinel);
            return this;
        }

        /** How operations page, where the spec's extensions say nothing; the first matching rule applies. */
        public Builder paginationRules(List<PaginationRule> rules) {
            this.paginationRules = List.copyOf(rules);
            return this;
        }

        /** Whether common paging shapes are detected (default true). */
        public Builder detectPagination(boolean detect) {
            this.detectPagination = detect;
            return this;
        }

        /** The Jackson the generated client binds with (default Jackson 2). */
        public Builder jackson(JacksonEdition jackson) {
            this.jackson = jackson;
            return this;
        }

        /** Whether the client uses the runtime library (the default) or carries a copy of it. */
        public Builder runtime(RuntimeMode runtime) {
            this.runtime = runtime;
            return this;
        }

        /**
         * Whether what may be null carries JSpecify's {@code @Nullable} (default true), for IDEs,
         * null checkers and Kotlin; off, the generated code does not reference JSpecify at all.
         */
        public Builder nullableAnnotations(boolean nullableAnnotations) {
            this.nullableAnnotations = nullableAnnotations;
            return this;
        }

        public GeneratorConfig build() {
            return new GeneratorConfig(
                    spec,
                    outputDirectory,
                    basePackage,
                    methodNaming,
                    docsDirectory,
                    stateDirectory,
                    allowRefsOutsideSpecFolder,
                    failOnBreakingChange,
                    remoteSpecCache,
                    offline,
                    acceptedBreakingChanges,
                    sseSentinel,
                    paginationRules,
                    detectPagination,
                    jackson,
                    runtime,
                    nullableAnnotations);
        }
    }
}
