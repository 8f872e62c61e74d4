package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TimeoutTest {
    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    @Test
    void slowServerTimesOutAndIdempotentRequestsAreRetried() throws InterruptedException {
        stub.server().respond(StubResponse.of(200, null, "late").after(Duration.ofSeconds(5)));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .requestTimeout(Duration.ofMillis(200))
                .build();

        assertThatThrownBy(() -> invoker.send(Fixtures.getPet(1), RequestOptions.none()))
                .isInstanceOf(ApiTimeoutException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class)
                // A retry's connect may time out first (JDK 21+ bounds the connect by the request
                // timeout when no connect timeout is set): that is an HttpTimeoutException too.
                .hasMessageMatching(Pattern.quote("GET " + stub.server().baseUrl() + "/pets/1 failed: ")
                        + "Http(Connect)?TimeoutException.*");
        assertThat(stub.server().awaitRequestCount(3, Duration.ofSeconds(5))).isEqualTo(3);
    }

    @Test
    void bodyThatStallsAfterTheHeadersTimesOutToo() throws InterruptedException {
        stub.server()
                .respond(StubResponse.json(200, "{\"id\":1,\"name\":\"a\"}").stallingBody(Duration.ofSeconds(5)));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .requestTimeout(Duration.ofMillis(300))
                .build();
        long start = System.nanoTime();

        assertThatThrownBy(() -> invoker.send(Fixtures.getPet(1), RequestOptions.none()))
                .isInstanceOf(ApiTimeoutException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class)
                .hasMessageEndingWith("failed: HttpTimeoutException: response not complete within PT0.3S");
        assertThat(stub.server().awaitRequestCount(3, Duration.ofSeconds(5)))
                .as("a timed-out GET is retried twice")
                .isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThatThrownBy(() -> invoker.sendAsync(Fixtures.getPet(1), RequestOptions.none())
                        .join())
                .hasCauseInstanceOf(ApiTimeoutException.class);
    }

    @Test
    void streamedBodyIsHandedOverOnceTheHeadersArrive() throws Exception {
        // The stall is twice the timeout, and the timeout long enough for headers on a loaded machine.
        stub.server().respond(StubResponse.of(200, null, "0123456789").stallingBody(Duration.ofMillis(3000)));
        Operation<java.io.InputStream> download =
                Operation.builder("GET", "/file", ResponseType.stream()).build();
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .requestTimeout(Duration.ofMillis(1500))
                .build();

        try (java.io.InputStream body = invoker.send(
                        ApiRequest.builder(download).build(), RequestOptions.none())
                .body()) {
            assertThat(new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("0123456789");
        }
    }

    @Test
    void perRequestTimeoutOverridesTheClients() {
        stub.server().respondInOrder(StubResponse.of(200, null, "late").after(Duration.ofSeconds(5)));
        ApiInvoker patient = Fixtures.invoker(stub.server().baseUrl()).build();

        assertThatThrownBy(() -> patient.send(
                        Fixtures.getPet(1),
                        RequestOptions.builder()
                                .timeout(Duration.ofMillis(200))
                                .retryPolicy(RetryPolicy.none())
                                .build()))
                .isInstanceOf(ApiTimeoutException.class);
        assertThat(stub.server().requests().size()).isEqualTo(1);
    }
}
