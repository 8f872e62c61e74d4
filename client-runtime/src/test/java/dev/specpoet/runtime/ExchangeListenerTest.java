package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.runtime.TestServer.Reply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExchangeListenerTest {
    private static final Operation<Void> SECURED = Operation.builder("POST", "/orders", ResponseType.none())
            .operationId("createOrder")
            .security(List.of(List.of("ApiKeyAuth", "QueryKey", "CookieKey")))
            .build();

    private final TestServer server = TestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Records every event in order. */
    static final class Recorder implements ExchangeListener {
        final List<Record> events = new CopyOnWriteArrayList<>();

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
    }

    @Test
    void eventsDescribeTheExchangeWithSecretsMasked() {
        Recorder recorder = new Recorder();
        ApiInvoker invoker = Fixtures.invoker(server.url())
                .listener(recorder)
                .credential("ApiKeyAuth", Credential.apiKeyHeader("X-API-Key", "hk"))
                .credential("QueryKey", Credential.apiKeyQuery("api_key", "qk"))
                .credential("CookieKey", Credential.apiKeyCookie("sid", "ck"))
                .build();
        server.enqueue(Reply.of(503, "busy", "Set-Cookie", "tracker=1")).enqueue(Reply.of(400, "bad"));

        assertThatThrownBy(() -> invoker.send(
                        ApiRequest.builder(SECURED).header("X-Trace", "t-1").build(),
                        RequestOptions.builder().idempotencyKey("idem-1").build()))
                .isInstanceOf(ApiException.class);

        assertThat(recorder.events)
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly(
                        "RequestEvent", "ResponseEvent", "RetryEvent", "RequestEvent", "ResponseEvent", "FailureEvent");
        ExchangeListener.RequestEvent request = (ExchangeListener.RequestEvent) recorder.events.get(0);
        assertThat(request.operationId()).isEqualTo("createOrder");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.attempt()).isEqualTo(1);
        assertThat(request.uri()).hasToString(server.url() + "/orders?api_key=****");
        assertThat(request.headers())
                .containsEntry("X-API-Key", List.of("****"))
                .containsEntry("Cookie", List.of("****"))
                .containsEntry("Idempotency-Key", List.of("****"))
                .containsEntry("X-Trace", List.of("t-1"));
        ExchangeListener.ResponseEvent response = (ExchangeListener.ResponseEvent) recorder.events.get(1);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers()).containsEntry("Set-Cookie", List.of("****"));
        assertThat(response.elapsed()).isPositive();
        ExchangeListener.RequestEvent second = (ExchangeListener.RequestEvent) recorder.events.get(3);
        assertThat(second.attempt()).isEqualTo(2);
        ExchangeListener.FailureEvent failure = (ExchangeListener.FailureEvent) recorder.events.get(5);
        assertThat(failure.failure()).isInstanceOf(ApiException.class);
        assertThat(failure.attempt()).isEqualTo(2);
        assertThat(recorder.events.toString()).doesNotContain("hk", "qk", "ck", "idem-1", "tracker");
    }

    @Test
    void throwingListenerDoesNotBreakTheCall() {
        ExchangeListener broken = new ExchangeListener() {
            @Override
            public void onRequest(RequestEvent event) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onResponse(ResponseEvent event) {
                throw new IllegalStateException("listener bug");
            }
        };
        ApiInvoker invoker = Fixtures.invoker(server.url()).listener(broken).build();
        server.enqueue(Reply.json(200, "{\"id\":1,\"name\":\"a\"}"));

        assertThat(invoker.send(Fixtures.getPet(1), RequestOptions.none()).body())
                .isEqualTo(new Fixtures.Pet(1, "a"));
    }
}
