package dev.specpoet.cli;

import dev.specpoet.Specpoet;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.MethodNaming;
import dev.specpoet.api.Severity;
import dev.specpoet.api.SpecSource;
import dev.specpoet.changelog.ApiChangelog;
import dev.specpoet.changelog.JsonChangelog;
import dev.specpoet.changelog.MarkdownChangelog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code diff}: the changelog of the generated API between two specs, or between the run recorded
 * in a state folder and a spec, without generating anything.
 */
final class DiffCommand {
    static final String USAGE = """
            diff OLD NEW [options]
            diff --state DIR [--out DIR] NEW [options]
              prints the changes of the generated API from OLD (or the last run recorded in the
              state folder) to NEW as Markdown, with their compatibility and the semver verdict;
              generates nothing. Exits 0 when nothing breaks callers (or every breaking change
              is accepted), 1 when something does, 2 on a usage error or a spec that cannot be
              read
              --state DIR              compare with the last run recorded in DIR by 'generate'
              --out DIR                the output folder of that run, when DIR records several
              --method-naming MODE     operation-id (default) or x-method-name
              --allow-external-refs    let $refs leave the spec's folder (absolute paths, URLs)
              --accept-breaking-changes LIST
                                       breaking changes that do not count, comma-separated (see
                                       'generate'); they are marked as accepted
              --json                   print JSON instead of Markdown
              --markdown-file FILE     also write the Markdown changelog to FILE
              --json-file FILE         also write the JSON changelog to FILE""";

    private final PrintStream out;
    private final PrintStream err;

    DiffCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse(
                args,
                Set.of("state", "out", "method-naming", "accept-breaking-changes", "markdown-file", "json-file"),
                Set.of("json", "allow-external-refs"));
        List<String> specs = arguments.positional();
        boolean withState = arguments.option("state").isPresent();
        if (specs.size() != (withState ? 1 : 2)) {
            throw new UsageException(
                    withState ? "diff --state DIR needs one spec, the new one" : "diff needs two specs, OLD and NEW");
        }
        if (!withState && arguments.option("out").isPresent()) {
            throw new UsageException("--out needs --state: it names the recorded run to compare with");
        }
        SpecSource newSpec = GenerateCommand.specSource("NEW", specs.get(specs.size() - 1));
        GeneratorConfig config = config(arguments, newSpec);
        GenerationListener listener = new GenerationListener() {
            @Override
            public void diagnostic(Diagnostic diagnostic) {
                // The changelog goes to stdout; only what may explain a surprising one goes to stderr.
                if (diagnostic.severity() != Severity.INFO) {
                    err.println(diagnostic.severity().name().toLowerCase(Locale.ROOT) + ": " + diagnostic);
                }
            }
        };
        ApiChangelog changelog;
        try {
            changelog = withState
                    ? Specpoet.diffWithLastRun(config, listener)
                    : Specpoet.diff(GenerateCommand.specSource("OLD", specs.get(0)), config, listener);
        } catch (GenerationException e) {
            for (Diagnostic diagnostic : e.diagnostics()) {
                err.println(diagnostic.severity().name().toLowerCase(Locale.ROOT) + ": " + diagnostic);
            }
            if (e.isInternal()) {
                e.getCause().printStackTrace(err);
                return Main.INTERNAL_ERROR;
            }
            return Main.USAGE_ERROR;
        }
        String markdown = MarkdownChangelog.render(changelog);
        String json = JsonChangelog.render(changelog);
        out.print(arguments.flag("json") ? json : markdown);
        try {
            if (arguments.option("markdown-file").isPresent()) {
                write(
                        GenerateCommand.path(
                                "markdown-file",
                                arguments.option("markdown-file").get()),
                        markdown);
            }
            if (arguments.option("json-file").isPresent()) {
                write(
                        GenerateCommand.path(
                                "json-file", arguments.option("json-file").get()),
                        json);
            }
        } catch (IOException e) {
            err.println("error: cannot write the changelog: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        err.println("diff: " + changelog.summary());
        return changelog.unacceptedBreaking().isEmpty() ? Main.OK : Main.BREAKING;
    }

    private static GeneratorConfig config(Arguments arguments, SpecSource newSpec) throws UsageException {
        Path output = GenerateCommand.path("out", arguments.option("out").orElse("."));
        GeneratorConfig.Builder builder = GeneratorConfig.builder(newSpec, output)
                .allowRefsOutsideSpecFolder(arguments.flag("allow-external-refs"))
                .acceptedBreakingChanges(GenerateCommand.list(arguments.option("accept-breaking-changes")));
        try {
            arguments.option("method-naming").map(MethodNaming::parse).ifPresent(builder::methodNaming);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (arguments.option("state").isPresent()) {
            builder.stateDirectory(
                    GenerateCommand.path("state", arguments.option("state").get()));
        }
        return builder.build();
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
