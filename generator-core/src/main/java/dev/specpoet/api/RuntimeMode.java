package dev.specpoet.api;

/**
 * Where a generated client's runtime (transport, auth, retries, errors, unions) comes from: the
 * shared library, or a copy inside the client.
 */
public enum RuntimeMode {
    /**
     * The client calls the {@code specpoet-runtime} library (or {@code specpoet-runtime-jackson3}),
     * which the consumer depends on at the generator's version; the default. Every client of an
     * application then shares one {@code RetryPolicy}, {@code ApiException} and listener type.
     */
    LIBRARY("library"),
    /**
     * The runtime's sources are copied into {@code <basePackage>.internal} and compiled with the
     * client: for builds that cannot add a dependency. Each client then has types of its own.
     */
    EMBEDDED("embedded");

    private final String spelling;

    RuntimeMode(String spelling) {
        this.spelling = spelling;
    }

    /** Parses the spelling used on command lines and in POMs: {@code library} or {@code embedded}. */
    public static RuntimeMode parse(String text) {
        for (RuntimeMode mode : values()) {
            if (mode.spelling.equals(text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown runtime '" + text
                + "': use library (depend on specpoet-runtime, the default) or embedded (copy it into the client)");
    }

    /** The command-line spelling. */
    public String spelling() {
        return spelling;
    }

    /** The package the client's runtime classes are in, for a client in {@code basePackage}. */
    public String runtimePackage(String basePackage, JacksonEdition jackson) {
        return this == LIBRARY ? jackson.runtimePackage() : basePackage + ".internal";
    }
}
