package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a final HTTP response into an {@link ApiResponse} or the exception to throw. */
final class ResponseDecoder {
    private final ObjectMapper mapper;

    ResponseDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Decodes a 2xx response; a body that does not match the response type fails. */
    <T> ApiResponse<T> success(Operation<T> operation, HttpResponse<InputStream> response, String method, URI uri) {
        ResponseType<T> type = operation.responseType();
        int status = response.statusCode();
        if (type.isStream()) {
            return new ApiResponse<>(status, response.headers().map(), type.fromStream(response.body()));
        }
        byte[] body = readAll(response, method, uri);
        Charset charset = charsetOf(response);
        try {
            return new ApiResponse<>(status, response.headers().map(), type.decode(body, charset, mapper));
        } catch (IOException e) {
            String message = method + " " + uri + " -> " + status + ": cannot decode body as " + type;
            throw new ApiDecodingException(message, status, new String(body, charset), e);
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
        try (body) {
            return body.readAllBytes();
        } catch (IOException e) {
            return new byte[0]; // The status is the news; a lost error body must not replace it.
        }
    }

    private static byte[] readAll(HttpResponse<InputStream> response, String method, URI uri) {
        try (InputStream body = response.body()) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw ApiTransportException.of(method, uri, e);
        }
    }

    /** Returns the charset of the {@code Content-Type} header, or UTF-8. */
    static Charset charsetOf(HttpResponse<?> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
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
}
