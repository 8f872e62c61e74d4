package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Gets access tokens with the OAuth 2.0 device authorization grant (RFC 8628) for a public client:
 * asks the device authorization endpoint for a user code, hands it to the application's prompt,
 * then polls the token endpoint at the interval the server sets ({@code authorization_pending}
 * waits, {@code slow_down} adds five seconds) until the user approves, denies or the code expires.
 *
 * <p>Tokens are cached until shortly before they expire; then the refresh token, when the server
 * gave one, gets a new one (RFC 6749 §6), and only when that fails does the user see a new code.
 * Concurrent callers share one authorization. Device codes and tokens never appear in {@code
 * toString} or exception messages.
 */
final class OAuth2DeviceFlow {
    /** Renew this long before expiry, so a token does not lapse between check and use. */
    private static final Duration EXPIRY_SKEW = Duration.ofSeconds(30);
    /** RFC 8628 §3.2: the interval when the server names none. */
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    /** RFC 8628 §3.5: {@code slow_down} adds this to the interval for every later request. */
    private static final Duration SLOW_DOWN = Duration.ofSeconds(5);

    static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI deviceAuthorizationUrl;
    private final URI tokenUrl;
    private final String clientId;
    private final List<String> scopes;
    private final Consumer<DeviceAuthorization> prompt;
    private final Duration slowDownStep;
    private final Object lock = new Object();
    private Token cached; // guarded by lock
    private CompletableFuture<Token> pending; // guarded by lock

    OAuth2DeviceFlow(
            URI deviceAuthorizationUrl,
            URI tokenUrl,
            String clientId,
            List<String> scopes,
            Consumer<DeviceAuthorization> prompt) {
        this(deviceAuthorizationUrl, tokenUrl, clientId, scopes, prompt, SLOW_DOWN);
    }

    /** @param slowDownStep what {@code slow_down} adds to the interval: 5 s but in tests */
    OAuth2DeviceFlow(
            URI deviceAuthorizationUrl,
            URI tokenUrl,
            String clientId,
            List<String> scopes,
            Consumer<DeviceAuthorization> prompt,
            Duration slowDownStep) {
        this.deviceAuthorizationUrl = Objects.requireNonNull(deviceAuthorizationUrl, "deviceAuthorizationUrl");
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.scopes = List.copyOf(scopes);
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.slowDownStep = slowDownStep;
        for (URI url : List.of(deviceAuthorizationUrl, tokenUrl)) {
            boolean http = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
            if (url.isAbsolute() && (!http || url.getHost() == null)) {
                throw new IllegalArgumentException(
                        "OAuth2 URL must be an http or https URL or a relative reference: " + url);
            }
        }
    }

    /** Returns whether an endpoint URL is relative, as OpenAPI allows, and so needs a base URL. */
    boolean isRelative() {
        return !deviceAuthorizationUrl.isAbsolute() || !tokenUrl.isAbsolute();
    }

    /** A flow with the same client whose relative URLs are resolved against {@code baseUrl}. */
    OAuth2DeviceFlow resolvedAgainst(URI baseUrl) {
        return new OAuth2DeviceFlow(
                baseUrl.resolve(deviceAuthorizationUrl),
                baseUrl.resolve(tokenUrl),
                clientId,
                scopes,
                prompt,
                slowDownStep);
    }

    /** A token and the {@link System#nanoTime()} after which it is renewed. */
    private record Token(String value, Optional<String> refreshToken, long renewAtNanos, boolean expires) {
        boolean isFresh(long nowNanos) {
            return !expires || nowNanos - renewAtNanos < 0;
        }

        @Override
        public String toString() {
            return "Token[" + HeaderRules.MASK + "]";
        }
    }

    /** Returns a cached token, or gets one: by refresh token when there is one, else from the user. */
    CompletableFuture<String> token(HttpClient client, Duration timeout) {
        synchronized (lock) {
            if (cached != null && cached.isFresh(System.nanoTime())) {
                return CompletableFuture.completedFuture(cached.value());
            }
            if (pending == null || pending.isDone()) {
                Optional<String> refresh = cached == null ? Optional.empty() : cached.refreshToken();
                CompletableFuture<Token> next = refresh.isPresent()
                        ? refresh(client, timeout, refresh.get())
                                .exceptionallyCompose(failure -> authorize(client, timeout))
                        : authorize(client, timeout);
                pending = next.thenApply(this::remember);
            }
            return pending.thenApply(Token::value);
        }
    }

    /** Drops {@code token} if it is still the cached one, after the API rejected it. */
    void invalidate(String token) {
        synchronized (lock) {
            if (cached != null && cached.value().equals(token)) {
                // Keep the refresh token: it may still get a new access token without the user.
                cached = new Token(token, cached.refreshToken(), System.nanoTime(), true);
            }
        }
    }

    private Token remember(Token token) {
        synchronized (lock) {
            cached = token;
        }
        return token;
    }

    private CompletableFuture<Token> authorize(HttpClient client, Duration timeout) {
        String form = "client_id=" + encode(clientId)
                + (scopes.isEmpty() ? "" : "&scope=" + encode(String.join(" ", scopes)));
        return post(client, deviceAuthorizationUrl, form, timeout).thenCompose(response -> {
            JsonNode json = successJson(deviceAuthorizationUrl, response);
            String deviceCode = json.path("device_code").asText("");
            String userCode = json.path("user_code").asText("");
            String verification = json.path("verification_uri").asText("");
            if (deviceCode.isEmpty() || userCode.isEmpty() || verification.isEmpty()) {
                throw decodingError(
                        deviceAuthorizationUrl,
                        response.statusCode(),
                        "device authorization response lacks device_code, user_code or verification_uri");
            }
            Duration expiresIn =
                    Duration.ofSeconds(Math.max(json.path("expires_in").asLong(600), 1));
            Duration interval = json.has("interval")
                    ? Duration.ofSeconds(Math.max(json.path("interval").asLong(5), 0))
                    : DEFAULT_INTERVAL;
            String complete = json.path("verification_uri_complete").asText("");
            prompt.accept(new DeviceAuthorization(
                    userCode,
                    URI.create(verification),
                    complete.isEmpty() ? Optional.empty() : Optional.of(URI.create(complete)),
                    expiresIn));
            long deadline = System.nanoTime() + expiresIn.toNanos();
            return poll(client, timeout, deviceCode, interval, deadline);
        });
    }

    private CompletableFuture<Token> poll(
            HttpClient client, Duration timeout, String deviceCode, Duration interval, long deadline) {
        if (System.nanoTime() - deadline > 0) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("the device code expired before the user approved the request"));
        }
        String form = "grant_type=" + encode(DEVICE_CODE_GRANT) + "&device_code=" + encode(deviceCode) + "&client_id="
                + encode(clientId);
        long sentAt = System.nanoTime() + interval.toNanos();
        return CompletableFuture.supplyAsync(
                        () -> null, CompletableFuture.delayedExecutor(interval.toMillis(), TimeUnit.MILLISECONDS))
                .thenCompose(ignored -> post(client, tokenUrl, form, timeout))
                .thenCompose(response -> {
                    if (response.statusCode() / 100 == 2) {
                        return CompletableFuture.completedFuture(token(response, sentAt));
                    }
                    String error = errorCode(response);
                    switch (error) {
                        case "authorization_pending":
                            return poll(client, timeout, deviceCode, interval, deadline);
                        case "slow_down":
                            return poll(client, timeout, deviceCode, interval.plus(slowDownStep), deadline);
                        default:
                            // expired_token, access_denied and anything else end the flow.
                            throw failure(tokenUrl, response);
                    }
                });
    }

    private CompletableFuture<Token> refresh(HttpClient client, Duration timeout, String refreshToken) {
        String form =
                "grant_type=refresh_token&refresh_token=" + encode(refreshToken) + "&client_id=" + encode(clientId);
        long sentAt = System.nanoTime();
        return post(client, tokenUrl, form, timeout).thenApply(response -> {
            if (response.statusCode() / 100 != 2) {
                throw failure(tokenUrl, response);
            }
            Token token = token(response, sentAt);
            // RFC 6749 §6: the server may keep the old refresh token.
            return token.refreshToken().isPresent()
                    ? token
                    : new Token(token.value(), Optional.of(refreshToken), token.renewAtNanos(), token.expires());
        });
    }

    private CompletableFuture<HttpResponse<byte[]>> post(HttpClient client, URI url, String form, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                        throw new CompletionException(ApiTransportException.of("POST", url, cause));
                    }
                    return response;
                });
    }

    private Token token(HttpResponse<byte[]> response, long sentAt) {
        JsonNode json = successJson(tokenUrl, response);
        String token = json.path("access_token").asText("");
        if (token.isEmpty()) {
            throw decodingError(tokenUrl, response.statusCode(), "token response has no access_token");
        }
        String refresh = json.path("refresh_token").asText("");
        long expiresIn = json.path("expires_in").asLong(-1);
        long renewAt = sentAt
                + Duration.ofSeconds(Math.max(expiresIn, 0)).minus(EXPIRY_SKEW).toNanos();
        return new Token(token, refresh.isEmpty() ? Optional.empty() : Optional.of(refresh), renewAt, expiresIn >= 0);
    }

    private static JsonNode successJson(URI url, HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw failure(url, response);
        }
        try {
            JsonNode json = JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
            if (json == null || !json.isObject()) {
                throw decodingError(url, response.statusCode(), "response is not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            // No body excerpt: a half-readable response may still hold a code or a token.
            throw decodingError(url, response.statusCode(), "response is not JSON");
        }
    }

    /** RFC 6749 §5.2's {@code error}, or empty when the body has none. */
    private static String errorCode(HttpResponse<byte[]> response) {
        try {
            JsonNode json = JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
            return json == null ? "" : json.path("error").asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    private static ApiException failure(URI url, HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new ApiException(
                new ErrorResponse(
                        "POST", url, response.statusCode(), response.headers().map(), body),
                null);
    }

    private static ApiDecodingException decodingError(URI url, int status, String problem) {
        return new ApiDecodingException("POST " + url + " -> " + status + ": " + problem, status, "", null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "device authorization " + deviceAuthorizationUrl + ", token " + tokenUrl + ", client " + clientId;
    }
}
