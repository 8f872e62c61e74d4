package dev.specpoet.api;

/** How serious a {@link Diagnostic} is; any {@link #ERROR} stops generation. */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
