package dev.specpoet.runtime;

import java.net.URI;
import java.net.http.HttpTimeoutException;

/** The exchange failed below HTTP: connection refused or reset, or another I/O failure. */
public class ApiTransportException extends ApiClientException {
    private static final long serialVersionUID = 1L;

    public ApiTransportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps a JDK I/O failure of a request to {@code redactedUri}, keeping timeouts apart. */
    static ApiTransportException of(String method, URI redactedUri, Throwable cause) {
        String message = method + " " + redactedUri + " failed: " + describe(cause);
        return cause instanceof HttpTimeoutException
                ? new ApiTimeoutException(message, cause)
                : new ApiTransportException(message, cause);
    }

    private static String describe(Throwable cause) {
        String name = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? name : name + ": " + excerpt(cause.getMessage());
    }
}
