package dev.specpoet.parse;

/**
 * The extensions {@link Oas32Bridge} puts where it rewrote an OpenAPI 3.2 field into a shape
 * Swagger Parser reads; the model reads them back and never shows them as the spec's own.
 */
public final class Oas32Markers {
    /** The prefix of every marker. */
    public static final String PREFIX = "x-specpoet-oas32-";
    /** On a media type whose {@code schema} was its {@code itemSchema}: {@code true}. */
    public static final String ITEM_SCHEMA = PREFIX + "item-schema";
    /** On a parameter that was {@code in: querystring}: {@code "querystring"}. */
    public static final String IN = PREFIX + "in";
    /** On an example: its {@code serializedValue}, the value as sent. */
    public static final String SERIALIZED_VALUE = PREFIX + "serialized-value";
    /** On an example whose {@code value} was its {@code dataValue}: {@code true}. */
    public static final String DATA_VALUE = PREFIX + "data-value";

    private Oas32Markers() {}

    /** True for an extension name the bridge added. */
    public static boolean isMarker(String extension) {
        return extension.startsWith(PREFIX);
    }
}
