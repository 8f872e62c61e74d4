package dev.specpoet.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code conformance}: generates and compiles every spec in some folders, and reports. */
final class ConformanceCommand {
    static final String USAGE = """
            conformance DIR... [--report FILE]
              generates every spec under the folders, compiles each client in-process,
              prints one line per file and 'N passed, N failed'; exits 1 on any FAIL""";

    private final PrintStream out;
    private final PrintStream err;

    ConformanceCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        throw new UsageException("conformance is not available yet");
    }
}
