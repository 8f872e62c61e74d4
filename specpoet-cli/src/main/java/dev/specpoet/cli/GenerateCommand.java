package dev.specpoet.cli;

import dev.specpoet.Specpoet;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GenerationResult;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.MethodNaming;
import dev.specpoet.api.RuntimeMode;
import dev.specpoet.api.Severity;
import dev.specpoet.api.SpecSource;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code generate}: one spec into one output folder. */
final class GenerateCommand {
    static final String USAGE = """
            generate --spec FILE|URL --out DIR --package NAME [options]
            generate --provider ID --out DIR [--package NAME] [options]
              --spec FILE|URL          the spec: a file, or a file:/http:/https: URL
              --provider ID            a bundled provider spec instead (see 'providers')
              --out DIR                the folder the Java sources go to
              --package NAME           the client's base package (default: the provider's)
              --method-naming MODE     operation-id (default) or x-method-name
              --jackson N              2 (default, com.fasterxml.jackson) or 3 (tools.jackson)
              --runtime MODE           library (default: the client calls the specpoet-runtime
                                       library, a dependency of the build that compiles it) or
                                       embedded (a copy of it goes into PACKAGE.internal)
              --no-nullable-annotations
                                       do not mark what may be null (optional properties and
                                       parameters, JSON results) with JSpecify's @Nullable
              --docs DIR               also write Markdown documentation to DIR
              --allow-external-refs    let $refs leave the spec's folder (absolute paths, URLs)
              --state DIR              keep the run's fingerprint in DIR: an unchanged spec and
                                       configuration touch no file, a changed spec's API changes
                                       are reported
              --fail-on-breaking-change
                                       with --state, fail before writing when the API changed in a
                                       way that breaks callers
              --accept-breaking-changes LIST
                                       breaking changes that do not fail the run, comma-separated:
                                       methods (KeysApi.listKeys), API classes or models (Key),
                                       properties (Key.role); * matches anything (KeysApi.*)
              --remote-cache DIR       keep http:/https: specs in DIR, asked for conditionally
              --offline                read http:/https: specs from --remote-cache only
              --sse-sentinel DATA      end server-sent event streams at an event with this data,
                                       such as [DONE], unless the spec names its own
              --pagination FILE        how operations page, where the spec's own extensions
                                       (x-speakeasy-pagination, x-fern-pagination, x-pagination,
                                       x-ms-pageable) say nothing: a JSON array of rules such as
                                       [{"operations": "list*", "style": "cursor",
                                         "parameter": "after", "items": "/data",
                                         "nextCursor": "/next_cursor"}]
                                       styles: cursor, page-number, offset, next-link,
                                       link-header, none (off); keys: operations, style,
                                       parameter, sizeParameter, items, nextCursor,
                                       lastItemCursor, hasMore, nextLink, total (JSON pointers)
              --no-pagination-detection
                                       do not detect paging shapes (Stripe's cursor, Adyen's
                                       page number, offset and limit, a Link header)
              --quiet                  print only warnings and errors""";

    /** Runs one generation: {@link Specpoet#generate} on the command line, a stand-in in tests. */
    @FunctionalInterface
    interface Generator {
        GenerationResult generate(GeneratorConfig config, GenerationListener listener) throws GenerationException;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Generator generator;

    GenerateCommand(PrintStream out, PrintStream err) {
        this(out, err, Specpoet::generate);
    }

    GenerateCommand(PrintStream out, PrintStream err, Generator generator) {
        this.out = out;
        this.err = err;
        this.generator = generator;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse(
                args,
                Set.of(
                        "spec",
                        "provider",
                        "out",
                        "package",
                        "method-naming",
                        "jackson",
                        "runtime",
                        "docs",
                        "state",
                        "remote-cache",
                        "accept-breaking-changes",
                        "sse-sentinel",
                        "pagination"),
                Set.of(
                        "allow-external-refs",
                        "quiet",
                        "fail-on-breaking-change",
                        "offline",
                        "no-pagination-detection",
                        "no-nullable-annotations"));
        GeneratorConfig config = config(arguments);
        boolean quiet = arguments.flag("quiet");
        GenerationListener listener = new GenerationListener() {
            @Override
            public void diagnostic(Diagnostic diagnostic) {
                if (!quiet || diagnostic.severity() != Severity.INFO) {
                    err.println(diagnostic.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + diagnostic);
                }
            }
        };
        try {
            GenerationResult result = generator.generate(config, listener);
            if (!quiet && result.upToDate()) {
                out.printf(
                        "%s: up to date, %d files unchanged in %s%n",
                        config.spec().displayName(), result.unchanged().size(), config.outputDirectory());
            } else if (!quiet) {
                out.printf(
                        "%s: %d files written, %d unchanged, %d deleted in %s%n",
                        config.spec().displayName(),
                        result.written().size(),
                        result.unchanged().size(),
                        result.deleted().size(),
                        config.outputDirectory());
            }
            return Main.OK;
        } catch (GenerationException e) {
            for (Diagnostic diagnostic : e.diagnostics()) {
                err.println(diagnostic.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + diagnostic);
            }
            if (e.isInternal()) {
                e.getCause().printStackTrace(err);
                return Main.INTERNAL_ERROR;
            }
            return Main.INVALID_SPEC;
        }
    }

    private static GeneratorConfig config(Arguments arguments) throws UsageException {
        SpecSource spec;
        if (arguments.option("provider").isPresent() && arguments.option("spec").isEmpty()) {
            spec = SpecSource.provider(arguments.option("provider").get());
        } else {
            spec = specSource("--spec", arguments.required("spec"));
        }
        GeneratorConfig.Builder builder = GeneratorConfig.builder(spec, path("out", arguments.required("out")))
                .allowRefsOutsideSpecFolder(arguments.flag("allow-external-refs"));
        try {
            arguments.option("package").ifPresent(builder::basePackage);
            arguments.option("method-naming").map(MethodNaming::parse).ifPresent(builder::methodNaming);
            arguments.option("jackson").map(JacksonEdition::parse).ifPresent(builder::jackson);
            arguments.option("runtime").map(RuntimeMode::parse).ifPresent(builder::runtime);
            if (arguments.option("docs").isPresent()) {
                builder.docsDirectory(path("docs", arguments.option("docs").get()));
            }
            if (arguments.option("state").isPresent()) {
                builder.stateDirectory(path("state", arguments.option("state").get()));
            } else if (arguments.flag("fail-on-breaking-change")) {
                throw new UsageException("--fail-on-breaking-change needs --state: the last run is compared");
            }
            builder.failOnBreakingChange(arguments.flag("fail-on-breaking-change"));
            builder.acceptedBreakingChanges(list(arguments.option("accept-breaking-changes")));
            if (arguments.option("remote-cache").isPresent()) {
                builder.remoteSpecCache(
                        path("remote-cache", arguments.option("remote-cache").get()));
            } else if (arguments.flag("offline")) {
                throw new UsageException("--offline needs --remote-cache: offline, remote specs come from there");
            }
            builder.offline(arguments.flag("offline"));
            arguments.option("sse-sentinel").ifPresent(builder::sseSentinel);
            if (arguments.option("pagination").isPresent()) {
                builder.paginationRules(PaginationFile.read(
                        path("pagination", arguments.option("pagination").get())));
            }
            builder.detectPagination(!arguments.flag("no-pagination-detection"));
            builder.nullableAnnotations(!arguments.flag("no-nullable-annotations"));
            if (arguments.option("package").isEmpty() && !(spec instanceof SpecSource.Provider)) {
                throw new UsageException("--package is required unless --provider names a bundled spec");
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A comma-separated option's entries; none when the option is absent. */
    static List<String> list(java.util.Optional<String> option) {
        return option.map(text -> List.of(text.split(","))).orElse(List.of()).stream()
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .toList();
    }

    /** A file, or a {@code file:}, {@code http:} or {@code https:} URL. */
    static SpecSource specSource(String what, String location) throws UsageException {
        if (location.matches("(?i)^(https?|file):.*")) {
            try {
                return SpecSource.url(new URI(location));
            } catch (URISyntaxException e) {
                throw new UsageException(what + ": not a usable URL '" + location + "' (" + e.getReason() + ")");
            }
        }
        try {
            return SpecSource.file(Path.of(location));
        } catch (InvalidPathException e) {
            throw new UsageException(what + ": not a usable path '" + location + "' (" + e.getReason() + ")");
        }
    }

    static Path path(String option, String text) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("--" + option + ": not a usable path '" + text + "' (" + e.getReason() + ")");
        }
    }
}
