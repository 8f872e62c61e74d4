package dev.specpoet.runtime;

import static dev.specpoet.runtime.Fixtures.Pet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResponseDecodingTest {
    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    private ApiInvoker invoker;

    @BeforeEach
    void connect() {
        invoker = Fixtures.invoker(stub.server().baseUrl()).build();
    }

    @Test
    void decodesJsonAndSendsUserAgentAndAccept() {
        stub.server().respondInOrder(StubResponse.json(200, "{\"id\":7,\"name\":\"Rex\",\"extra\":true}"));

        ApiResponse<Pet> response = invoker.send(Fixtures.getPet(7), RequestOptions.none());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(new Pet(7, "Rex"));
        assertThat(response.firstHeader("content-type")).contains("application/json");
        RecordedRequest request = stub.server().lastRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/pets/7");
        assertThat(request.header("Accept")).contains("application/json");
        assertThat(request.header("User-Agent"))
                .hasValueSatisfying(agent ->
                        assertThat(agent).isEqualTo("specpoet-client Java/" + System.getProperty("java.version")));
    }

    @Test
    void customUserAgentAndDefaultHeadersAreSent() {
        ApiInvoker custom = Fixtures.invoker(stub.server().baseUrl() + "/v3/")
                .userAgent("specpoet-client/0.1.0 test")
                .defaultHeader("X-Tenant", "t1")
                .build();
        stub.server().respondInOrder(StubResponse.json(200, "{\"id\":1,\"name\":\"a\"}"));

        custom.send(Fixtures.getPet(1), RequestOptions.none());

        assertThat(stub.server().lastRequest().rawPath()).isEqualTo("/v3/pets/1");
        assertThat(stub.server().lastRequest().header("User-Agent")).contains("specpoet-client/0.1.0 test");
        assertThat(stub.server().lastRequest().header("X-Tenant")).contains("t1");
    }

    @Test
    void encodedPathArrivesUnchanged() {
        stub.server().respondInOrder(StubResponse.empty(204));
        Operation<Void> operation = Operation.builder("DELETE", "/files/{name}", ResponseType.none())
                .build();

        invoker.send(
                ApiRequest.builder(operation).pathParam("name", "../a b/ü?#").build(), RequestOptions.none());

        assertThat(stub.server().lastRequest().rawPath()).isEqualTo("/files/..%2Fa%20b%2F%C3%BC%3F%23");
    }

    @Test
    void decodesGenericJson() {
        stub.server().respondInOrder(StubResponse.json(200, "[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]"));

        List<Pet> pets =
                send(ResponseType.json(new TypeReference<List<Pet>>() {})).body();

        assertThat(pets).containsExactly(new Pet(1, "a"), new Pet(2, "b"));
    }

    @Test
    void emptyJsonBodyIsNull() {
        stub.server().respondInOrder(StubResponse.of(200, "application/json", ""));

        assertThat(send(ResponseType.json(Pet.class)).body()).isNull();
    }

    @Test
    void noneTextAndBytes() {
        stub.server().respondInOrder(StubResponse.of(200, null, "ignored"));
        stub.server().respondInOrder(StubResponse.of(200, "text/plain; charset=ISO-8859-1", "h\u00e9"));
        stub.server().respondInOrder(StubResponse.of(200, null, "raw"));

        assertThat(send(ResponseType.none()).body()).isNull();
        assertThat(send(ResponseType.text()).body())
                .isEqualTo(new String("h\u00e9".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(send(ResponseType.bytes()).body()).isEqualTo("raw".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void streamIsHandedOverOpen() throws Exception {
        stub.server().respondInOrder(StubResponse.of(200, null, "streamed"));

        try (InputStream body = send(ResponseType.stream()).body()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("streamed");
        }
    }

    @Test
    void jsonStringAcceptsPlainText() {
        stub.server().respondInOrder(StubResponse.json(200, "\"quoted\""));
        stub.server().respondInOrder(StubResponse.json(200, "plain text, not JSON"));

        assertThat(send(ResponseType.json(String.class)).body()).isEqualTo("quoted");
        assertThat(send(ResponseType.json(String.class)).body()).isEqualTo("plain text, not JSON");
    }

    @Test
    void malformedJsonFailsWithDecodingException() {
        stub.server().respondInOrder(StubResponse.json(200, "{\"id\":1,"));

        assertThatThrownBy(() -> send(ResponseType.json(Pet.class)))
                .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.bodyExcerpt()).isEqualTo("{\"id\":1,");
                })
                .hasMessageStartingWith("GET " + stub.server().baseUrl() + "/thing -> 200: cannot decode body as json(")
                .hasMessageContaining("Pet");
    }

    @Test
    void htmlOn200FailsWithShortExcerpt() {
        String page = "<html>\n<body>" + "x".repeat(5000) + "</body></html>";
        stub.server().respondInOrder(StubResponse.of(200, "text/html", page));

        assertThatThrownBy(() -> send(ResponseType.json(Pet.class)))
                .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                    assertThat(e.bodyExcerpt()).startsWith("<html> <body>xxx").hasSizeLessThanOrEqualTo(200);
                });
    }

    @Test
    void trailingGarbageIsMalformed() {
        stub.server().respondInOrder(StubResponse.json(200, "{\"id\":1,\"name\":\"a\"} trailing"));

        assertThatThrownBy(() -> send(ResponseType.json(Pet.class))).isInstanceOf(ApiDecodingException.class);
    }

    /** A FastAPI-style event: Pydantic writes naive datetimes without an offset. */
    record Event(OffsetDateTime createdAt, String name) {}

    @Test
    void timestampWithoutOffsetIsReadAsUtcAndWrittenWithOne() {
        stub.server()
                .respondInOrder(
                        StubResponse.json(200, "{\"createdAt\":\"2024-08-09T12:08:34.847381\",\"name\":\"e\"}"));
        stub.server()
                .respondInOrder(
                        StubResponse.json(200, "{\"createdAt\":\"2024-08-09T12:08:34.847381\",\"name\":\"e\"}"));

        Event event = send(ResponseType.json(Event.class)).body();

        assertThat(event.createdAt()).isEqualTo(OffsetDateTime.parse("2024-08-09T12:08:34.847381Z"));
        Operation<Event> post = Operation.builder("POST", "/events", ResponseType.json(Event.class))
                .build();
        invoker.send(
                ApiRequest.builder(post).jsonBody(event, "application/json").build(), RequestOptions.none());
        assertThat(stub.server().lastRequest().bodyText())
                .isEqualTo("{\"createdAt\":\"2024-08-09T12:08:34.847381Z\",\"name\":\"e\"}");
    }

    private <T> ApiResponse<T> send(ResponseType<T> type) {
        Operation<T> operation = Operation.builder("GET", "/thing", type).build();
        return invoker.send(ApiRequest.builder(operation).build(), RequestOptions.none());
    }
}
