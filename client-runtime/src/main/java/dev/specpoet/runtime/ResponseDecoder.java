package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a final HTTP response into an {@link ApiResponse} or the exception to throw. */
final class ResponseDecoder {
    private final ObjectMapper mapper;
    private final Redactor redactor;

    ResponseDecoder(ObjectMapper mapper, Redactor redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
    }

    /**
     * Decodes a 2xx response; a body that does not match the response type fails, with {@code uri}
     * redacted in the message.
     */
    <T> ApiResponse<T> success(Operation<T> operation, HttpResponse<InputStream> response, String method, URI uri) {
        ResponseType<T> type = operation.responseType();
        int status = response.statusCode();
        Map<String, List<String>> headers = HeaderRules.received(response.headers());
        if (type.isStream()) {
            String description = method + " " + redactor.uri(uri);
            return new ApiResponse<>(
                    status,
                    headers,
                    type.fromStream(response.body(), mapper, charsetOf(response), description, status));
        }
        byte[] body;
        try {
            body = bytes(response.body());
        } catch (IOException e) {
            throw ApiTransportException.of(method, redactor.uri(uri), e);
        }
        try {
            return new ApiResponse<>(status, headers, type.decode(body, () -> charsetOf(response), mapper));
        } catch (IOException | RuntimeException e) {
            // Jackson 2 fails with an IOException, Jackson 3 with an unchecked one: both are decoding failures.
            String message = method + " " + redactor.uri(uri) + " -> " + status + ": cannot decode body as " + type;
            throw new ApiDecodingException(message, status, new String(body, charsetOf(response)), e);
        }
    }

    /** Returns the exception for a non-2xx response, typed when the operation declares its body. */
    ApiException failure(Operation<?> operation, HttpResponse<InputStream> response, String method, URI uri) {
        byte[] body = readQuietly(response.body());
        Charset charset = charsetOf(response);
        int textLength = Math.min(body.length, ErrorResponse.MAX_RAW_BODY_CHARS * 4);
        ErrorResponse error = new ErrorResponse(
                method, uri, response.statusCode(), response.headers().map(), new String(body, 0, textLength, charset));
        return operation
                .errorFor(response.statusCode())
                .map(mapping -> mapping.toException(error, body, charset, mapper))
                .orElseGet(() -> new ApiException(error, null));
    }

    private static byte[] readQuietly(InputStream body) {
        try {
            return bytes(body);
        } catch (IOException e) {
            return new byte[0]; // The status is the news; a lost error body must not replace it.
        }
    }

    /** Returns the bytes of a body read in full without copying them, or reads and closes a stream. */
    private static byte[] bytes(InputStream body) throws IOException {
        if (body instanceof Buffered buffered) {
            return buffered.bytes();
        }
        try (body) {
            return body.readAllBytes();
        }
    }

    /** Returns the charset of the {@code Content-Type} header, or UTF-8. */
    static Charset charsetOf(HttpResponse<?> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (contentType.indexOf('=') < 0) {
            return StandardCharsets.UTF_8; // No parameter at all, as in most JSON responses.
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(trimmed.substring("charset=".length())
                            .replace("\"", "")
                            .trim());
                } catch (IllegalArgumentException unsupported) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** A body received in full, whose bytes the decoder takes without a copy. */
    static final class Buffered extends ByteArrayInputStream {
        Buffered(byte[] bytes) {
            super(bytes);
        }

        /** Returns the whole body; only this class reads it, so nothing was consumed. */
        byte[] bytes() {
            return buf;
        }
    }
}
