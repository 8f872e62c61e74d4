package dev.specpoet.api;

/**
 * The Jackson major version a generated client binds with: its imports, its annotations and its
 * runtime. Everything else about the client is the same in both.
 */
public enum JacksonEdition {
    /** Jackson 2 ({@code com.fasterxml.jackson}), 2.13 and later; the default. */
    JACKSON_2("2", "specpoet-runtime"),
    /** Jackson 3 ({@code tools.jackson}), as Spring Boot 4 uses; its annotations stay Jackson 2's. */
    JACKSON_3("3", "specpoet-runtime-jackson3");

    /** The package of the runtime library, the same in both editions' artifacts. */
    private static final String RUNTIME_PACKAGE = "dev.specpoet.runtime";

    private final String spelling;
    private final String runtimeArtifactId;

    JacksonEdition(String spelling, String runtimeArtifactId) {
        this.spelling = spelling;
        this.runtimeArtifactId = runtimeArtifactId;
    }

    /** Parses the spelling used on command lines and in POMs: {@code 2} or {@code 3}. */
    public static JacksonEdition parse(String text) {
        for (JacksonEdition edition : values()) {
            if (edition.spelling.equals(text.trim())) {
                return edition;
            }
        }
        throw new IllegalArgumentException("Unknown Jackson version '" + text
                + "': use 2 (com.fasterxml.jackson, the default) or 3 (tools.jackson)");
    }

    /** The artifact id of the runtime library a client of this edition depends on (group {@code dev.specpoet}). */
    public String runtimeArtifactId() {
        return runtimeArtifactId;
    }

    /** The package of that library's public types. */
    public String runtimePackage() {
        return RUNTIME_PACKAGE;
    }

    /** The command-line spelling: the major version. */
    public String spelling() {
        return spelling;
    }
}
