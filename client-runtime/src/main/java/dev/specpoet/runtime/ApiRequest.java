package dev.specpoet.runtime;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One call of an {@link Operation}: its parameter values and body, kept as values until the
 * invoker renders them with its {@code ObjectMapper}.
 *
 * <p>Values are formatted the same way everywhere: strings as they are, {@code BigDecimal} in plain
 * notation, other numbers and booleans by {@code toString}, {@code OffsetDateTime} as ISO-8601 with
 * its offset, {@code LocalDate}, {@code UUID} and {@code URI} by {@code toString}, an {@link
 * OpenEnum} as its value, and anything else through the mapper (records and maps become objects).
 *
 * @param <T> the decoded type of a successful response body
 */
public final class ApiRequest<T> {
    private final Operation<T> operation;
    private final Map<String, Object> pathParams;
    private final List<Param> queryParams;
    private final QueryString queryString;
    private final List<Param> headers;
    private final List<Param> cookies;
    private final RequestContent content;
    // The whole URL of a next page a server linked to; null renders the operation's path and query.
    private final URI target;

    private ApiRequest(Builder<T> builder) {
        this.operation = builder.operation;
        this.pathParams = Map.copyOf(builder.pathParams);
        this.queryParams = List.copyOf(builder.queryParams);
        this.queryString = builder.queryString;
        this.headers = List.copyOf(builder.headers);
        this.cookies = List.copyOf(builder.cookies);
        this.content = builder.content();
        this.target = null;
    }

    private ApiRequest(ApiRequest<T> source, List<Param> queryParams, URI target) {
        this.operation = source.operation;
        this.pathParams = source.pathParams;
        this.queryParams = List.copyOf(queryParams);
        this.queryString = source.queryString;
        this.headers = source.headers;
        this.cookies = source.cookies;
        this.content = source.content;
        this.target = target;
    }

    /** The OpenAPI serialization styles of query parameters. */
    public enum ParamStyle {
        /** {@code name=a&name=b} exploded, {@code name=a,b} not. */
        FORM,
        /** {@code name=a%20b} when not exploded. */
        SPACE_DELIMITED,
        /** {@code name=a%7Cb} when not exploded. */
        PIPE_DELIMITED,
        /** {@code name[key]=value} for each field of an object. */
        DEEP_OBJECT
    }

    /** A parameter value with its style; headers and cookies always use the simple style. */
    record Param(String name, Object value, ParamStyle style, boolean explode) {}

    /**
     * OpenAPI 3.2's {@code in: querystring}: one value that is the whole query string, serialized as
     * {@code mediaType} says.
     */
    record QueryString(String name, Object value, String mediaType) {}

    public static <T> Builder<T> builder(Operation<T> operation) {
        return new Builder<>(operation);
    }

    public Operation<T> operation() {
        return operation;
    }

    Map<String, Object> pathParams() {
        return pathParams;
    }

    List<Param> queryParams() {
        return queryParams;
    }

    /** The whole query string's value, when the operation takes one (OpenAPI 3.2). */
    Optional<QueryString> queryString() {
        return Optional.ofNullable(queryString);
    }

    List<Param> headers() {
        return headers;
    }

    List<Param> cookies() {
        return cookies;
    }

    RequestContent content() {
        return content;
    }

    /** The URL a next-page link gave, sent as it is instead of the path and query; empty otherwise. */
    Optional<URI> target() {
        return Optional.ofNullable(target);
    }

    /**
     * The same request with the query parameter {@code name} set to {@code value} (in form style),
     * replacing any values it had: how the next page of a cursor, page or offset is asked for.
     */
    ApiRequest<T> withQueryParam(String name, Object value) {
        List<Param> replaced = new ArrayList<>();
        for (Param param : queryParams) {
            if (!param.name().equals(name)) {
                replaced.add(param);
            }
        }
        replaced.add(new Param(name, Objects.requireNonNull(value, "value"), ParamStyle.FORM, true));
        return new ApiRequest<>(this, replaced, target);
    }

    /** The value of the query parameter {@code name}, when the request sets it. */
    Optional<Object> queryParam(String name) {
        // A loop, not a stream: paging asks on every page, and a stream allocates four objects a call.
        for (Param param : queryParams) {
            if (param.name().equals(name)) {
                return Optional.ofNullable(param.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The same request sent to {@code url} as it is, headers and credentials kept: a next-page link
     * (body or {@code Link} header) carries the query the server wants.
     */
    ApiRequest<T> withTarget(URI url) {
        return new ApiRequest<>(this, List.of(), Objects.requireNonNull(url, "url"));
    }

    /** Names the operation and parameters, never their values, which may be secrets. */
    @Override
    public String toString() {
        return "ApiRequest[" + operation.operationId() + (target == null ? "" : ", next-page link") + ", path "
                + pathParams.keySet() + ", query " + names(queryParams)
                + (queryString == null ? "" : ", querystring " + queryString.name()) + ", headers " + names(headers)
                + ", cookies " + names(cookies) + "]";
    }

    private static List<String> names(List<Param> params) {
        return params.stream().map(Param::name).toList();
    }

    /** Collects the values of one call; null optional values are skipped, as if never set. */
    public static final class Builder<T> {
        private static final SecureRandom RANDOM = new SecureRandom();

        private final Operation<T> operation;
        private final Map<String, Object> pathParams = new LinkedHashMap<>();
        private final List<Param> queryParams = new ArrayList<>();
        private QueryString queryString;
        private final List<Param> headers = new ArrayList<>();
        private final List<Param> cookies = new ArrayList<>();
        private final List<RequestContent.Field> formFields = new ArrayList<>();
        private final List<RequestContent.Field> multipartFields = new ArrayList<>();
        private RequestContent body;
        private String bodyKind;

        private Builder(Operation<T> operation) {
            this.operation = Objects.requireNonNull(operation, "operation");
        }

        /**
         * Sets a path parameter, sent as one path segment: every character but {@code A-Za-z0-9-._~}
         * is percent-encoded, so no value can change the path. Lists are comma-separated.
         */
        public Builder<T> pathParam(String name, Object value) {
            if (!operation.path().names().contains(name)) {
                throw new IllegalArgumentException(operation.operationId() + " has no path parameter '" + name + "'");
            }
            if (value == null) {
                throw new IllegalArgumentException("path parameter '" + name + "' must not be null");
            }
            if ((value instanceof CharSequence text && text.length() == 0)
                    || (value instanceof Collection<?> list && list.isEmpty())) {
                throw new IllegalArgumentException("path parameter '" + name + "' must not be empty");
            }
            pathParams.put(name, value);
            return this;
        }

        /** Adds a query parameter in form style, exploded: lists repeat the name, objects expand to fields. */
        public Builder<T> queryParam(String name, Object value) {
            return queryParam(name, value, ParamStyle.FORM, true);
        }

        /**
         * Sets the whole query string from one value (OpenAPI 3.2's {@code in: querystring}):
         * {@code application/x-www-form-urlencoded} sends an object's fields as {@code key=value}
         * pairs, a JSON media type the value's JSON, anything else its text, percent-encoded; a
         * null value sends no query string. It replaces query parameters, which cannot be combined
         * with it.
         */
        public Builder<T> queryString(String name, Object value, String mediaType) {
            Objects.requireNonNull(mediaType, "mediaType");
            if (!queryParams.isEmpty()) {
                throw new IllegalStateException("a querystring parameter cannot be combined with query parameters");
            }
            queryString = value == null ? null : new QueryString(requireName(name), value, mediaType);
            return this;
        }

        public Builder<T> queryParam(String name, Object value, ParamStyle style, boolean explode) {
            if (queryString != null) {
                throw new IllegalStateException("a querystring parameter cannot be combined with query parameters");
            }
            if (value != null) {
                queryParams.add(new Param(requireName(name), value, Objects.requireNonNull(style, "style"), explode));
            }
            return this;
        }

        /** Adds a header; lists are comma-joined, and CR, LF or NUL in the value are refused. */
        public Builder<T> header(String name, Object value) {
            if (value != null) {
                requireSafeText("header", name, value);
                headers.add(new Param(requireName(name), value, ParamStyle.FORM, false));
            }
            return this;
        }

        /** Adds a cookie to the {@code Cookie} header; CR, LF or NUL in the value are refused. */
        public Builder<T> cookie(String name, Object value) {
            if (value != null) {
                requireSafeText("cookie", name, value);
                cookies.add(new Param(requireName(name), value, ParamStyle.FORM, false));
            }
            return this;
        }

        /** Sends {@code body} as JSON with the given content type, such as {@code application/json}. */
        public Builder<T> jsonBody(Object body, String contentType) {
            return body(new RequestContent.Json(Objects.requireNonNull(body, "body"), contentType(contentType)));
        }

        /** Adds an {@code application/x-www-form-urlencoded} field; lists repeat the name. */
        public Builder<T> formField(String name, Object value) {
            if (value != null) {
                requireBodyKind("Form");
                formFields.add(new RequestContent.Field(requireName(name), value));
            }
            return this;
        }

        /** Adds a multipart text part; lists repeat the part and objects become JSON parts. */
        public Builder<T> multipartField(String name, Object value) {
            if (value != null) {
                requireBodyKind("Multipart");
                multipartFields.add(new RequestContent.Field(requireName(name), value));
            }
            return this;
        }

        /** Adds a multipart file part. */
        public Builder<T> multipartFile(String name, FilePart file) {
            return multipartField(name, file);
        }

        public Builder<T> binaryBody(byte[] body, String contentType) {
            return body(new RequestContent.Binary(body.clone(), contentType(contentType)));
        }

        public Builder<T> textBody(String body, String contentType) {
            return body(new RequestContent.Text(Objects.requireNonNull(body, "body"), contentType(contentType)));
        }

        /** Returns the request; fails if a path parameter of the template has no value. */
        public ApiRequest<T> build() {
            // pathParam accepts only the template's names, so as many values as names means all.
            if (pathParams.size() != operation.path().names().size()) {
                Set<String> missing = new HashSet<>(operation.path().names());
                missing.removeAll(pathParams.keySet());
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(
                            operation.operationId() + " is missing path parameters " + missing);
                }
            }
            return new ApiRequest<>(this);
        }

        private RequestContent content() {
            if (!formFields.isEmpty()) {
                return new RequestContent.Form(formFields);
            }
            if (!multipartFields.isEmpty()) {
                return new RequestContent.Multipart(boundary(), multipartFields);
            }
            return body != null ? body : new RequestContent.None();
        }

        private Builder<T> body(RequestContent content) {
            requireBodyKind(content.getClass().getSimpleName());
            this.body = content;
            return this;
        }

        /** Keeps one kind of body per request: a JSON body after form fields is a generator bug. */
        private void requireBodyKind(String kind) {
            if (bodyKind != null && !bodyKind.equals(kind)) {
                throw new IllegalStateException(
                        operation.operationId() + " request already has a " + bodyKind + " body, cannot add " + kind);
            }
            bodyKind = kind;
        }

        private static String requireName(String name) {
            if (Objects.requireNonNull(name, "name").isEmpty()) {
                throw new IllegalArgumentException("parameter name must not be empty");
            }
            return name;
        }

        private static String contentType(String contentType) {
            return HeaderRules.requireSafe(
                    "header", "Content-Type", Objects.requireNonNull(contentType, "contentType"));
        }

        /** Fails early for text values; the invoker checks the rendered value of other types again. */
        private static void requireSafeText(String kind, String name, Object value) {
            if (value instanceof CharSequence text) {
                HeaderRules.requireSafe(kind, name, text.toString());
            } else if (value instanceof Collection<?> list) {
                list.forEach(item -> requireSafeText(kind, name, item));
            }
        }

        private static String boundary() {
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            StringBuilder boundary = new StringBuilder("specpoet-");
            for (byte b : random) {
                boundary.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return boundary.toString();
        }
    }
}
