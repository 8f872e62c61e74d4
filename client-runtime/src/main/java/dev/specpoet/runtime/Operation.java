package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The static description of one API operation: method, path template, response and error types,
 * and the security alternatives it accepts.
 *
 * <p>Generated API classes hold one {@code Operation} per operation in a constant; each call then
 * builds an {@link ApiRequest} from it.
 *
 * @param <T> the decoded type of a successful response body
 */
public final class Operation<T> {
    /** RFC 9110 §9.2.2, plus QUERY (OpenAPI 3.2, draft-ietf-httpbis-safe-method-w-body): safe to retry. */
    private static final Set<String> IDEMPOTENT_METHODS =
            Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "QUERY");
    /** Methods written in any case are sent upper case; others (OpenAPI 3.2's additional operations) as given. */
    private static final Set<String> STANDARD_METHODS =
            Set.of("GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "TRACE", "PATCH", "QUERY", "CONNECT");
    /** RFC 9110 §9.1: a method name is a token, and case-sensitive. */
    private static final Pattern METHOD = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private static final Pattern STATUS = Pattern.compile("[1-5](\\d\\d|XX)|DEFAULT");
    private static final String DEFAULT_STATUS = "DEFAULT";

    private final String method;
    private final PathTemplate path;
    private final ResponseType<T> responseType;
    private final String operationId;
    private final String accept;
    private final List<List<String>> security;
    private final Map<String, ErrorMapping<?>> errors;

    private Operation(Builder<T> builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.responseType = builder.responseType;
        this.operationId = builder.operationId != null ? builder.operationId : method + " " + path;
        this.accept = builder.accept;
        this.security = builder.security;
        this.errors = Map.copyOf(builder.errors);
    }

    /** Starts an operation such as {@code builder("GET", "/pets/{petId}", ResponseType.json(Pet.class))}. */
    public static <T> Builder<T> builder(String method, String pathTemplate, ResponseType<T> responseType) {
        return new Builder<>(method, pathTemplate, responseType);
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return path.template();
    }

    PathTemplate path() {
        return path;
    }

    public ResponseType<T> responseType() {
        return responseType;
    }

    /** Returns the spec's operationId, or {@code METHOD /path} when the spec has none. */
    public String operationId() {
        return operationId;
    }

    /** Returns the {@code Accept} header value, if the operation declares one. */
    public Optional<String> accept() {
        return Optional.ofNullable(accept);
    }

    /**
     * Returns the security alternatives: any one alternative suffices, and all schemes within it are
     * needed. An empty list means the operation takes no credentials.
     */
    public List<List<String>> security() {
        return security;
    }

    /** Returns whether the method may be repeated safely: GET, HEAD, PUT, DELETE, OPTIONS or TRACE. */
    public boolean isIdempotent() {
        return isIdempotentMethod(method);
    }

    static boolean isIdempotentMethod(String method) {
        return IDEMPOTENT_METHODS.contains(method);
    }

    /** Returns the error declaration for {@code status}: exact status, else range, else default. */
    Optional<ErrorMapping<?>> errorFor(int status) {
        ErrorMapping<?> mapping = errors.get(Integer.toString(status));
        if (mapping == null) {
            mapping = errors.get(status / 100 + "XX");
        }
        if (mapping == null) {
            mapping = errors.get(DEFAULT_STATUS);
        }
        return Optional.ofNullable(mapping);
    }

    @Override
    public String toString() {
        return "Operation[" + operationId + ": " + method + " " + path + "]";
    }

    /** An error body type declared for a status, with the factory of its typed exception. */
    record ErrorMapping<E>(ResponseType<E> type, ErrorFactory<? super E> factory) {

        /**
         * Returns the typed exception when the body decodes to a value, else a plain {@link
         * ApiException}: an undecodable error page must not hide the status behind a decoding error.
         */
        ApiException toException(ErrorResponse response, byte[] body, Charset charset, ObjectMapper mapper) {
            E decoded;
            try {
                decoded = type.decode(body, charset, mapper);
            } catch (IOException | RuntimeException e) { // Jackson 3's failures are unchecked.
                return new ApiException(response, null);
            }
            return decoded == null ? new ApiException(response, null) : factory.create(response, decoded);
        }
    }

    /** Collects an operation's optional parts; {@link #build()} may be called once per operation. */
    public static final class Builder<T> {
        private final String method;
        private final PathTemplate path;
        private final ResponseType<T> responseType;
        private String operationId;
        private String accept;
        private List<List<String>> security = List.of();
        private final Map<String, ErrorMapping<?>> errors = new LinkedHashMap<>();

        private Builder(String method, String pathTemplate, ResponseType<T> responseType) {
            String upper = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            this.method = STANDARD_METHODS.contains(upper) ? upper : method;
            if (!METHOD.matcher(this.method).matches()) {
                throw new IllegalArgumentException("not an HTTP method: '" + method + "'");
            }
            this.path = PathTemplate.parse(Objects.requireNonNull(pathTemplate, "pathTemplate"));
            this.responseType = Objects.requireNonNull(responseType, "responseType");
        }

        public Builder<T> operationId(String operationId) {
            this.operationId = Objects.requireNonNull(operationId, "operationId");
            return this;
        }

        public Builder<T> accept(String accept) {
            this.accept = HeaderRules.requireSafe("header", "Accept", Objects.requireNonNull(accept, "accept"));
            return this;
        }

        /** Sets the alternatives, e.g. {@code List.of(List.of("ApiKeyAuth"), List.of("BasicAuth"))}. */
        public Builder<T> security(List<List<String>> alternatives) {
            this.security = alternatives.stream().map(List::copyOf).toList();
            return this;
        }

        /**
         * Declares the body type of an error status ({@code "400"}, {@code "4XX"} or {@code
         * "default"}) and the factory of its typed exception.
         */
        public <E> Builder<T> error(String status, ResponseType<E> type, ErrorFactory<E> factory) {
            return putError(status, type, factory);
        }

        /** Declares the body type of an error status, thrown as a plain {@link ApiException}. */
        public Builder<T> error(String status, ResponseType<?> type) {
            return putError(status, type, ApiException::new);
        }

        /**
         * Declares one body type and typed exception for several error statuses at once, e.g. {@code
         * errors(List.of("400", "401", "4XX"), ResponseType.json(Problem.class), ProblemException::new)}:
         * generated clients declare each distinct mapping once instead of once per status.
         */
        public <E> Builder<T> errors(List<String> statuses, ResponseType<E> type, ErrorFactory<E> factory) {
            for (String status : Objects.requireNonNull(statuses, "statuses")) {
                putError(status, type, factory);
            }
            return this;
        }

        /** Declares one body type for several error statuses at once, thrown as a plain {@link ApiException}. */
        public Builder<T> errors(List<String> statuses, ResponseType<?> type) {
            for (String status : Objects.requireNonNull(statuses, "statuses")) {
                putError(status, type, ApiException::new);
            }
            return this;
        }

        private <E> Builder<T> putError(String status, ResponseType<E> type, ErrorFactory<? super E> factory) {
            String key = Objects.requireNonNull(status, "status").toUpperCase(Locale.ROOT);
            if (!STATUS.matcher(key).matches()) {
                throw new IllegalArgumentException("error status must be like 400, 4XX or default: '" + status + "'");
            }
            ErrorMapping<E> mapping = new ErrorMapping<>(
                    Objects.requireNonNull(type, "type"), Objects.requireNonNull(factory, "factory"));
            if (errors.putIfAbsent(key, mapping) != null) {
                throw new IllegalArgumentException("error status declared twice: '" + status + "'");
            }
            return this;
        }

        public Operation<T> build() {
            return new Operation<>(this);
        }
    }
}
