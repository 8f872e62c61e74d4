package dev.specpoet.cli;

import dev.specpoet.Specpoet;
import dev.specpoet.parse.ProviderCatalog;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The command-line entry point. */
public final class Main {
    static final int OK = 0;
    static final int INVALID_SPEC = 1;
    /** {@code diff}: a change breaks callers, and no entry of the allow-list accepts it. */
    static final int BREAKING = 1;

    static final int USAGE_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs a command and returns its exit code; the streams receive its output. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()
                || args.get(0).equals("--help")
                || args.get(0).equals("-h")
                || args.get(0).equals("help")) {
            out.println(usage());
            return args.isEmpty() ? USAGE_ERROR : OK;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "generate" -> new GenerateCommand(out, err).run(rest);
                case "conformance" -> new ConformanceCommand(out, err).run(rest);
                case "diff" -> new DiffCommand(out, err).run(rest);
                case "providers" -> providers(out);
                case "--version", "version" -> {
                    out.println("specpoet " + Specpoet.version());
                    yield OK;
                }
                default -> throw new UsageException("unknown command '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.println(usage());
            return USAGE_ERROR;
        }
    }

    private static int providers(PrintStream out) {
        ProviderCatalog.load(Main.class.getClassLoader())
                .all()
                .values()
                .forEach(provider ->
                        out.printf("%-24s %-45s %s%n", provider.id(), provider.basePackage(), provider.title()));
        return OK;
    }

    static String usage() {
        return "Specpoet " + Specpoet.version() + ": typed Java clients from OpenAPI and Swagger specs.\n\n"
                + "Usage: java -jar specpoet-cli.jar COMMAND [options]\n\n"
                + GenerateCommand.USAGE + "\n\n"
                + DiffCommand.USAGE + "\n\n"
                + ConformanceCommand.USAGE + "\n\n"
                + "providers                  list the bundled provider specs\n"
                + "--version                  print the version\n"
                + "--help                     print this text\n\n"
                + "Exit codes: 0 success, 1 the spec is invalid (located messages on stderr), 2 usage error,"
                + " 3 internal error; diff: 0 compatible, 1 breaking, 2 usage error or unreadable spec.";
    }
}
