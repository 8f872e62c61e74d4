package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedirectTest {
    private static final Operation<String> FETCH = Operation.builder("GET", "/start", ResponseType.text())
            .security(List.of(List.of("ApiKeyAuth", "QueryKey")))
            .build();

    @RegisterExtension
    final StubServerExtension origin = new StubServerExtension();

    @RegisterExtension
    final StubServerExtension other = new StubServerExtension();

    private ApiInvoker invoker;

    @BeforeEach
    void connect() {
        invoker = Fixtures.invoker(origin.server().baseUrl())
                .credential("ApiKeyAuth", Credential.apiKeyHeader("X-API-Key", "k1"))
                .credential("QueryKey", Credential.apiKeyQuery("api_key", "q1"))
                .build();
    }

    @Test
    void redirectToAnotherOriginCarriesNoCredentials() {
        String target = "http://localhost:" + other.server().port() + "/landing?x=1";
        origin.server().respondInOrder(StubResponse.redirect(302, target));
        other.server().respondInOrder(StubResponse.of(200, null, "arrived"));

        String body = invoker.send(
                        ApiRequest.builder(FETCH).cookie("session", "c1").build(),
                        RequestOptions.builder()
                                .header("Authorization", "Bearer own")
                                .build())
                .body();

        assertThat(body).isEqualTo("arrived");
        assertThat(origin.server().lastRequest().header("X-API-Key")).contains("k1");
        assertThat(origin.server().lastRequest().rawQuery()).isEqualTo("api_key=q1");
        RecordedRequest landed = other.server().lastRequest();
        assertThat(landed.rawPath()).isEqualTo("/landing");
        assertThat(landed.rawQuery()).isEqualTo("x=1");
        assertThat(landed.header("X-API-Key")).isEmpty();
        assertThat(landed.header("Authorization")).isEmpty();
        assertThat(landed.header("Cookie")).isEmpty();
        assertThat(landed.header("User-Agent")).isPresent();
    }

    @Test
    void redirectWithinTheOriginKeepsCredentials() {
        origin.server().respondInOrder(StubResponse.redirect(307, "/moved"));
        origin.server().respondInOrder(StubResponse.of(200, null, "here"));

        assertThat(invoker.send(ApiRequest.builder(FETCH).build(), RequestOptions.none())
                        .body())
                .isEqualTo("here");

        RecordedRequest moved = origin.server().lastRequest();
        assertThat(moved.rawPath()).isEqualTo("/moved");
        assertThat(moved.header("X-API-Key")).contains("k1");
        assertThat(moved.rawQuery()).isEqualTo("api_key=q1");
    }

    @Test
    void methodAndBodyFollowTheStatus() {
        Operation<Void> post =
                Operation.builder("POST", "/submit", ResponseType.none()).build();
        origin.server().respondInOrder(StubResponse.redirect(303, "/see-other"));
        origin.server().respondInOrder(StubResponse.empty(204));
        origin.server().respondInOrder(StubResponse.redirect(301, "/moved-permanently"));
        origin.server().respondInOrder(StubResponse.empty(204));
        origin.server().respondInOrder(StubResponse.redirect(308, "/permanent-redirect"));
        origin.server().respondInOrder(StubResponse.empty(204));

        for (int i = 0; i < 3; i++) {
            invoker.send(
                    ApiRequest.builder(post).textBody("payload", "text/plain").build(), RequestOptions.none());
        }

        List<RecordedRequest> requests = origin.server().requests();
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
        origin.server().respond(StubResponse.of(302, null, "loop").withHeader("Location", "/again"));

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(FETCH).build(), RequestOptions.none()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(302));
        assertThat(origin.server().requests().size()).isEqualTo(6);
    }

    @Test
    void clientThatFollowsRedirectsItselfIsLeftToIt() {
        ApiInvoker following = Fixtures.invoker(origin.server().baseUrl())
                .httpClient(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build())
                .build();
        Operation<String> open =
                Operation.builder("GET", "/start", ResponseType.text()).build();
        origin.server().respondInOrder(StubResponse.redirect(302, "/next"));
        origin.server().respondInOrder(StubResponse.of(200, null, "followed by the JDK"));

        assertThat(following
                        .send(ApiRequest.builder(open).build(), RequestOptions.none())
                        .body())
                .isEqualTo("followed by the JDK");
    }
}
