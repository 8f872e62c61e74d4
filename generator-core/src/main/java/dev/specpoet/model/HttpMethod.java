package dev.specpoet.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An HTTP method: one of the fixed fields of an OpenAPI path item ({@code get} ... {@code trace},
 * and 3.2's {@code query}), or a name from 3.2's {@code additionalOperations}, kept as written
 * since method names are case-sensitive (RFC 9110 §9.1).
 *
 * @param name the method as it goes on the wire: upper case for the fixed fields
 */
public record HttpMethod(String name) {
    /** RFC 9110 §5.6.2: a method is a token. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    public static final HttpMethod GET = new HttpMethod("GET");
    public static final HttpMethod PUT = new HttpMethod("PUT");
    public static final HttpMethod POST = new HttpMethod("POST");
    public static final HttpMethod DELETE = new HttpMethod("DELETE");
    public static final HttpMethod OPTIONS = new HttpMethod("OPTIONS");
    public static final HttpMethod HEAD = new HttpMethod("HEAD");
    public static final HttpMethod PATCH = new HttpMethod("PATCH");
    public static final HttpMethod TRACE = new HttpMethod("TRACE");
    /** OpenAPI 3.2's {@code query}: safe and idempotent like GET, with a request body. */
    public static final HttpMethod QUERY = new HttpMethod("QUERY");

    /** The methods a path item holds as fixed fields, in the order operations are read. */
    public static final List<HttpMethod> FIXED = List.of(GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE, QUERY);

    public HttpMethod {
        Objects.requireNonNull(name, "name");
        if (!isToken(name)) {
            throw new IllegalArgumentException("not an HTTP method name: '" + name + "'");
        }
    }

    /** True when {@code name} is a valid method name (an RFC 9110 token). */
    public static boolean isToken(String name) {
        return TOKEN.matcher(name).matches();
    }

    /** The fixed-field method with this name in any case, if there is one. */
    public static java.util.Optional<HttpMethod> fixed(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return FIXED.stream().filter(m -> m.name.equals(upper)).findFirst();
    }

    /** The path item field or {@code additionalOperations} key: {@code get}, {@code query}, {@code COPY}. */
    public String specKey() {
        return FIXED.contains(this) ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** True when the method is one of the path item's fixed fields (including 3.2's {@code query}). */
    public boolean isFixed() {
        return FIXED.contains(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
