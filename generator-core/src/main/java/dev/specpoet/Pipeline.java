package dev.specpoet;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GenerationResult;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.api.SpecSource;
import dev.specpoet.bind.ApiBinder;
import dev.specpoet.bind.BoundModel;
import dev.specpoet.changelog.AcceptedChanges;
import dev.specpoet.changelog.ApiChange;
import dev.specpoet.changelog.ApiChangelog;
import dev.specpoet.changelog.JsonChangelog;
import dev.specpoet.changelog.MarkdownChangelog;
import dev.specpoet.docs.DocsEmitter;
import dev.specpoet.emit.GeneratedSource;
import dev.specpoet.emit.RuntimeSources;
import dev.specpoet.emit.SourceEmitter;
import dev.specpoet.model.ApiModel;
import dev.specpoet.naming.JavaNameResolver;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.normalize.ModelNormalizer;
import dev.specpoet.parse.DocumentTree;
import dev.specpoet.parse.LineLocator;
import dev.specpoet.parse.ParsedSpec;
import dev.specpoet.parse.ProviderCatalog;
import dev.specpoet.parse.SourceDocument;
import dev.specpoet.parse.SourceReader;
import dev.specpoet.parse.SpecDocuments;
import dev.specpoet.parse.SpecParser;
import dev.specpoet.state.ApiSurface;
import dev.specpoet.state.RecordedDocument;
import dev.specpoet.state.RunFingerprint;
import dev.specpoet.state.RunRecord;
import dev.specpoet.state.RunState;
import dev.specpoet.state.UpToDateCheck;
import dev.specpoet.write.SourceWriter;
import dev.specpoet.write.WriteReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Connects the stages for one run: each stage's output is the next one's input, diagnostics go to
 * the listener with line numbers added, and nothing is written unless every stage before the
 * write succeeded.
 */
final class Pipeline {
    private final GeneratorConfig config;
    private final GenerationListener listener;
    private final String version;
    private final String build;
    /** How many breaking changes the log shows; the changelog file has them all. */
    static final int BREAKING_SHOWN = 20;

    private final List<Diagnostic> reported = new ArrayList<>();
    private ParsedSpec parsed;

    /**
     * @param version the generator's version, stamped into generated files
     * @param build what identifies the generator's code for the up-to-date check: the version, and
     *     for a snapshot also when it was built, so a rebuilt snapshot regenerates its clients
     */
    Pipeline(GeneratorConfig config, GenerationListener listener, String version, String build) {
        this.config = config;
        this.listener = listener;
        this.version = version;
        this.build = build;
    }

    GenerationResult run() throws GenerationException {
        try {
            AcceptedChanges accepted = acceptedChanges();
            Instant readFrom = Instant.now();
            SourceReader reader = SourceReader.of(config.remoteSpecCache(), config.offline());
            Optional<RunState> state = config.stateDirectory().map(dir -> RunState.of(dir, config.outputDirectory()));
            Loaded loaded = stage("load", () -> readUnlessUpToDate(reader, state, readFrom));
            report(reader.notes());
            if (loaded.upToDateOutput().isPresent()) {
                return new GenerationResult(List.of(), loaded.upToDateOutput().get(), List.of(), reported, true);
            }
            SpecDocuments documents = loaded.documents();
            Optional<RunRecord> record = state.map(s -> recordOf(documents, readFrom));
            BoundModel bound = bind(loaded.parser(), documents);
            ApiSurface surface = ApiSurface.of(bound);
            if (state.isPresent()) {
                surface = surface.withLines(sources(documents));
                compareWithLastRun(state.get(), surface, accepted);
            }
            List<GeneratedSource> sources = stage(
                    "emit",
                    () -> new SourceEmitter(version, config.jackson(), config.runtime(), config.nullableAnnotations())
                            .emit(bound));
            List<GeneratedSource> docs = config.docsDirectory().isPresent()
                    ? stage(
                            "docs",
                            () -> new DocsEmitter(
                                            config.jackson(), config.runtime(), config.nullableAnnotations(), version)
                                    .emit(bound))
                    : List.of();
            WriteReport report = stage("write", () -> write(sources, docs));
            if (state.isPresent()) {
                recordState(state.get(), record.orElseThrow(), surface);
            }
            return new GenerationResult(report.written(), report.unchanged(), report.deleted(), reported, false);
        } catch (GenerationException e) {
            throw located(e);
        } catch (StackOverflowError | RuntimeException e) {
            // Nesting depth is the spec's fault only where the document is read (SPEC_TOO_DEEP there);
            // reading bounds it so that no later stage can overflow. An overflow past that is a bug.
            throw GenerationException.internal(SpecLocation.of(config.spec().displayName()), e);
        }
    }

    /**
     * The API surface of the client the spec would give, with lines, without emitting or writing
     * anything: what {@code diff} compares.
     */
    ApiSurface surface() throws GenerationException {
        try {
            SpecParser parser = new SpecParser(config.remoteSpecCache(), config.offline());
            SpecDocuments documents = stage(
                    "load", () -> parser.read(parser.readSource(config.spec()), config.allowRefsOutsideSpecFolder()));
            report(parser.notes());
            return ApiSurface.of(bind(parser, documents)).withLines(sources(documents));
        } catch (GenerationException e) {
            throw located(e);
        } catch (StackOverflowError | RuntimeException e) {
            throw GenerationException.internal(SpecLocation.of(config.spec().displayName()), e);
        }
    }

    /** The changelog from {@code previous} to {@code surface}, the configured breaking changes accepted. */
    ApiChangelog changelog(ApiSurface previous, ApiSurface surface) throws GenerationException {
        return new ApiChangelog(config.spec().displayName(), surface.changesSince(previous)).accept(acceptedChanges());
    }

    /** Parses, models, names and binds the documents read. */
    private BoundModel bind(SpecParser parser, SpecDocuments documents) throws GenerationException {
        parsed = stage("parse", () -> parser.parse(documents));
        report(parsed.diagnostics());
        List<Diagnostic> modelNotes = new ArrayList<>();
        ApiModel model = stage(
                "model",
                () -> new ModelNormalizer(config.paginationRules(), config.detectPagination())
                        .normalize(parsed, modelNotes::add));
        report(modelNotes);
        String basePackage = basePackage();
        NamedModel named = stage(
                "naming",
                () -> new JavaNameResolver(
                                basePackage,
                                config.runtimePackage(basePackage),
                                config.methodNaming(),
                                RuntimeSources.classNames())
                        .resolve(model));
        BoundModel bound = stage("bind", () -> new ApiBinder(config.sseSentinel()).bind(named));
        if (listener instanceof ModelListener models) {
            models.modelBound(parsed, bound);
        }
        return bound;
    }

    private static List<SourceDocument> sources(SpecDocuments documents) {
        return documents.documents().stream().map(DocumentTree::source).toList();
    }

    private AcceptedChanges acceptedChanges() throws GenerationException {
        try {
            return AcceptedChanges.of(config.acceptedBreakingChanges());
        } catch (IllegalArgumentException e) {
            throw GenerationException.of(
                    "CONFIG_ACCEPTED_BREAKING_CHANGES",
                    SpecLocation.of(config.spec().displayName()),
                    e.getMessage());
        }
    }

    /**
     * Reads the spec and the files it references, or nothing when the last run's fingerprint still
     * matches and its output is intact. That check takes each file the last run recorded at its
     * recorded digest when the file's size and modification time vouch for it, and reads and hashes
     * the others, without parsing: for a no-op build it is the whole cost of the plugin, so it must
     * not pay for YAML parsing, nor, in a fresh JVM, for loading the parser's classes.
     *
     * @return the last run's files when the output is up to date, else the documents read
     */
    private Loaded readUnlessUpToDate(SourceReader reader, Optional<RunState> state, Instant readFrom)
            throws GenerationException {
        SourceDocument main = null;
        Optional<RunRecord> last = state.flatMap(RunState::last);
        if (last.isPresent()) {
            UpToDateCheck check = UpToDateCheck.of(reader, config, last.get(), readFrom);
            if (check.isUnchanged(build, config)) {
                Optional<List<Path>> intact = intactOutput();
                if (intact.isPresent()) {
                    check.refreshed().ifPresent(run -> refresh(state.get(), run));
                    return new Loaded(intact, null, null);
                }
            }
            main = check.mainRead().orElse(null);
        }
        SpecParser parser = new SpecParser(reader);
        SourceDocument document = main != null ? main : reader.read(config.spec());
        return new Loaded(Optional.empty(), parser, parser.read(document, config.allowRefsOutsideSpecFolder()));
    }

    /** What the load stage found: the last run's intact files, or else the documents to generate from. */
    private record Loaded(Optional<List<Path>> upToDateOutput, SpecParser parser, SpecDocuments documents) {}

    private RunRecord recordOf(SpecDocuments documents, Instant readFrom) {
        List<RecordedDocument> recorded = documents.documents().stream()
                .map(document -> RecordedDocument.of(document.source(), readFrom))
                .toList();
        return new RunRecord(RunFingerprint.of(build, config, recorded), recorded);
    }

    /** A record that cannot be refreshed only costs the next check its reads. */
    private static void refresh(RunState state, RunRecord run) {
        try {
            state.refresh(run);
        } catch (java.io.IOException e) {
            // The record in place still holds: it only lacks the stamps.
        }
    }

    /** The files of the last run when all of them, sources and docs, are still there. */
    private Optional<List<Path>> intactOutput() {
        Optional<List<Path>> sources = new SourceWriter().intactOutput(config.outputDirectory());
        boolean docsIntact = config.docsDirectory()
                .map(docs -> new SourceWriter().intactOutput(docs).isPresent())
                .orElse(true);
        return docsIntact ? sources : Optional.empty();
    }

    /** Writes the sources, then the docs into their own folder; the report is about the sources. */
    private WriteReport write(List<GeneratedSource> sources, List<GeneratedSource> docs) throws GenerationException {
        Optional<Path> docsRoot =
                config.docsDirectory().map(dir -> dir.toAbsolutePath().normalize());
        if (docsRoot.isPresent()
                && docsRoot.get()
                        .equals(config.outputDirectory().toAbsolutePath().normalize())) {
            // Each folder's manifest lists only its own files: sharing one would delete the other's.
            throw GenerationException.of(
                    "CONFIG_DOCS_DIRECTORY",
                    SpecLocation.of(docsRoot.get().toString()),
                    "the docs folder must not be the output folder of the sources");
        }
        WriteReport report = new SourceWriter().write(config.outputDirectory(), sources);
        if (config.docsDirectory().isPresent()) {
            new SourceWriter().write(config.docsDirectory().get(), docs);
        }
        return report;
    }

    /**
     * Writes the changelog since the last recorded run next to the state, and reports its summary,
     * its path and the breaking changes (the first {@link #BREAKING_SHOWN}); with {@code
     * failOnBreakingChange}, a breaking change no entry of the allow-list accepts stops the run
     * before anything is written.
     */
    private void compareWithLastRun(RunState state, ApiSurface surface, AcceptedChanges accepted)
            throws GenerationException {
        Optional<ApiSurface> last = state.lastSurface();
        if (last.isEmpty()) {
            return;
        }
        ApiChangelog changelog =
                new ApiChangelog(config.spec().displayName(), surface.changesSince(last.get())).accept(accepted);
        SpecLocation spec = SpecLocation.of(config.spec().displayName());
        Path file = state.changelogFile("md");
        try {
            state.writeChangelog(MarkdownChangelog.render(changelog), JsonChangelog.render(changelog));
        } catch (java.io.IOException e) {
            report(List.of(Diagnostic.warning(
                    "CHANGELOG_NOT_SAVED", spec, "could not write the API changelog (" + e.getMessage() + ")")));
        }
        report(List.of(Diagnostic.info(
                "API_CHANGES",
                spec,
                "API changes since the last run: " + changelog.summary()
                        + (changelog.isEmpty() ? "" : "; see " + file))));
        for (String entry : accepted.unused(changelog.changes())) {
            report(List.of(Diagnostic.info(
                    "ACCEPTED_CHANGE_UNUSED",
                    spec,
                    "accepted breaking change '" + entry + "' matches no breaking change of this run")));
        }
        boolean fail =
                config.failOnBreakingChange() && !changelog.unacceptedBreaking().isEmpty();
        List<ApiChange> shown = fail ? changelog.unacceptedBreaking() : changelog.breaking();
        List<Diagnostic> breaking = new ArrayList<>();
        for (ApiChange change : shown.subList(0, Math.min(BREAKING_SHOWN, shown.size()))) {
            SpecLocation where = change.location().orElse(spec);
            breaking.add(
                    fail
                            ? Diagnostic.error("BREAKING_CHANGE", where, change.toString())
                            : change.accepted()
                                    ? Diagnostic.info("BREAKING_CHANGE_ACCEPTED", where, change.toString())
                                    : Diagnostic.warning("BREAKING_CHANGE", where, change.toString()));
        }
        if (shown.size() > BREAKING_SHOWN) {
            List<ApiChange> rest = shown.subList(BREAKING_SHOWN, shown.size());
            String more = "and " + rest.size() + " more breaking changes in " + file;
            breaking.add(
                    fail
                            ? Diagnostic.error("BREAKING_CHANGE", spec, more)
                            : rest.stream().allMatch(ApiChange::accepted)
                                    ? Diagnostic.info("BREAKING_CHANGE_ACCEPTED", spec, more)
                                    : Diagnostic.warning("BREAKING_CHANGE", spec, more));
        }
        if (fail) {
            throw new GenerationException(breaking);
        }
        report(breaking);
    }

    /** Failing to record only costs the next build a regeneration; it must not fail this one. */
    private void recordState(RunState state, RunRecord run, ApiSurface surface) {
        try {
            state.record(run, surface);
        } catch (java.io.IOException e) {
            Diagnostic warning = Diagnostic.warning(
                    "STATE_NOT_SAVED",
                    SpecLocation.of(config.spec().displayName()),
                    "could not record the run's fingerprint (" + e.getMessage() + "); the next build regenerates");
            reported.add(warning);
            listener.diagnostic(warning);
        }
    }

    private String basePackage() throws GenerationException {
        if (config.basePackage().isPresent()) {
            return config.basePackage().get();
        }
        if (config.spec() instanceof SpecSource.Provider provider) {
            return ProviderCatalog.load(Pipeline.class.getClassLoader())
                    .find(provider.id())
                    .map(ProviderCatalog.Provider::basePackage)
                    .orElseThrow();
        }
        throw GenerationException.of(
                "CONFIG_BASE_PACKAGE",
                SpecLocation.of(config.spec().displayName()),
                "no base package given: set the package of the generated client");
    }

    private <T> T stage(String name, Callable<T> work) throws GenerationException {
        long start = System.nanoTime();
        try {
            return work.call();
        } catch (GenerationException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            listener.stageFinished(name, System.nanoTime() - start);
        }
    }

    private void report(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : withLines(diagnostics)) {
            reported.add(diagnostic);
            listener.diagnostic(diagnostic);
        }
    }

    private GenerationException located(GenerationException e) {
        if (e.isInternal()) {
            return e;
        }
        return new GenerationException(withLines(e.diagnostics()));
    }

    /**
     * The main document's text: from the parsed spec, or, when reading failed before parsing (a
     * dangling {@code $ref}), read again; a remote spec is not fetched twice just for line numbers.
     */
    private SourceDocument mainDocument() {
        if (parsed != null) {
            return parsed.main().source();
        }
        if (config.spec() instanceof SpecSource.Url) {
            return null;
        }
        try {
            return new SpecParser().readSource(config.spec());
        } catch (GenerationException e) {
            return null;
        }
    }

    /** Adds line and column to the diagnostics about the main document, read only when needed. */
    private List<Diagnostic> withLines(List<Diagnostic> diagnostics) {
        SourceDocument main = diagnostics.isEmpty() ? null : mainDocument();
        if (main == null) {
            return diagnostics;
        }
        Map<SpecLocation, SpecLocation> lines;
        try {
            lines = new LineLocator(main)
                    .locate(diagnostics.stream().map(Diagnostic::location).toList());
        } catch (RuntimeException e) {
            // A document too broken to index keeps its pointer-only locations.
            return diagnostics;
        }
        return diagnostics.stream()
                .map(d -> new Diagnostic(
                        d.severity(), d.code(), d.message(), lines.getOrDefault(d.location(), d.location())))
                .toList();
    }
}
