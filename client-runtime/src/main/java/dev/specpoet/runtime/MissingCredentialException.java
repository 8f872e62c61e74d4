package dev.specpoet.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * No configured credentials satisfy any of an operation's security alternatives; thrown before
 * any network I/O.
 */
public class MissingCredentialException extends ApiClientException {
    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final transient List<List<String>> alternatives; // Transient: see ApiException.

    /** Creates the exception for {@code operationId}, which accepts any one of {@code alternatives}. */
    public MissingCredentialException(String operationId, List<List<String>> alternatives) {
        super(operationId + " needs credentials for one of: " + describe(alternatives));
        this.operationId = operationId;
        this.alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    private static String describe(List<List<String>> alternatives) {
        return alternatives.stream()
                .map(schemes -> "[" + String.join(", ", schemes) + "]")
                .collect(Collectors.joining(", "));
    }

    public String operationId() {
        return operationId;
    }

    /** Returns the scheme-name sets the operation accepts, any one of which would do. */
    public List<List<String>> alternatives() {
        return alternatives;
    }
}
