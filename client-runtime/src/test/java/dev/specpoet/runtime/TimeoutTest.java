package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.runtime.TestServer.Reply;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeoutTest {
    private final TestServer server = TestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void slowServerTimesOutAndIdempotentRequestsAreRetried() {
        server.otherwise(request -> Reply.of(200, "late").after(Duration.ofSeconds(5)));
        ApiInvoker invoker = Fixtures.invoker(server.url())
                .requestTimeout(Duration.ofMillis(200))
                .build();

        assertThatThrownBy(() -> invoker.send(Fixtures.getPet(1), RequestOptions.none()))
                .isInstanceOf(ApiTimeoutException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class)
                // A retry's connect may time out first (JDK 21+ bounds the connect by the request
                // timeout when no connect timeout is set): that is an HttpTimeoutException too.
                .hasMessageMatching(
                        Pattern.quote("GET " + server.url() + "/pets/1 failed: ") + "Http(Connect)?TimeoutException.*");
        assertThat(server.requestCountReaching(3, Duration.ofSeconds(5))).isEqualTo(3);
    }

    @Test
    void bodyThatStallsAfterTheHeadersTimesOutToo() {
        server.otherwise(request -> Reply.json(200, "{\"id\":1,\"name\":\"a\"}").stallingBody(Duration.ofSeconds(5)));
        ApiInvoker invoker = Fixtures.invoker(server.url())
                .requestTimeout(Duration.ofMillis(300))
                .build();
        long start = System.nanoTime();

        assertThatThrownBy(() -> invoker.send(Fixtures.getPet(1), RequestOptions.none()))
                .isInstanceOf(ApiTimeoutException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class)
                .hasMessageEndingWith("failed: HttpTimeoutException: response not complete within PT0.3S");
        assertThat(server.requestCountReaching(3, Duration.ofSeconds(5)))
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
        server.otherwise(request -> Reply.of(200, "0123456789").stallingBody(Duration.ofMillis(3000)));
        Operation<java.io.InputStream> download =
                Operation.builder("GET", "/file", ResponseType.stream()).build();
        ApiInvoker invoker = Fixtures.invoker(server.url())
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
        server.enqueue(Reply.of(200, "late").after(Duration.ofSeconds(5)));
        ApiInvoker patient = Fixtures.invoker(server.url()).build();

        assertThatThrownBy(() -> patient.send(
                        Fixtures.getPet(1),
                        RequestOptions.builder()
                                .timeout(Duration.ofMillis(200))
                                .retryPolicy(RetryPolicy.none())
                                .build()))
                .isInstanceOf(ApiTimeoutException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
