package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link Paging} read through accessors and, where a part is out of the records' reach, through a
 * JSON pointer, against a server on 127.0.0.1: the page's items are the body's own list, and the
 * next request is made only when the next page is asked for.
 */
class PagingTest {
    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    private ApiInvoker invoker;

    @BeforeEach
    void connect() {
        invoker = Fixtures.invoker(stub.server().baseUrl()).build();
    }

    /** A page as a generated record holds it: the items, a flag, and a map the types do not reach into. */
    record PetList(
            List<Fixtures.Pet> data,
            @JsonProperty("has_more") Boolean hasMore,
            Map<String, Object> meta) {
        PetList {
            // As a generated record keeps its lists: read-only.
            data = data == null ? null : Collections.unmodifiableList(new ArrayList<>(data));
        }
    }

    private static final Operation<PetList> LIST = Operation.builder("GET", "/pets", ResponseType.json(PetList.class))
            .operationId("listPets")
            .accept("application/json")
            .build();

    @Test
    void accessorsReadThePageAndItsItemsAreTheBodysList() {
        Paging<Fixtures.Pet, PetList> paging = Paging.<Fixtures.Pet, PetList>cursor("after")
                .items(PetList::data)
                .hasMore(PetList::hasMore)
                .lastItemCursor(pet -> pet.id())
                .build();
        stub.server()
                .respondInOrder(StubResponse.json(
                        200, "{\"data\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}],\"has_more\":true}"))
                .respondInOrder(StubResponse.json(200, "{\"data\":[{\"id\":3,\"name\":\"c\"}],\"has_more\":false}"));

        Page<Fixtures.Pet, PetList> first = paging.first(invoker, request(), RequestOptions.none());

        assertThat(first.items()).isSameAs(first.body().data());
        assertThat(first.hasNextPage()).isTrue();
        assertThat(stub.server().requests().size()).isEqualTo(1);
        Page<Fixtures.Pet, PetList> second = first.nextPage();
        assertThat(second.items()).extracting(Fixtures.Pet::name).containsExactly("c");
        assertThat(second.hasNextPage()).isFalse();
        assertThat(stub.server().requests())
                .extracting(RecordedRequest::rawQuery)
                .containsExactly(null, "after=2");
    }

    @Test
    void aPartOutOfTheRecordsReachIsReadByItsPointer() {
        Paging<Fixtures.Pet, PetList> paging = Paging.<Fixtures.Pet, PetList>cursor("after")
                .items(PetList::data)
                .nextCursor("/meta/next")
                .build();
        stub.server()
                .respondInOrder(
                        StubResponse.json(200, "{\"data\":[{\"id\":1,\"name\":\"a\"}],\"meta\":{\"next\":\"n1\"}}"))
                .respondInOrder(StubResponse.json(200, "{\"data\":[{\"id\":2,\"name\":\"b\"}],\"meta\":{}}"));

        List<String> names = new ArrayList<>();
        paging.autoPaging(invoker, request(), RequestOptions.none()).forEach(pet -> names.add(pet.name()));

        assertThat(names).containsExactly("a", "b");
        assertThat(stub.server().requests())
                .extracting(RecordedRequest::rawQuery)
                .containsExactly(null, "after=n1");
    }

    @Test
    void itemsAtAPointerAreDecodedAsTheItemType() {
        Paging<Fixtures.Pet, PetList> paging = Paging.<Fixtures.Pet, PetList>pageNumber("page")
                .items("/meta/pets", Fixtures.Pet.class)
                .total("/meta/pages")
                .build();
        stub.server()
                .respondInOrder(
                        StubResponse.json(200, "{\"meta\":{\"pets\":[{\"id\":1,\"name\":\"a\"}],\"pages\":1}}"));

        Page<Fixtures.Pet, PetList> page = paging.first(invoker, request(), RequestOptions.none());

        assertThat(page.items()).containsExactly(new Fixtures.Pet(1, "a"));
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void aPagingWithoutItemsOrWithoutItsCursorIsRefused() {
        assertThatThrownBy(() -> Paging.<Fixtures.Pet, PetList>offset("offset").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("items");
        assertThatThrownBy(() -> Paging.<Fixtures.Pet, PetList>cursor("after")
                        .items(PetList::data)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cursor");
        assertThatThrownBy(() -> Paging.<Fixtures.Pet, PetList>nextLink()
                        .items(PetList::data)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nextLink");
    }

    private static ApiRequest<PetList> request() {
        return ApiRequest.builder(LIST).build();
    }
}
