package dev.specpoet.changelog;

import java.util.Locale;

/**
 * The version bump a client's changes call for: {@code MAJOR} when any change breaks callers
 * (accepted or not: accepting a break does not make it compatible), {@code MINOR} when something
 * was added, {@code PATCH} otherwise.
 */
public enum SemverVerdict {
    MAJOR,
    MINOR,
    PATCH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
