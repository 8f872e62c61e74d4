package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.runtime.Fixtures.Pet;
import dev.specpoet.testserver.ResetServer;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {
    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    private final List<ExchangeListener.RetryEvent> retries = new CopyOnWriteArrayList<>();
    private final ExchangeListener recorder = new ExchangeListener() {
        @Override
        public void onRetry(RetryEvent event) {
            retries.add(event);
        }
    };
    private ApiInvoker invoker;

    @BeforeEach
    void connect() {
        invoker = Fixtures.invoker(stub.server().baseUrl()).listener(recorder).build();
    }

    @Test
    void serviceUnavailableThenSuccessIsRetried() {
        stub.server()
                .respondInOrder(StubResponse.of(503, null, "busy"))
                .respondInOrder(StubResponse.json(200, "{\"id\":1,\"name\":\"a\"}"));

        ApiResponse<Pet> response = invoker.send(Fixtures.getPet(1), RequestOptions.none());

        assertThat(response.body()).isEqualTo(new Pet(1, "a"));
        assertThat(stub.server().requests().size()).isEqualTo(2);
        assertThat(retries).singleElement().satisfies(retry -> {
            assertThat(retry.statusCode()).hasValue(503);
            assertThat(retry.attempt()).isEqualTo(1);
        });
    }

    @Test
    void retriesStopAfterMaxRetries() {
        stub.server().respond(StubResponse.of(502, null, "bad gateway"));

        assertThatThrownBy(() -> invoker.send(Fixtures.getPet(1), RequestOptions.none()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(502));
        assertThat(stub.server().requests().size()).isEqualTo(3);
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        stub.server()
                .respondInOrder(StubResponse.of(429, null, "slow down").withHeader("Retry-After", "1"))
                .respondInOrder(StubResponse.json(200, "{\"id\":1,\"name\":\"a\"}"));

        invoker.send(Fixtures.getPet(1), RequestOptions.none());

        assertThat(stub.server().requests().size()).isEqualTo(2);
        assertThat(retries)
                .singleElement()
                .satisfies(retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void retryAfterBeyondTheLimitIsNotWaitedFor() {
        stub.server()
                .respondInOrder(StubResponse.of(429, null, "come back tomorrow").withHeader("Retry-After", "86400"));

        assertThatThrownBy(() -> invoker.send(Fixtures.getPet(1), RequestOptions.none()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
        assertThat(stub.server().requests().size()).isEqualTo(1);
    }

    @Test
    void postIsNotRetriedByDefault() {
        stub.server().respondInOrder(StubResponse.of(503, null, "busy"));

        assertThatThrownBy(() -> invoker.send(Fixtures.createPet(new Pet(1, "a")), RequestOptions.none()))
                .isInstanceOf(ApiException.class);
        assertThat(stub.server().requests().size()).isEqualTo(1);
    }

    @Test
    void postWithIdempotencyKeyIsRetriedAndKeepsKeyAndBody() {
        stub.server()
                .respondInOrder(StubResponse.of(503, null, "busy"))
                .respondInOrder(StubResponse.json(201, "{\"id\":1,\"name\":\"a\"}"));

        ApiResponse<Pet> response = invoker.send(
                Fixtures.createPet(new Pet(1, "a")),
                RequestOptions.builder().idempotencyKey("create-1").build());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(stub.server().requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.header("Idempotency-Key")).contains("create-1");
            assertThat(request.bodyText()).isEqualTo("{\"id\":1,\"name\":\"a\"}");
        });
    }

    @Test
    void postIsRetriedWhenThePolicyAllowsIt() {
        stub.server()
                .respondInOrder(StubResponse.of(503, null, "busy"))
                .respondInOrder(StubResponse.json(201, "{\"id\":1,\"name\":\"a\"}"));
        RetryPolicy policy =
                Fixtures.FAST_RETRIES.toBuilder().retryNonIdempotent(true).build();

        invoker.send(
                Fixtures.createPet(new Pet(1, "a")),
                RequestOptions.builder().retryPolicy(policy).build());

        assertThat(stub.server().requests().size()).isEqualTo(2);
    }

    @Test
    void connectionResetIsATransportFailureRetriedOnlyForIdempotentMethods() throws IOException {
        try (ResetServer resetting = ResetServer.start()) {
            ApiInvoker toReset =
                    Fixtures.invoker(resetting.baseUrl()).listener(recorder).build();

            assertThatThrownBy(() -> toReset.send(Fixtures.getPet(1), RequestOptions.none()))
                    .isExactlyInstanceOf(ApiTransportException.class)
                    .hasMessageStartingWith("GET " + resetting.baseUrl() + "/pets/1 failed: ")
                    .hasCauseInstanceOf(IOException.class);
            // Counted by our retry events: the JDK itself may also resend a GET once on a dead connection.
            assertThat(retries).hasSize(2);

            retries.clear();
            int before = resetting.connections();
            assertThatThrownBy(() -> toReset.send(Fixtures.createPet(new Pet(1, "a")), RequestOptions.none()))
                    .isExactlyInstanceOf(ApiTransportException.class);
            assertThat(retries).isEmpty();
            assertThat(resetting.connections() - before).isEqualTo(1);
        }
    }

    @Test
    void refusedConnectionIsRetriedEvenForPost() throws IOException {
        String closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = "http://127.0.0.1:" + socket.getLocalPort();
        }
        ApiInvoker refused = Fixtures.invoker(closedPort).listener(recorder).build();

        assertThatThrownBy(() -> refused.send(Fixtures.createPet(new Pet(1, "a")), RequestOptions.none()))
                .isInstanceOf(ApiTransportException.class);
        assertThat(retries)
                .hasSize(2)
                .allSatisfy(retry -> assertThat(retry.failure()).isPresent());
    }

    @Test
    void noRetriesWithNonePolicy() {
        stub.server().respond(StubResponse.of(503, null, "busy"));

        assertThatThrownBy(() -> invoker.send(
                        Fixtures.getPet(1),
                        RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()))
                .isInstanceOf(ApiException.class);
        assertThat(stub.server().requests().size()).isEqualTo(1);
    }
}
