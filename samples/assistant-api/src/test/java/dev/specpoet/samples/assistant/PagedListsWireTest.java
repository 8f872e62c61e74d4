package dev.specpoet.samples.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.runtime.ApiException;
import dev.specpoet.runtime.Page;
import dev.specpoet.samples.assistant.client.api.ConversationsApi;
import dev.specpoet.samples.assistant.client.api.ConversationsApi.ListConversationsParams;
import dev.specpoet.samples.assistant.client.api.ModelsApi;
import dev.specpoet.samples.assistant.client.model.Conversation;
import dev.specpoet.samples.assistant.client.model.ConversationList;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The assistant's paged lists over real HTTP on 127.0.0.1: the Stripe-like cursor list the
 * generator detects, and the models list paged by the spec's {@code x-speakeasy-pagination}.
 */
class PagedListsWireTest extends AssistantWireTest {
    private static StubResponse conversations(boolean hasMore, String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(id)
                    .append("\",\"title\":\"t ")
                    .append(id)
                    .append("\"}");
        }
        return StubResponse.json(200, "{\"data\":[" + data + "],\"has_more\":" + hasMore + "}");
    }

    private static List<String> cursors() {
        return server.requests().stream()
                .map(request -> request.query()
                        .getOrDefault("starting_after", List.of("-"))
                        .get(0))
                .toList();
    }

    @Test
    void theCursorListFetchesEveryPageLazilyAndStopsAtTheLastOne() {
        server.respondInOrder(
                conversations(true, "c1", "c2"), conversations(true, "c3", "c4"), conversations(false, "c5"));
        ConversationsApi api = new ConversationsApi(client());

        Iterable<Conversation> all = api.listConversationsAutoPaging(
                ListConversationsParams.builder().limit(2L).build());
        assertThat(server.requests())
                .as("nothing is fetched before the loop starts")
                .isEmpty();
        List<String> ids = new ArrayList<>();
        for (Conversation conversation : all) {
            ids.add(conversation.id());
        }

        assertThat(ids).containsExactly("c1", "c2", "c3", "c4", "c5");
        assertThat(cursors()).containsExactly("-", "c2", "c4");
        assertThat(server.requests())
                .allSatisfy(request -> assertThat(request.query().get("limit")).containsExactly("2"));
    }

    @Test
    void theFirstPageKeepsItsBodyAndAsksForTheNextOneOnlyWhenTold() {
        server.respondInOrder(conversations(true, "c1"), conversations(false));
        Page<Conversation, ConversationList> first = new ConversationsApi(client()).listConversations();

        assertThat(first.items()).extracting(Conversation::id).containsExactly("c1");
        assertThat(first.body().hasMore()).isTrue();
        assertThat(first.hasNextPage()).isTrue();
        Page<Conversation, ConversationList> second = first.nextPage();
        assertThat(second.items()).isEmpty();
        assertThat(second.hasNextPage()).isFalse();
        assertThat(cursors()).containsExactly("-", "c1");
    }

    @Test
    void anErrorOnPageThreeSurfacesFromTheLoopAfterTheItemsBeforeIt() {
        server.respondInOrder(
                conversations(true, "c1"),
                conversations(true, "c2"),
                StubResponse.json(503, "{\"title\":\"Busy\",\"status\":503}"));
        List<String> seen = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> new ConversationsApi(client())
                        .listConversationsAutoPaging()
                        .forEach(conversation -> seen.add(conversation.id())))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(503));
        assertThat(seen).containsExactly("c1", "c2");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aServerThatRepeatsItsCursorCannotLoopTheClientForever() {
        // has_more stays true and the last id never moves on: a broken server.
        server.respondInOrder(
                conversations(true, "c1", "c2"), conversations(true, "c1", "c2"), conversations(true, "c1", "c2"));

        List<String> ids = new ConversationsApi(client())
                .listConversationsAutoPaging().stream().map(Conversation::id).toList();

        assertThat(ids).containsExactly("c1", "c2");
        assertThat(server.requests()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void theModelsListFollowsItsNextLinkAsTheSpecsExtensionSays() throws Exception {
        String base = server.baseUrl() + "/v1/models";
        server.respondInOrder(
                StubResponse.json(
                        200,
                        "{\"items\":[{\"id\":\"small\"},{\"id\":\"medium\"}],\"_links\":{\"next\":{\"href\":\"" + base
                                + "?pageNumber=2&pageSize=2\"}}}"),
                StubResponse.json(200, "{\"items\":[{\"id\":\"large\"}],\"_links\":{}}"));
        List<String> ids = new CopyOnWriteArrayList<>();

        new ModelsApi(client())
                .listModelsAutoPaging()
                .forEachAsync(model -> ids.add(model.id()))
                .get(10, TimeUnit.SECONDS);

        assertThat(ids).containsExactly("small", "medium", "large");
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).query()).containsEntry("pageNumber", List.of("2"));
    }
}
