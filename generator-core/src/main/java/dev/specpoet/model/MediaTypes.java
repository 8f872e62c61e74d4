package dev.specpoet.model;

import java.util.Locale;

/** Classifies media types the way the generated client treats them. */
public final class MediaTypes {
    private MediaTypes() {}

    /** The essence of a media type: lower case, without parameters. */
    public static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String base = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return base.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a body of this media type is a stream of items, and how they are framed; parameters
     * such as {@code ; charset=utf-8} do not matter.
     */
    public static SequenceKind sequenceKind(String mediaType) {
        return switch (essence(mediaType)) {
            case "text/event-stream" -> SequenceKind.SSE;
            case "application/jsonl",
                    "application/x-jsonl",
                    "application/x-jsonlines",
                    "application/jsonlines",
                    "application/x-ndjson",
                    "application/ndjson" -> SequenceKind.JSON_LINES;
            case "application/json-seq" -> SequenceKind.JSON_SEQ;
            default -> SequenceKind.NONE;
        };
    }

    public static boolean isJson(String mediaType) {
        String type = essence(mediaType);
        return type.equals("application/json") || type.equals("text/json") || type.endsWith("+json");
    }

    public static boolean isForm(String mediaType) {
        return essence(mediaType).equals("application/x-www-form-urlencoded");
    }

    public static boolean isMultipart(String mediaType) {
        return essence(mediaType).startsWith("multipart/");
    }

    public static boolean isText(String mediaType) {
        String type = essence(mediaType);
        return type.startsWith("text/") || type.endsWith("+xml") || type.equals("application/xml");
    }
}
