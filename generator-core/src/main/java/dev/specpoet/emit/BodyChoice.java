package dev.specpoet.emit;

import dev.specpoet.model.Content;
import dev.specpoet.model.MediaTypes;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.TypeRef;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of the media types a body is offered in the generated client uses, and how it travels:
 * JSON first, then forms, multipart, raw bytes and text.
 *
 * @param type the schema's type; empty when the spec gives none
 */
record BodyChoice(String mediaType, Encoding encoding, Optional<TypeRef> type) {

    /** How the body is written or read. */
    enum Encoding {
        JSON,
        FORM,
        MULTIPART,
        BINARY,
        TEXT
    }

    static Optional<BodyChoice> of(List<Content> contents) {
        return contents.stream()
                .map(content -> new BodyChoice(content.mediaType(), encoding(content), content.type()))
                .min(Comparator.comparingInt(choice -> choice.encoding().ordinal()));
    }

    private static Encoding encoding(Content content) {
        String mediaType = content.mediaType();
        if (MediaTypes.isForm(mediaType)) {
            return Encoding.FORM;
        }
        if (MediaTypes.isMultipart(mediaType)) {
            return Encoding.MULTIPART;
        }
        boolean binarySchema = content.type().map(BodyChoice::isBinary).orElse(false);
        if (MediaTypes.isJson(mediaType) && !binarySchema) {
            return Encoding.JSON;
        }
        if (MediaTypes.isText(mediaType) && !binarySchema) {
            return Encoding.TEXT;
        }
        String essence = MediaTypes.essence(mediaType);
        if (binarySchema
                || essence.equals("application/octet-stream")
                || essence.startsWith("image/")
                || essence.startsWith("audio/")
                || essence.startsWith("video/")
                || essence.equals("application/pdf")
                || essence.equals("application/zip")) {
            return Encoding.BINARY;
        }
        boolean stringSchema = content.type()
                .map(t -> t instanceof ScalarType s && s.scalar() == ScalarType.Scalar.STRING)
                .orElse(false);
        return stringSchema ? Encoding.TEXT : Encoding.JSON;
    }

    private static boolean isBinary(TypeRef type) {
        return type instanceof ScalarType scalar && scalar.scalar() == ScalarType.Scalar.BINARY;
    }
}
