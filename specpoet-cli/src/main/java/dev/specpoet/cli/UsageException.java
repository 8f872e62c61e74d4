package dev.specpoet.cli;

/** A command line that cannot be run: an unknown option, a missing value. Exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
