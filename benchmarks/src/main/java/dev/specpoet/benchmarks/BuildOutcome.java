package dev.specpoet.benchmarks;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code mvn} run of a consumer module: its wall time, its exit code and its log.
 *
 * @param nanos the wall time of the whole process, from start to exit
 * @param exitCode the process's exit code
 * @param log what it printed (standard output and error)
 */
record BuildOutcome(long nanos, int exitCode, String log) {
    /** The goal's own line when nothing changed: {@code Specpoet: spec -> out is up to date (425 files, 9 ms)}. */
    private static final Pattern UP_TO_DATE =
            Pattern.compile("Specpoet: .* is up to date \\(.*?(\\d+) ms\\)", Pattern.MULTILINE);
    /** A javac error as the compiler plugin logs it: {@code [ERROR] /path/Foo.java:[181,23] message}. */
    private static final Pattern JAVAC_ERROR = Pattern.compile("^\\[ERROR\\] (?:.*[/\\\\])?([^/\\\\]+\\.java:.*)$");

    BuildOutcome {
        Objects.requireNonNull(log, "log");
    }

    boolean succeeded() {
        return exitCode == 0;
    }

    /**
     * The time Specpoet's goal reports for itself on a no-op run, from its log line; empty when it
     * did not find its output up to date.
     */
    OptionalLong upToDateMillis() {
        Matcher matcher = UP_TO_DATE.matcher(log);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    /**
     * Why the build failed, in one line: {@code fails to compile: Foo.java:[181,23] <identifier>
     * expected} for the first javac error, else the first {@code [ERROR]} line; empty when it
     * succeeded.
     */
    Optional<String> failure() {
        if (succeeded()) {
            return Optional.empty();
        }
        String firstError = null;
        for (String line : log.lines().toList()) {
            Matcher javac = JAVAC_ERROR.matcher(line);
            if (javac.matches()) {
                return Optional.of("fails to compile: " + javac.group(1).strip());
            }
            if (firstError == null && line.startsWith("[ERROR] ") && !line.isBlank()) {
                firstError = line.substring("[ERROR] ".length()).strip();
            }
        }
        return Optional.of("build fails (exit code " + exitCode + ")"
                + (firstError == null || firstError.isEmpty() ? "" : ": " + firstError));
    }
}
