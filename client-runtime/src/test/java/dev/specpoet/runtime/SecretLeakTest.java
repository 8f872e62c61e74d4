package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.specpoet.testserver.ResetServer;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs many exchanges with one recognisable secret everywhere and looks for it in all output. */
class SecretLeakTest {
    private static final String SECRET = "S3CR3T-5f1c9a";
    private static final List<String> LEAK_FORMS = List.of(
            SECRET,
            URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
            base64("alice:" + SECRET),
            base64("client:" + SECRET));

    @RegisterExtension
    final StubServerExtension api = new StubServerExtension();

    @RegisterExtension
    final StubServerExtension auth = new StubServerExtension();

    @RegisterExtension
    final StubServerExtension elsewhere = new StubServerExtension();

    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final List<Object> observed = new ArrayList<>();

    private final ExchangeListener listener = new ExchangeListener() {
        @Override
        public void onRequest(RequestEvent event) {
            events.add(event);
        }

        @Override
        public void onResponse(ResponseEvent event) {
            events.add(event);
        }

        @Override
        public void onRetry(RetryEvent event) {
            events.add(event);
        }

        @Override
        public void onFailure(FailureEvent event) {
            events.add(event);
        }
    };

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Operation<String> secured(String scheme) {
        return Operation.builder("GET", "/data", ResponseType.json(String.class))
                .operationId("getDataWith" + scheme)
                .security(List.of(List.of(scheme)))
                .build();
    }

    private ApiInvoker invoker(String baseUrl, Duration timeout) {
        ApiInvoker invoker = Fixtures.invoker(baseUrl)
                .requestTimeout(timeout)
                .listener(listener)
                .credential("HeaderKey", Credential.apiKeyHeader("X-API-Key", SECRET))
                .credential("QueryKey", Credential.apiKeyQuery("api_key", SECRET))
                .credential("CookieKey", Credential.apiKeyCookie("sid", SECRET))
                .credential("Basic", Credential.basic("alice", SECRET))
                .credential("Bearer", Credential.bearer(() -> SECRET))
                .credential("Injected", Credential.bearer(() -> SECRET + "\r\nX-Evil: 1"))
                .credential(
                        "OAuth",
                        Credential.oauth2ClientCredentials(
                                auth.server().baseUrl() + "/token", "client", SECRET, List.of()))
                .build();
        observed.add(invoker);
        return invoker;
    }

    @Test
    void secretAppearsInNoMessageToStringOrEvent() {
        auth.server().respond(StubResponse.json(200, "{\"access_token\":\"" + SECRET + "\",\"expires_in\":3600}"));
        ApiInvoker invoker = invoker(api.server().baseUrl(), Duration.ofSeconds(5));
        String away = "http://localhost:" + elsewhere.server().port() + "/away";
        elsewhere.server().respond(StubResponse.json(200, "\"ok\""));

        api.server()
                .respondInOrder(
                        StubResponse.of(200, "application/json", "\"fine\"").withHeader("Set-Cookie", "sid=" + SECRET));
        call(
                invoker,
                "HeaderKey",
                RequestOptions.builder().header("Authorization", SECRET).build());
        api.server().respondInOrder(StubResponse.of(500, null, "<html>error</html>"));
        call(invoker, "QueryKey", RequestOptions.none());
        api.server().respondInOrder(StubResponse.redirect(302, away));
        call(
                invoker,
                "CookieKey",
                RequestOptions.builder().idempotencyKey(SECRET).build());
        api.server().respondInOrder(StubResponse.of(401, null, "who are you"));
        call(invoker, "Basic", RequestOptions.none());
        api.server()
                .respondInOrder(StubResponse.of(503, null, "busy"))
                .respondInOrder(StubResponse.of(503, null, "busy"))
                .respondInOrder(StubResponse.of(503, null, "busy"));
        call(invoker, "Bearer", RequestOptions.none());
        call(invoker, "Injected", RequestOptions.none());
        api.server().respondInOrder(StubResponse.empty(401)).respondInOrder(StubResponse.json(200, "{\"broken\":"));
        call(invoker, "OAuth", RequestOptions.none());
        call(invoker, "Missing", RequestOptions.none());
        api.server().respondInOrder(StubResponse.json(200, "\"ok\"").after(Duration.ofSeconds(5)));
        call(
                invoker(api.server().baseUrl(), Duration.ofMillis(100)),
                "QueryKey",
                RequestOptions.builder().retryPolicy(RetryPolicy.none()).build());
        observed.add(catchThrowable(() -> invoker(api.server().baseUrl(), Duration.ofSeconds(5))
                .sendAsync(ApiRequest.builder(secured("QueryKey")).build(), RequestOptions.none())
                .join()));
        try (ResetServer resetting = ResetServer.start()) {
            call(invoker(resetting.baseUrl(), Duration.ofSeconds(5)), "QueryKey", RequestOptions.none());
        }
        observed.add(RequestOptions.builder()
                .header("X-Api-Token", SECRET)
                .idempotencyKey(SECRET)
                .build());
        observed.add(ApiRequest.builder(secured("HeaderKey"))
                .header("X-Custom-Token", SECRET)
                .cookie("sid", SECRET)
                .build());

        assertThat(elsewhere.server().requests())
                .singleElement()
                .satisfies(request ->
                        assertThat(request.headers() + " " + request.rawQuery()).doesNotContain(LEAK_FORMS));
        assertThat(events).hasSizeGreaterThan(20);
        assertThat(observed).hasSizeGreaterThan(15);
        for (Object object : observed) {
            assertNoLeak(object);
        }
        for (Object event : events) {
            assertNoLeak(event);
        }
    }

    private void call(ApiInvoker invoker, String scheme, RequestOptions options) {
        Supplier<ApiResponse<String>> send =
                () -> invoker.send(ApiRequest.builder(secured(scheme)).build(), options);
        Throwable failure = catchThrowable(() -> observed.add(send.get()));
        if (failure != null) {
            observed.add(failure);
        }
    }

    private static void assertNoLeak(Object object) {
        List<String> texts = new ArrayList<>();
        texts.add(String.valueOf(object));
        for (Throwable t = object instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
            texts.add(t.toString());
            texts.add(String.valueOf(t.getMessage()));
            for (Throwable suppressed : t.getSuppressed()) {
                texts.add(suppressed.toString());
            }
            if (t instanceof ApiException api) {
                texts.add(api.response().toString());
                texts.add(api.uri().toString());
            }
        }
        for (String text : texts) {
            assertThat(text)
                    .as("output of %s", object.getClass().getSimpleName())
                    .doesNotContain(LEAK_FORMS);
        }
    }
}
