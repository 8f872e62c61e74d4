package dev.specpoet.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

class StubServerExtensionTest {
    @RegisterExtension
    static final StubServerExtension shared = new StubServerExtension();

    private static final Set<StubServer> sharedServers = ConcurrentHashMap.newKeySet();

    @Test
    void aStaticRegistrationServesOverHttpOnTheLoopbackInterface() throws Exception {
        shared.server().respond(StubResponse.json(200, "{\"ok\":true}"));

        HttpResponse<String> response = get(shared.server().baseUrl() + "/ping");

        assertThat(shared.server().baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":true}");
        assertThat(shared.server().requests())
                .extracting(RecordedRequest::rawPath)
                .contains("/ping");
        sharedServers.add(shared.server());
    }

    @Test
    void aStaticRegistrationKeepsOneServerForEveryTestOfTheClass() {
        sharedServers.add(shared.server());
    }

    @AfterAll
    static void oneServerServedTheClass() {
        assertThat(sharedServers).hasSize(1);
    }

    @Test
    void theServerIsStoppedAfterTheTestsAndUnavailableOutsideThem() throws Exception {
        StubServerExtension extension = new StubServerExtension();
        ExtensionContext context = null; // The extension does not read its context.

        assertThatThrownBy(extension::server)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
        extension.beforeAll(context);
        String url = extension.server().baseUrl();
        assertThat(get(url + "/").statusCode()).isEqualTo(404);
        extension.afterAll(context);

        assertThatThrownBy(extension::server).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> get(url + "/")).isInstanceOf(java.io.IOException.class);
    }

    @Nested
    class PerTest {
        @RegisterExtension
        final StubServerExtension own = new StubServerExtension();

        private static final Set<StubServer> ownServers = ConcurrentHashMap.newKeySet();

        @Test
        void anInstanceRegistrationGivesEachTestAServerOfItsOwn() {
            assertThat(ownServers.add(own.server())).isTrue();
            assertThat(own.server().requests()).isEmpty();
        }

        @Test
        void theEnclosingClassKeepsItsServerMeanwhile() {
            sharedServers.add(shared.server());
        }

        @Test
        void soDoesItForTheNextTest() {
            assertThat(ownServers.add(own.server())).isTrue();
            assertThat(own.server().requests()).isEmpty();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
