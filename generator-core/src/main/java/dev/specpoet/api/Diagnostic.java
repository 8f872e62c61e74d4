package dev.specpoet.api;

import java.util.Objects;

/**
 * One problem or note found while generating, with a stable code and the place in the spec it is
 * about.
 *
 * <p>Prints as {@code petstore.yaml#/components/schemas/Pet/properties/id: unsupported format
 * 'int128'}.
 */
public record Diagnostic(Severity severity, String code, String message, SpecLocation location) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("Diagnostic code must be UPPER_SNAKE_CASE: " + code);
        }
    }

    public static Diagnostic error(String code, SpecLocation location, String message) {
        return new Diagnostic(Severity.ERROR, code, message, location);
    }

    public static Diagnostic warning(String code, SpecLocation location, String message) {
        return new Diagnostic(Severity.WARNING, code, message, location);
    }

    public static Diagnostic info(String code, SpecLocation location, String message) {
        return new Diagnostic(Severity.INFO, code, message, location);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
