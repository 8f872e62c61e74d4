package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Fetches and caches access tokens with the OAuth 2.0 client credentials grant; concurrent callers
 * share one token request.
 */
final class OAuth2TokenSource {
    /** Renew this long before expiry, so a token does not lapse between check and use. */
    private static final Duration EXPIRY_SKEW = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI tokenUrl;
    private final String clientAuthorization;
    private final String form;
    private final String clientId;
    private final Object lock = new Object();
    private Token cached; // guarded by lock
    private CompletableFuture<Token> pending; // guarded by lock

    /**
     * Creates a source for {@code tokenUrl}: an absolute http or https URL, or a relative reference
     * that {@link #resolvedAgainst} turns into one.
     */
    OAuth2TokenSource(URI tokenUrl, String clientId, String clientSecret, List<String> scopes) {
        this(
                requireHttpOrRelative(Objects.requireNonNull(tokenUrl, "tokenUrl")),
                Objects.requireNonNull(clientId, "clientId"),
                basicAuthorization(clientId, Objects.requireNonNull(clientSecret, "clientSecret")),
                "grant_type=client_credentials"
                        + (scopes.isEmpty() ? "" : "&scope=" + formEncode(String.join(" ", scopes))));
    }

    private OAuth2TokenSource(URI tokenUrl, String clientId, String clientAuthorization, String form) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientAuthorization = clientAuthorization;
        this.form = form;
    }

    /** RFC 6749 §2.3.1: id and secret are form-encoded before they are joined for HTTP Basic. */
    private static String basicAuthorization(String clientId, String clientSecret) {
        String pair = formEncode(clientId) + ":" + formEncode(clientSecret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static URI requireHttpOrRelative(URI tokenUrl) {
        boolean http = "http".equalsIgnoreCase(tokenUrl.getScheme()) || "https".equalsIgnoreCase(tokenUrl.getScheme());
        if (tokenUrl.isAbsolute() && (!http || tokenUrl.getHost() == null)) {
            throw new IllegalArgumentException(
                    "token URL must be an http or https URL or a relative reference: " + tokenUrl);
        }
        return tokenUrl;
    }

    /** Returns whether the token URL is relative, as OpenAPI allows, and so needs a base URL. */
    boolean isRelative() {
        return !tokenUrl.isAbsolute();
    }

    /**
     * Returns a source with the same client whose relative token URL is resolved against {@code
     * baseUrl} (RFC 3986), as OpenAPI resolves it against the server URL; it caches its own tokens.
     */
    OAuth2TokenSource resolvedAgainst(URI baseUrl) {
        return new OAuth2TokenSource(baseUrl.resolve(tokenUrl), clientId, clientAuthorization, form);
    }

    /** A fetched token and the {@link System#nanoTime()} after which it is considered expired. */
    private record Token(String value, long renewAtNanos, boolean expires) {
        boolean isFresh(long nowNanos) {
            return !expires || nowNanos - renewAtNanos < 0;
        }

        @Override
        public String toString() {
            return "Token[" + HeaderRules.MASK + "]";
        }
    }

    /**
     * Returns a cached token, or fetches one with {@code client} on the calling thread; callers that
     * come while a fetch is in flight wait for it instead of starting another. Calls resolve their
     * credentials on a thread that may block (the caller's, or the executor's for asynchronous
     * calls), and the JDK's {@code sendAsync} would complete the fetch on {@code CompletableFuture}'s
     * default async executor, which starts a thread per task on hosts with two processors or fewer.
     */
    CompletableFuture<String> token(HttpClient client, Duration timeout) {
        CompletableFuture<Token> fetching;
        synchronized (lock) {
            if (cached != null && cached.isFresh(System.nanoTime())) {
                return CompletableFuture.completedFuture(cached.value());
            }
            if (pending != null && !pending.isDone()) {
                return pending.thenApply(Token::value);
            }
            fetching = new CompletableFuture<>();
            pending = fetching;
        }
        try {
            fetching.complete(remember(fetch(client, timeout)));
        } catch (RuntimeException e) {
            fetching.completeExceptionally(e);
        }
        return fetching.thenApply(Token::value);
    }

    /** Drops {@code token} if it is still the cached one, after the API rejected it. */
    void invalidate(String token) {
        synchronized (lock) {
            if (cached != null && cached.value().equals(token)) {
                cached = null;
            }
        }
    }

    private Token remember(Token token) {
        synchronized (lock) {
            cached = token;
        }
        return token;
    }

    /** Requests a token; the timeout bounds the whole response, body included, as for API calls. */
    private Token fetch(HttpClient client, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", clientAuthorization)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        long sentAt = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = client.send(
                    request, info -> BodyReceiver.receive(sentAt + timeout.toNanos(), timeout, Function.identity()));
        } catch (IOException e) {
            throw ApiTransportException.of("POST", tokenUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiTransportException("POST " + tokenUrl + " was interrupted", e);
        }
        return parse(response, sentAt);
    }

    private Token parse(HttpResponse<byte[]> response, long sentAt) {
        int status = response.statusCode();
        if (status / 100 != 2) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            throw new ApiException(
                    new ErrorResponse(
                            "POST", tokenUrl, status, response.headers().map(), body),
                    null);
        }
        JsonNode json;
        try {
            json = JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            // No body excerpt: a half-readable token response may still contain the token.
            throw new ApiDecodingException(
                    "POST " + tokenUrl + " -> " + status + ": token response is not JSON", status, "", null);
        }
        String token = json == null ? "" : json.path("access_token").asText("");
        if (token.isEmpty()) {
            throw new ApiDecodingException(
                    "POST " + tokenUrl + " -> " + status + ": token response has no access_token", status, "", null);
        }
        long expiresIn = json.path("expires_in").asLong(-1);
        long renewAt = sentAt
                + Duration.ofSeconds(Math.max(expiresIn, 0)).minus(EXPIRY_SKEW).toNanos();
        return new Token(token, renewAt, expiresIn >= 0);
    }

    private static String formEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "token " + tokenUrl + ", client " + clientId;
    }
}
