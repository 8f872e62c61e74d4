package dev.specpoet.samples.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.runtime.DeviceAuthorization;
import dev.specpoet.runtime.EventStream;
import dev.specpoet.samples.assistant.client.ApiClient;
import dev.specpoet.samples.assistant.client.api.ConversationsApi;
import dev.specpoet.samples.assistant.client.api.MessagesApi;
import dev.specpoet.samples.assistant.client.model.CompletionChunk;
import dev.specpoet.samples.assistant.client.model.CompletionRequest;
import dev.specpoet.samples.assistant.client.model.ContentBlock;
import dev.specpoet.samples.assistant.client.model.Conversation;
import dev.specpoet.samples.assistant.client.model.Message;
import dev.specpoet.samples.assistant.client.model.MessageFilter;
import dev.specpoet.samples.assistant.client.model.MessageList;
import dev.specpoet.samples.assistant.client.model.MessageSearch;
import dev.specpoet.samples.assistant.client.model.OtherBlock;
import dev.specpoet.samples.assistant.client.model.Role;
import dev.specpoet.samples.assistant.client.model.TextBlock;
import dev.specpoet.samples.contract.UndeclaredProperties;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI 3.2 features of the generated assistant client, over real HTTP on 127.0.0.1: streams
 * typed by {@code itemSchema} included. The paged lists are in {@link PagedListsWireTest}.
 */
class OpenApi32WireTest extends AssistantWireTest {
    private static final String MESSAGES = """
            {"data": [{"id": "m1", "role": "assistant", "content": [
              {"type": "text", "text": "Sunny."},
              {"type": "audio", "url": "https://cdn.example/a.ogg", "seconds": 3},
              {"caption": "no type at all"}
            ]}]}""";

    @Test
    void searchMessagesSendsTheQueryMethodWithABody() {
        server.respond(StubResponse.json(200, MESSAGES));

        MessageList found = new MessagesApi(client())
                .searchMessages(MessageSearch.builder()
                        .text("weather")
                        .roles(List.of(Role.ASSISTANT))
                        .build());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("QUERY");
        assertThat(request.rawPath()).isEqualTo("/v1/messages");
        // The spec's example says how the body looks on the wire (its serializedValue).
        assertThat(request.bodyText()).isEqualTo("{\"text\":\"weather\",\"roles\":[\"assistant\"]}");
        assertThat(found.data()).hasSize(1);
    }

    @Test
    void unknownAndMissingBlockTypesDecodeAsTheDefaultMapping() {
        server.respond(StubResponse.json(200, MESSAGES));

        List<ContentBlock> blocks = new MessagesApi(client())
                .searchMessages(MessageSearch.builder().text("x").build())
                .data()
                .get(0)
                .content();

        assertThat(blocks.get(0))
                .isEqualTo(TextBlock.builder().type("text").text("Sunny.").build());
        assertThat(blocks.get(1)).isInstanceOf(OtherBlock.class);
        OtherBlock audio = (OtherBlock) blocks.get(1);
        assertThat(audio.type()).isEqualTo("audio");
        UndeclaredProperties.assertKeptKeys(audio.additionalProperties(), "url", "seconds");
        assertThat(blocks.get(2)).isInstanceOf(OtherBlock.class);
    }

    @Test
    void anAdditionalOperationSendsItsOwnMethod() {
        server.respond(StubResponse.json(201, "{\"id\": \"conv_2\", \"title\": \"Copy\"}"));

        Conversation copy = new ConversationsApi(client()).copyConversation("conv_1", "Copy");

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("COPY");
        assertThat(request.rawPath()).isEqualTo("/v1/conversations/conv_1");
        assertThat(request.header("Destination-Title")).contains("Copy");
        assertThat(copy.id()).isEqualTo("conv_2");
    }

    @Test
    void theQuerystringParameterIsTheWholeQueryString() {
        server.respond(StubResponse.json(200, "{\"data\": []}"));

        new MessagesApi(client())
                .listMessages(MessageFilter.builder()
                        .conversation("conv_1")
                        .role(Role.USER)
                        .build());

        // As the spec's example serializes it.
        assertThat(server.onlyRequest().rawQuery()).isEqualTo("conversation=conv_1&role=user");
    }

    @Test
    void theDeviceFlowShowsTheUserCodeThenSendsTheToken() {
        List<DeviceAuthorization> prompts = new CopyOnWriteArrayList<>();
        server.route(
                        "POST",
                        "/oauth/device",
                        StubResponse.json(
                                200,
                                "{\"device_code\": \"dc-7f3a\", \"user_code\": \"BDWP-HQPK\", \"verification_uri\":"
                                        + " \"https://assistant.example/activate\", \"expires_in\": 900,"
                                        + " \"interval\": 0}"))
                .route(
                        "POST",
                        "/oauth/token",
                        StubResponse.json(200, "{\"access_token\": \"at-91c2\", \"expires_in\": 3600}"))
                .route(
                        "GET",
                        "/v1/conversations/conv_1",
                        StubResponse.json(200, "{\"id\": \"conv_1\", \"title\": \"Hi\"}"));
        ApiClient client = ApiClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .deviceLogin("assistant-cli", prompts::add)
                .build();

        Conversation conversation = new ConversationsApi(client).getConversation("conv_1");

        assertThat(conversation.title()).isEqualTo("Hi");
        assertThat(prompts).singleElement().satisfies(prompt -> {
            assertThat(prompt.userCode()).isEqualTo("BDWP-HQPK");
            assertThat(prompt.verificationUri()).isEqualTo(URI.create("https://assistant.example/activate"));
        });
        List<RecordedRequest> requests = server.requests();
        assertThat(requests.get(0).bodyText()).isEqualTo("client_id=assistant-cli&scope=chat+export");
        assertThat(requests.get(1).bodyText()).contains("device_code=dc-7f3a");
        assertThat(requests.get(2).header("Authorization")).contains("Bearer at-91c2");
    }

    @Test
    void theCompletionStreamIsTypedByItsItemSchemaAndEndsAtTheSentinel() {
        String events = "data: {\"delta\": \"Sun\"}\n\n"
                + "data: {\"delta\": \"ny.\", \"finish_reason\": \"stop\"}\n\n"
                + "data: [DONE]\n\n";
        server.respond(new StubResponse(
                200,
                "text/event-stream",
                events.getBytes(StandardCharsets.UTF_8),
                Map.of(),
                Duration.ZERO,
                Duration.ZERO));

        List<String> deltas = new ArrayList<>();
        try (EventStream<CompletionChunk> stream = new MessagesApi(client())
                .streamCompletion(
                        "conv_1", CompletionRequest.builder().prompt("Weather?").build())) {
            for (CompletionChunk chunk : stream) {
                deltas.add(chunk.delta());
            }
        }

        assertThat(deltas).containsExactly("Sun", "ny.");
    }

    @Test
    void theJsonLinesExportIsTypedByItsItemSchema() {
        String lines = "{\"id\": \"m1\", \"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"Hi\"}]}\n"
                + "{\"id\": \"m2\", \"role\": \"assistant\", \"content\": []}\n";
        server.respond(new StubResponse(
                200,
                "application/jsonl",
                lines.getBytes(StandardCharsets.UTF_8),
                Map.of(),
                Duration.ZERO,
                Duration.ZERO));

        List<Message> messages;
        try (EventStream<Message> stream = new ConversationsApi(client()).exportConversation("conv_1")) {
            messages = stream.stream().toList();
        }

        assertThat(messages).extracting(Message::id).containsExactly("m1", "m2");
        assertThat(messages.get(0).content().get(0)).isInstanceOf(TextBlock.class);
    }

    @Test
    void theDeprecatedSchemeStillSendsItsKeyAndItsBuilderMethodIsDeprecated() throws Exception {
        server.respond(StubResponse.json(200, "{\"id\": \"conv_1\", \"title\": \"Hi\"}"));

        new ConversationsApi(client()).getConversation("conv_1");

        assertThat(server.onlyRequest().header("X-Assistant-Key")).contains("legacy-key-5e1d");
        assertThat(ApiClient.Builder.class.getMethod("legacyKey", String.class).isAnnotationPresent(Deprecated.class))
                .isTrue();
    }
}
