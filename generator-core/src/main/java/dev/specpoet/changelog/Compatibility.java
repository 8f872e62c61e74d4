package dev.specpoet.changelog;

import java.util.Locale;

/** What a change does to code written against the previous client. */
public enum Compatibility {
    /** Callers no longer compile: a method, type, constant or accessor is gone or has another type. */
    BREAKS_COMPILE,
    /**
     * Callers compile, but may fail or behave differently when they run: a newly required input
     * they do not send, an error that no longer arrives as the exception they catch.
     */
    BREAKS_AT_RUN_TIME,
    /** Callers compile and run as before. */
    COMPATIBLE;

    public boolean isBreaking() {
        return this != COMPATIBLE;
    }

    /** The form used in the JSON changelog: {@code breaks-compile}, {@code breaks-at-run-time}, {@code compatible}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words used in the Markdown changelog and the build log. */
    public String words() {
        return switch (this) {
            case BREAKS_COMPILE -> "breaks compile";
            case BREAKS_AT_RUN_TIME -> "breaks at run time";
            case COMPATIBLE -> "compatible";
        };
    }
}
