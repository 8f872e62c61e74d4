package dev.specpoet.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A response key: an exact code ({@code 200}), a range ({@code 4XX}) or {@code default}.
 *
 * @param key the key as OpenAPI writes it, upper-cased for ranges
 */
public record ResponseStatus(String key) {

    public ResponseStatus {
        Objects.requireNonNull(key, "key");
        key = key.trim().toUpperCase(Locale.ROOT);
        if (!key.equals("DEFAULT") && !key.matches("[1-5]([0-9]{2}|XX)")) {
            throw new IllegalArgumentException("Not a response status: '" + key + "'");
        }
    }

    /** Parses a response key; returns null for keys OpenAPI does not allow (they are reported). */
    public static ResponseStatus parse(String key) {
        String text = key.trim().toUpperCase(Locale.ROOT);
        return text.equals("DEFAULT") || text.matches("[1-5]([0-9]{2}|XX)") ? new ResponseStatus(text) : null;
    }

    public boolean isDefault() {
        return key.equals("DEFAULT");
    }

    public boolean isRange() {
        return key.endsWith("XX");
    }

    /** True for 2xx codes and the {@code 2XX} range. */
    public boolean isSuccess() {
        return key.startsWith("2");
    }

    /** The key as the generated client registers it: {@code 404}, {@code 4XX} or {@code default}. */
    public String wireKey() {
        return isDefault() ? "default" : key;
    }

    /** The exact code; only for non-range, non-default keys. */
    public int code() {
        if (isDefault() || isRange()) {
            throw new IllegalStateException(key + " is not an exact status code");
        }
        return Integer.parseInt(key);
    }

    @Override
    public String toString() {
        return wireKey();
    }
}
