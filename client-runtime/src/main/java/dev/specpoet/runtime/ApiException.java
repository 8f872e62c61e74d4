package dev.specpoet.runtime;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered with a non-2xx status after redirects and retries; generated clients
 * subclass it for error bodies a spec declares.
 *
 * <p>The message reads {@code POST https://host/path -> 422: <start of the body>}. When the
 * declared error body cannot be decoded (an HTML 500 page, say) the exception is a plain {@code
 * ApiException} whose {@link #errorBody()} is null, never a decoding exception.
 */
public class ApiException extends ApiClientException {
    private static final long serialVersionUID = 1L;

    // Transient: javac 21 and later warn (-Xlint:serial) on a serializable class holding fields of
    // types that are not; an exception or a Jackson (de)serializer is not meant to cross JVMs with them.
    private final transient ErrorResponse response;

    private final transient Object errorBody;

    /** Creates the exception for {@code response}, whose body decoded to {@code errorBody} (or null). */
    public ApiException(ErrorResponse response, Object errorBody) {
        super(messageFor(Objects.requireNonNull(response, "response")));
        this.response = response;
        this.errorBody = errorBody;
    }

    private static String messageFor(ErrorResponse response) {
        String head = response.method() + " " + response.uri() + " -> " + response.statusCode();
        String excerpt = excerpt(response.rawBody());
        return excerpt.isEmpty() ? head : head + ": " + excerpt;
    }

    public ErrorResponse response() {
        return response;
    }

    public int statusCode() {
        return response.statusCode();
    }

    /** Returns the response headers; lookups ignore case. */
    public Map<String, List<String>> headers() {
        return response.headers();
    }

    /** Returns the body as text, capped at 1 MiB characters. */
    public String rawBody() {
        return response.rawBody();
    }

    /** Returns the body decoded as the operation declares for this status, or null. */
    public Object errorBody() {
        return errorBody;
    }

    /** Returns the decoded body if it is an instance of {@code type}. */
    public <E> Optional<E> errorBody(Class<E> type) {
        return type.isInstance(errorBody) ? Optional.of(type.cast(errorBody)) : Optional.empty();
    }

    public String method() {
        return response.method();
    }

    /** Returns the request URI with credentials masked. */
    public URI uri() {
        return response.uri();
    }
}
