package dev.specpoet.api;

/** Where generated API method names come from. */
public enum MethodNaming {
    /** From the operationId in lowerCamelCase, as the providers' documentation shows. */
    OPERATION_ID,
    /** From the {@code x-methodName} extension where present, else from the operationId. */
    X_METHOD_NAME;

    /** Parses the spelling used on command lines and in POMs: {@code operation-id} or {@code x-method-name}. */
    public static MethodNaming parse(String text) {
        for (MethodNaming naming : values()) {
            if (naming.spelling().equalsIgnoreCase(text) || naming.name().equalsIgnoreCase(text)) {
                return naming;
            }
        }
        throw new IllegalArgumentException("Unknown method naming '" + text + "': use operation-id or x-method-name");
    }

    /** The command-line spelling. */
    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
