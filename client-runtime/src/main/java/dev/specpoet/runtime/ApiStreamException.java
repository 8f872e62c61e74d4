package dev.specpoet.runtime;

/**
 * A streamed response broke after it had started: the connection was closed or reset before the
 * stream's end, or an item was larger than a client accepts. Nothing is retried once items flow.
 */
public class ApiStreamException extends ApiTransportException {
    private static final long serialVersionUID = 1L;

    public ApiStreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
