package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.runtime.TestServer.Reply;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedirectTest {
    private static final Operation<String> FETCH = Operation.builder("GET", "/start", ResponseType.text())
            .security(List.of(List.of("ApiKeyAuth", "QueryKey")))
            .build();

    private final TestServer origin = TestServer.start();
    private final TestServer other = TestServer.startOnLocalhost();
    private final ApiInvoker invoker = Fixtures.invoker(origin.url())
            .credential("ApiKeyAuth", Credential.apiKeyHeader("X-API-Key", "k1"))
            .credential("QueryKey", Credential.apiKeyQuery("api_key", "q1"))
            .build();

    @AfterEach
    void stop() {
        origin.close();
        other.close();
    }

    @Test
    void redirectToAnotherOriginCarriesNoCredentials() {
        String target = "http://localhost:" + other.port() + "/landing?x=1";
        origin.enqueue(Reply.of(302, "", "Location", target));
        other.enqueue(Reply.of(200, "arrived"));

        String body = invoker.send(
                        ApiRequest.builder(FETCH).cookie("session", "c1").build(),
                        RequestOptions.builder()
                                .header("Authorization", "Bearer own")
                                .build())
                .body();

        assertThat(body).isEqualTo("arrived");
        assertThat(origin.lastRequest().header("X-API-Key")).contains("k1");
        assertThat(origin.lastRequest().rawQuery()).isEqualTo("api_key=q1");
        TestServer.Recorded landed = other.lastRequest();
        assertThat(landed.rawPath()).isEqualTo("/landing");
        assertThat(landed.rawQuery()).isEqualTo("x=1");
        assertThat(landed.header("X-API-Key")).isEmpty();
        assertThat(landed.header("Authorization")).isEmpty();
        assertThat(landed.header("Cookie")).isEmpty();
        assertThat(landed.header("User-Agent")).isPresent();
    }

    @Test
    void redirectWithinTheOriginKeepsCredentials() {
        origin.enqueue(Reply.of(307, "", "Location", "/moved"));
        origin.enqueue(Reply.of(200, "here"));

        assertThat(invoker.send(ApiRequest.builder(FETCH).build(), RequestOptions.none())
                        .body())
                .isEqualTo("here");

        TestServer.Recorded moved = origin.lastRequest();
        assertThat(moved.rawPath()).isEqualTo("/moved");
        assertThat(moved.header("X-API-Key")).contains("k1");
        assertThat(moved.rawQuery()).isEqualTo("api_key=q1");
    }

    @Test
    void methodAndBodyFollowTheStatus() {
        Operation<Void> post =
                Operation.builder("POST", "/submit", ResponseType.none()).build();
        origin.enqueue(Reply.of(303, "", "Location", "/see-other"));
        origin.enqueue(Reply.of(204, ""));
        origin.enqueue(Reply.of(301, "", "Location", "/moved-permanently"));
        origin.enqueue(Reply.of(204, ""));
        origin.enqueue(Reply.of(308, "", "Location", "/permanent-redirect"));
        origin.enqueue(Reply.of(204, ""));

        for (int i = 0; i < 3; i++) {
            invoker.send(
                    ApiRequest.builder(post).textBody("payload", "text/plain").build(), RequestOptions.none());
        }

        List<TestServer.Recorded> requests = origin.requests();
        assertThat(requests)
                .extracting(r -> r.method() + " " + r.rawPath() + " " + r.bodyText())
                .containsExactly(
                        "POST /submit payload",
                        "GET /see-other ",
                        "POST /submit payload",
                        "GET /moved-permanently ",
                        "POST /submit payload",
                        "POST /permanent-redirect payload");
        assertThat(requests.get(1).header("Content-Type")).isEmpty();
        assertThat(requests.get(5).header("Content-Type")).contains("text/plain");
    }

    @Test
    void atMostFiveRedirectsAreFollowed() {
        origin.otherwise(request -> Reply.of(302, "loop", "Location", "/again"));

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(FETCH).build(), RequestOptions.none()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(302));
        assertThat(origin.requestCount()).isEqualTo(6);
    }

    @Test
    void clientThatFollowsRedirectsItselfIsLeftToIt() {
        ApiInvoker following = Fixtures.invoker(origin.url())
                .httpClient(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build())
                .build();
        Operation<String> open =
                Operation.builder("GET", "/start", ResponseType.text()).build();
        origin.enqueue(Reply.of(302, "", "Location", "/next"));
        origin.enqueue(Reply.of(200, "followed by the JDK"));

        assertThat(following
                        .send(ApiRequest.builder(open).build(), RequestOptions.none())
                        .body())
                .isEqualTo("followed by the JDK");
    }
}
