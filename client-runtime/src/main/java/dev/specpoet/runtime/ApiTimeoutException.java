package dev.specpoet.runtime;

/** The connection or the response did not arrive within the configured timeout. */
public class ApiTimeoutException extends ApiTransportException {
    private static final long serialVersionUID = 1L;

    public ApiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
