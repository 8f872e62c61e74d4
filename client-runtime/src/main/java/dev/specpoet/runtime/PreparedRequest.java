package dev.specpoet.runtime;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rendered request without its credentials, which are added per attempt so that rotated values
 * apply and redirects to another origin receive none.
 *
 * @param headers a map whose lookups ignore case, which the record takes over without a copy: it is
 *     built for this request only
 */
record PreparedRequest(String method, URI uri, Map<String, String> headers, List<String> cookies, BodyPublisher body) {

    PreparedRequest {
        headers = Collections.unmodifiableMap(headers);
        cookies = List.copyOf(cookies);
    }

    /**
     * Returns the request to send for a redirect: 303, and 301 or 302 after a POST, become a GET
     * without body, as browsers do; 307 and 308 keep method and body.
     */
    PreparedRequest redirect(int status, URI location) {
        boolean toGet = (status == 303 && !method.equals("HEAD"))
                || ((status == 301 || status == 302) && method.equals("POST"));
        if (!toGet) {
            return new PreparedRequest(method, location, headers, cookies, body);
        }
        Map<String, String> withoutBody = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        withoutBody.putAll(headers);
        withoutBody.remove("Content-Type");
        return new PreparedRequest("GET", location, withoutBody, cookies, BodyPublishers.noBody());
    }

    /** Returns whether {@code other} has the same scheme, host and port, as credentials require. */
    boolean isSameOrigin(URI other) {
        return uri.getScheme().equalsIgnoreCase(other.getScheme())
                && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(other.getHost())
                && port(uri) == port(other);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }

    /**
     * Builds the JDK request. Toward an untrusted origin, {@code secrets} is empty and the headers
     * that may carry secrets (cookies included) are left out.
     */
    HttpRequest toHttpRequest(List<Credential.Secret> secrets, Duration timeout, boolean trusted, Redactor redactor) {
        StringBuilder target = null; // Only a query credential changes the URI, parsed once otherwise.
        List<String> cookieList = trusted ? cookies : List.of();
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(timeout).method(method, body);
        headers.forEach((name, value) -> {
            if (trusted || !redactor.isSecretHeader(name)) {
                builder.setHeader(name, value);
            }
        });
        for (Credential.Secret secret : secrets) {
            String value = HeaderRules.requireSafe("credential", secret.name(), secret.value());
            switch (secret.location()) {
                case HEADER -> builder.setHeader(secret.name(), value);
                case QUERY -> {
                    if (target == null) {
                        target = new StringBuilder(uri.toString());
                    }
                    target.append(target.indexOf("?") < 0 ? '?' : '&')
                            .append(PercentEncoding.encode(secret.name()))
                            .append('=')
                            .append(PercentEncoding.encode(value));
                }
                case COOKIE -> {
                    cookieList = new ArrayList<>(cookieList);
                    cookieList.add(secret.name() + "=" + PercentEncoding.cookieValue(value));
                }
            }
        }
        if (!cookieList.isEmpty()) {
            builder.setHeader("Cookie", String.join("; ", cookieList));
        }
        return builder.uri(target == null ? uri : URI.create(target.toString())).build();
    }
}
