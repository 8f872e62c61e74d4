package dev.specpoet.changelog;

import java.util.Locale;

/** Whether an element of the API appeared, disappeared or changed. */
public enum ChangeType {
    ADDED,
    REMOVED,
    CHANGED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
