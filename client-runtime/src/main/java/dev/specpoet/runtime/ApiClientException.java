package dev.specpoet.runtime;

/**
 * Base of every exception a generated client throws; its message never contains a credential.
 */
public abstract class ApiClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private static final int EXCERPT_LENGTH = 200;
    private static final String ELLIPSIS = "...";

    protected ApiClientException(String message) {
        super(message);
    }

    protected ApiClientException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns at most 200 characters of {@code text} on one line, so that a server's error page can
     * neither flood a log nor forge extra log lines.
     */
    static String excerpt(String text) {
        StringBuilder line = new StringBuilder();
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                pendingSpace = line.length() > 0;
                continue;
            }
            if (pendingSpace) {
                line.append(' ');
                pendingSpace = false;
            }
            line.append(c);
            if (line.length() > EXCERPT_LENGTH) {
                int end = EXCERPT_LENGTH - ELLIPSIS.length();
                // Never cut a surrogate pair in half.
                if (Character.isHighSurrogate(line.charAt(end - 1))) {
                    end--;
                }
                return line.substring(0, end) + ELLIPSIS;
            }
        }
        return line.toString();
    }
}
