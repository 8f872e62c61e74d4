package dev.specpoet.runtime;

/**
 * A 2xx response body could not be decoded as the operation's response type, such as malformed
 * JSON or an HTML page where JSON was expected.
 */
public class ApiDecodingException extends ApiClientException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String bodyExcerpt;

    /** Creates the exception; {@code body} is shortened to an excerpt of at most 200 characters. */
    public ApiDecodingException(String message, int statusCode, String body, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.bodyExcerpt = excerpt(body);
    }

    public int statusCode() {
        return statusCode;
    }

    /** Returns at most 200 characters of the body, on one line. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
