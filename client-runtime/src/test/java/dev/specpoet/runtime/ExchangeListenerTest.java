package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExchangeListenerTest {
    private static final Operation<Void> SECURED = Operation.builder("POST", "/orders", ResponseType.none())
            .operationId("createOrder")
            .security(List.of(List.of("ApiKeyAuth", "QueryKey", "CookieKey")))
            .build();

    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

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
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .listener(recorder)
                .credential("ApiKeyAuth", Credential.apiKeyHeader("X-API-Key", "hk"))
                .credential("QueryKey", Credential.apiKeyQuery("api_key", "qk"))
                .credential("CookieKey", Credential.apiKeyCookie("sid", "ck"))
                .build();
        stub.server()
                .respondInOrder(StubResponse.of(503, null, "busy").withHeader("Set-Cookie", "tracker=1"))
                .respondInOrder(StubResponse.of(400, null, "bad"));

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
        assertThat(request.uri()).hasToString(stub.server().baseUrl() + "/orders?api_key=****");
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
        ApiInvoker invoker =
                Fixtures.invoker(stub.server().baseUrl()).listener(broken).build();
        stub.server().respondInOrder(StubResponse.json(200, "{\"id\":1,\"name\":\"a\"}"));

        assertThat(invoker.send(Fixtures.getPet(1), RequestOptions.none()).body())
                .isEqualTo(new Fixtures.Pet(1, "a"));
    }
}
