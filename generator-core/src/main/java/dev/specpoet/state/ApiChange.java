package dev.specpoet.state;

/**
 * One change of a generated client's API between two runs, and whether it breaks code that
 * compiled against the previous client (or, for enum values and required properties, code that
 * ran against it).
 *
 * @param element what changed, such as {@code property ApiKeyResponse roles}
 * @param description what happened to it, in words
 * @param breaking whether callers must change
 */
public record ApiChange(String element, String description, boolean breaking) {

    static ApiChange added(String element, String facts) {
        String kind = kind(element);
        // A new required input breaks every caller that does not pass it; anything else new is additive.
        boolean breaking = facts.endsWith("required")
                && (kind.equals(ApiSurface.PARAMETER)
                        || kind.equals(ApiSurface.BODY)
                        || kind.equals(ApiSurface.PROPERTY));
        return new ApiChange(element, "added" + suffix(facts), breaking);
    }

    static ApiChange removed(String element, String facts) {
        return new ApiChange(element, "removed" + suffix(facts), true);
    }

    static ApiChange changed(String element, String before, String after) {
        String kind = kind(element);
        if (kind.equals(ApiSurface.OPERATION)) {
            // Same method name and signature: callers compile unchanged, the request goes elsewhere.
            return new ApiChange(element, "now " + after + " (was " + before + ")", false);
        }
        if (kind.equals(ApiSurface.SIGNATURE)) {
            // Another return type, argument list or exception: callers no longer compile or catch.
            return new ApiChange(element, "now " + after + " (was " + before + ")", true);
        }
        String typeBefore = before.substring(0, before.lastIndexOf(','));
        String typeAfter = after.substring(0, after.lastIndexOf(','));
        if (!typeBefore.equals(typeAfter)) {
            return new ApiChange(element, "retyped from " + typeBefore + " to " + typeAfter, true);
        }
        if (after.endsWith("required")) {
            return new ApiChange(element, "made required", true);
        }
        // A parameter leaving the positional list for the options object changes the signature.
        boolean breaking = !kind.equals(ApiSurface.PROPERTY);
        return new ApiChange(element, "made optional", breaking);
    }

    private static String kind(String element) {
        return element.substring(0, element.indexOf(' '));
    }

    private static String suffix(String facts) {
        return facts.isEmpty() ? "" : " (" + facts + ")";
    }

    @Override
    public String toString() {
        return (breaking ? "BREAKING " : "") + element + ": " + description;
    }
}
