package dev.specpoet.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A credential for one security scheme of a spec: an API key, HTTP basic or bearer auth, or OAuth
 * 2.0 client credentials or device authorization.
 *
 * <p>{@code toString} names the kind and the parameter, never the secret. Supplier-based variants
 * are asked once per request, so rotated keys and tokens take effect without a new client.
 */
public abstract class Credential {
    /** Where a credential goes on the request. */
    enum Location {
        HEADER,
        QUERY,
        COOKIE
    }

    /** A credential value ready to go on one request; its {@code toString} hides the value. */
    record Secret(Location location, String name, String value) {
        @Override
        public String toString() {
            return "Secret[" + location + " " + name + "]";
        }
    }

    private final Location location;
    private final String name;

    // Package-private: the kinds of credential are closed, the invoker knows how to apply each one.
    Credential(Location location, String name) {
        this.location = location;
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Sends {@code key} in the header {@code name}, e.g. {@code apiKeyHeader("X-API-Key", key)}. */
    public static Credential apiKeyHeader(String name, String key) {
        return apiKeyHeader(name, constant(key, "key"));
    }

    public static Credential apiKeyHeader(String name, Supplier<String> key) {
        return new Supplied(Location.HEADER, name, key, "ApiKey[header " + name + "]");
    }

    /** Sends {@code key} as the query parameter {@code name}. */
    public static Credential apiKeyQuery(String name, String key) {
        return apiKeyQuery(name, constant(key, "key"));
    }

    public static Credential apiKeyQuery(String name, Supplier<String> key) {
        return new Supplied(Location.QUERY, name, key, "ApiKey[query " + name + "]");
    }

    /** Sends {@code key} as the cookie {@code name}. */
    public static Credential apiKeyCookie(String name, String key) {
        return apiKeyCookie(name, constant(key, "key"));
    }

    public static Credential apiKeyCookie(String name, Supplier<String> key) {
        return new Supplied(Location.COOKIE, name, key, "ApiKey[cookie " + name + "]");
    }

    /** Sends HTTP Basic authentication (RFC 7617, UTF-8). */
    public static Credential basic(String username, String password) {
        if (Objects.requireNonNull(username, "username").indexOf(':') >= 0) {
            throw new IllegalArgumentException("a basic auth username cannot contain ':'");
        }
        Objects.requireNonNull(password, "password");
        String header = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Supplied(Location.HEADER, "Authorization", () -> header, "Basic[Authorization]");
    }

    /** Sends {@code Authorization: Bearer <token>}. */
    public static Credential bearer(String token) {
        return bearer(constant(token, "token"));
    }

    /** Sends a bearer token asked from {@code tokens} for each request, for rotating tokens. */
    public static Credential bearer(Supplier<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return new Supplied(Location.HEADER, "Authorization", () -> bearerValue(tokens.get()), "Bearer[Authorization]");
    }

    /**
     * Fetches bearer tokens with the OAuth 2.0 client credentials grant (RFC 6749 §4.4), the client
     * authenticating with HTTP Basic.
     *
     * <p>{@code tokenUrl} is an absolute http or https URL, or a relative reference such as {@code
     * /oauth/token}, which each client resolves against its base URL, as OpenAPI resolves relative
     * URLs against the server URL.
     *
     * <p>A token is cached until shortly before its {@code expires_in}; when the API answers 401 the
     * token is dropped and the request is sent once more with a fresh one.
     */
    public static Credential oauth2ClientCredentials(
            String tokenUrl, String clientId, String clientSecret, List<String> scopes) {
        return new OAuth2(new OAuth2TokenSource(URI.create(tokenUrl), clientId, clientSecret, scopes));
    }

    /**
     * Gets bearer tokens with the OAuth 2.0 device authorization grant (RFC 8628), as a public
     * client: the first request asks {@code deviceAuthorizationUrl} for a user code and hands it to
     * {@code prompt} (show it to the user), then polls {@code tokenUrl} at the interval the server
     * sets until the user approves. The request waits meanwhile, up to the code's expiry.
     *
     * <p>Tokens are cached until shortly before their {@code expires_in}; then, and when the API
     * answers 401, the refresh token (if the server gave one) gets a new token, and the user is
     * asked again only when that fails. Relative URLs resolve against the client's base URL.
     */
    public static Credential oauth2DeviceAuthorization(
            String deviceAuthorizationUrl,
            String tokenUrl,
            String clientId,
            List<String> scopes,
            Consumer<DeviceAuthorization> prompt) {
        return new DeviceFlow(new OAuth2DeviceFlow(
                URI.create(deviceAuthorizationUrl), URI.create(tokenUrl), clientId, scopes, prompt));
    }

    Location location() {
        return location;
    }

    /** Returns the header, query parameter or cookie name the credential uses. */
    String parameterName() {
        return name;
    }

    /**
     * Returns this credential as a client with {@code baseUrl} uses it: the same one, unless it holds
     * URLs relative to the base URL.
     */
    Credential forBaseUrl(URI baseUrl) {
        return this;
    }

    /** Returns the value for one request, fetching it first if needed. */
    abstract CompletableFuture<Secret> resolve(HttpClient client, Duration timeout);

    /** Returns whether a 401 answer may be cured by {@link #invalidate} and one more attempt. */
    boolean isRefreshable() {
        return false;
    }

    /** Forgets a value the server rejected. */
    void invalidate(Secret rejected) {}

    static String bearerValue(String token) {
        if (token == null || token.isEmpty()) {
            throw new IllegalStateException("the bearer token supplier returned no token");
        }
        return "Bearer " + token;
    }

    private static Supplier<String> constant(String value, String name) {
        Objects.requireNonNull(value, name);
        return () -> value;
    }

    /** A credential whose value comes from a supplier (a constant one for fixed secrets). */
    private static final class Supplied extends Credential {
        private final Supplier<String> value;
        private final String description;

        Supplied(Location location, String name, Supplier<String> value, String description) {
            super(location, name);
            this.value = Objects.requireNonNull(value, "value");
            this.description = description;
        }

        @Override
        CompletableFuture<Secret> resolve(HttpClient client, Duration timeout) {
            String current = value.get();
            if (current == null || current.isEmpty()) {
                throw new IllegalStateException(description + " supplied no value");
            }
            return CompletableFuture.completedFuture(new Secret(location(), parameterName(), current));
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** Bearer tokens from the OAuth 2.0 device authorization flow. */
    static final class DeviceFlow extends Credential {
        private final OAuth2DeviceFlow flow;

        DeviceFlow(OAuth2DeviceFlow flow) {
            super(Location.HEADER, "Authorization");
            this.flow = flow;
        }

        @Override
        CompletableFuture<Secret> resolve(HttpClient client, Duration timeout) {
            return flow.token(client, timeout)
                    .thenApply(token -> new Secret(location(), parameterName(), bearerValue(token)));
        }

        @Override
        Credential forBaseUrl(URI baseUrl) {
            return flow.isRelative() ? new DeviceFlow(flow.resolvedAgainst(baseUrl)) : this;
        }

        @Override
        boolean isRefreshable() {
            return true;
        }

        @Override
        void invalidate(Secret rejected) {
            flow.invalidate(rejected.value().substring("Bearer ".length()));
        }

        @Override
        public String toString() {
            return "OAuth2DeviceAuthorization[" + flow + "]";
        }
    }

    /** Bearer tokens from an OAuth 2.0 token endpoint. */
    private static final class OAuth2 extends Credential {
        private final OAuth2TokenSource tokens;

        OAuth2(OAuth2TokenSource tokens) {
            super(Location.HEADER, "Authorization");
            this.tokens = tokens;
        }

        @Override
        CompletableFuture<Secret> resolve(HttpClient client, Duration timeout) {
            return tokens.token(client, timeout)
                    .thenApply(token -> new Secret(location(), parameterName(), bearerValue(token)));
        }

        @Override
        Credential forBaseUrl(URI baseUrl) {
            return tokens.isRelative() ? new OAuth2(tokens.resolvedAgainst(baseUrl)) : this;
        }

        @Override
        boolean isRefreshable() {
            return true;
        }

        @Override
        void invalidate(Secret rejected) {
            tokens.invalidate(rejected.value().substring("Bearer ".length()));
        }

        @Override
        public String toString() {
            return "OAuth2ClientCredentials[" + tokens + "]";
        }
    }
}
