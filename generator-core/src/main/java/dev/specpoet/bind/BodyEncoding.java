package dev.specpoet.bind;

import dev.specpoet.model.Content;
import dev.specpoet.model.MediaTypes;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.TypeRef;

/**
 * How a body travels in the generated client; the order is the preference when a body is offered
 * in several media types: JSON first, then forms, multipart, raw bytes and text.
 */
public enum BodyEncoding {
    /** Written and read with Jackson. */
    JSON,
    /** {@code application/x-www-form-urlencoded}, field by field. */
    FORM,
    /** {@code multipart/*}, field by field, files as file parts. */
    MULTIPART,
    /** Raw bytes. */
    BINARY,
    /** Raw text: text types, XML (which the client does not parse), string schemas. */
    TEXT;

    /** The encoding of one offered media type, with its schema. */
    static BodyEncoding of(Content content) {
        String mediaType = content.mediaType();
        if (MediaTypes.isForm(mediaType)) {
            return FORM;
        }
        if (MediaTypes.isMultipart(mediaType)) {
            return MULTIPART;
        }
        boolean binarySchema = content.type().map(BodyEncoding::isBinary).orElse(false);
        if (MediaTypes.isJson(mediaType) && !binarySchema) {
            return JSON;
        }
        if (MediaTypes.isText(mediaType) && !binarySchema) {
            return TEXT;
        }
        String essence = MediaTypes.essence(mediaType);
        if (binarySchema
                || essence.equals("application/octet-stream")
                || essence.startsWith("image/")
                || essence.startsWith("audio/")
                || essence.startsWith("video/")
                || essence.equals("application/pdf")
                || essence.equals("application/zip")) {
            return BINARY;
        }
        boolean stringSchema = content.type()
                .map(t -> t instanceof ScalarType s && s.scalar() == ScalarType.Scalar.STRING)
                .orElse(false);
        return stringSchema ? TEXT : JSON;
    }

    private static boolean isBinary(TypeRef type) {
        return type instanceof ScalarType scalar && scalar.scalar() == ScalarType.Scalar.BINARY;
    }
}
