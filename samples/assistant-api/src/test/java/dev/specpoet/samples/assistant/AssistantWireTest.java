package dev.specpoet.samples.assistant;

import dev.specpoet.runtime.RetryPolicy;
import dev.specpoet.samples.assistant.client.ApiClient;
import dev.specpoet.testserver.StubServer;
import dev.specpoet.testserver.StubServerExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stub server on 127.0.0.1 and the client the assistant's wire tests call it with. */
abstract class AssistantWireTest {
    @RegisterExtension
    static final StubServerExtension stub = new StubServerExtension();

    static StubServer server;

    @BeforeAll
    static void start() {
        server = stub.server();
    }

    @BeforeEach
    void reset() {
        server.clear();
    }

    @SuppressWarnings("deprecation") // the spec's legacy key scheme is deprecated, and still works
    static ApiClient client() {
        return ApiClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .retryPolicy(RetryPolicy.none())
                .legacyKey("legacy-key-5e1d")
                .build();
    }
}
