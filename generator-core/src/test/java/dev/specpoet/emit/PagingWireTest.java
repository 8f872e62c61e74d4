package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compiled client pages through each style against a server on 127.0.0.1: several pages, an empty
 * page, a last page, an error on page 3 (the typed exception surfaces from the iterator), a server
 * that repeats itself (the client stops, each item seen once), and async auto-paging. A page's items
 * are the list its decoded body holds, never decoded a second time.
 */
class PagingWireTest {
    private static final String PACKAGE = "com.example.paging";
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Paging, version: '1'}
            paths:
              /charges:
                get:
                  operationId: listCharges
                  parameters:
                    - {name: starting_after, in: query, schema: {type: string}}
                    - {name: limit, in: query, schema: {type: integer}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/ChargeList'}}}}
                    '500': {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
              /credentials:
                get:
                  operationId: listCredentials
                  parameters:
                    - {name: pageNumber, in: query, schema: {type: integer, format: int32}}
                    - {name: pageSize, in: query, schema: {type: integer, format: int32}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/CredentialPage'}}}}
              /events:
                get:
                  operationId: listEvents
                  parameters:
                    - {name: offset, in: query, schema: {type: integer}}
                    - {name: limit, in: query, schema: {type: integer}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/EventList'}}}}
                    '500': {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
              /repos:
                get:
                  operationId: listRepos
                  responses:
                    '200':
                      description: ok
                      headers: {Link: {schema: {type: string}}}
                      content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Named'}}}}
              /widgets:
                get:
                  operationId: listWidgets
                  x-ms-pageable: {nextLinkName: nextLink}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/WidgetList'}}}}
              /feed:
                get:
                  operationId: listFeed
                  x-fern-pagination: {cursor: $request.cursor, next_cursor: $response.meta.next, results: $response.entries}
                  parameters:
                    - {name: cursor, in: query, schema: {type: string}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/FeedPage'}}}}
            components:
              schemas:
                Named: {type: object, properties: {id: {type: string}}}
                Problem: {type: object, properties: {title: {type: string}}}
                ChargeList:
                  type: object
                  properties:
                    data: {type: array, items: {$ref: '#/components/schemas/Named'}}
                    has_more: {type: boolean}
                CredentialPage:
                  type: object
                  properties:
                    data: {type: array, items: {$ref: '#/components/schemas/Named'}}
                    pagesTotal: {type: integer, format: int32}
                    _links:
                      type: object
                      properties:
                        next: {type: object, properties: {href: {type: string}}}
                EventList:
                  type: object
                  properties:
                    items: {type: array, items: {$ref: '#/components/schemas/Named'}}
                    total: {type: integer}
                WidgetList:
                  type: object
                  properties:
                    value: {type: array, items: {$ref: '#/components/schemas/Named'}}
                    nextLink: {type: string}
                FeedPage:
                  type: object
                  properties:
                    entries: {type: array, items: {$ref: '#/components/schemas/Named'}}
                    meta: {type: object, additionalProperties: {type: string}}
            """;

    @TempDir
    static Path folder;

    private static CompiledClient client;
    private StubServer server;
    private Object api;

    @BeforeAll
    static void generate() throws Exception {
        Path spec = Files.writeString(folder.resolve("paging.yaml"), SPEC);
        client = CompiledClient.generate(spec, folder, PACKAGE);
    }

    @BeforeEach
    void start() throws Exception {
        server = StubServer.start();
        Object builder = client.callStatic(PACKAGE + ".ApiClient", "builder");
        Method baseUrl = builder.getClass().getMethod("baseUrl", String.class);
        baseUrl.setAccessible(true);
        baseUrl.invoke(builder, server.baseUrl());
        Object apiClient = invoke(builder, "build");
        api = client.load(PACKAGE + ".api.DefaultApi")
                .getConstructor(apiClient.getClass())
                .newInstance(apiClient);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCursorPagesUntilHasMoreIsFalseSendingTheLastItemsId() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"has_more\":true}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"c\"}],\"has_more\":true}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"d\"}],\"has_more\":false}"));

        assertThat(ids(autoPaging("listCharges"))).containsExactly("a", "b", "c", "d");
        assertThat(queries()).containsExactly(null, "starting_after=b", "starting_after=c");
    }

    @Test
    void theFirstPageKeepsItsBodyAndNextPageFetchesTheSecond() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"data\":[{\"id\":\"a\"}],\"has_more\":true}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"b\"}],\"has_more\":false}"));

        Object first = call("listCharges");

        assertThat(ids((List<?>) invoke(first, "items"))).containsExactly("a");
        assertThat(invoke(invoke(first, "body"), "hasMore")).isEqualTo(true);
        assertThat(invoke(first, "hasNextPage")).isEqualTo(true);
        Object second = invoke(first, "nextPage");
        assertThat(ids((List<?>) invoke(second, "items"))).containsExactly("b");
        assertThat(invoke(second, "hasNextPage")).isEqualTo(false);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void eachStylesPageItemsAreTheListItsBodyHolds() throws Exception {
        String link = "\"_links\":{\"next\":{\"href\":\"x\"}}";
        server.respondInOrder(
                StubResponse.json(200, "{\"data\":[{\"id\":\"a\"}],\"has_more\":true}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"b\"}],\"pagesTotal\":9," + link + "}"),
                StubResponse.json(200, "{\"items\":[{\"id\":\"c\"}]}"),
                StubResponse.json(200, "{\"value\":[{\"id\":\"d\"}],\"nextLink\":\"/widgets?skip=1\"}"),
                StubResponse.json(200, "{\"entries\":[{\"id\":\"e\"}],\"meta\":{\"next\":\"n\"}}"));

        assertItemsAreTheBodys(call("listCharges"), "data");
        assertItemsAreTheBodys(call("listCredentials"), "data");
        assertItemsAreTheBodys(call("listEvents"), "items");
        assertItemsAreTheBodys(call("listWidgets"), "value");
        // The next cursor sits in a map (read by its pointer); the items are still the body's.
        Object feed = call("listFeed");
        assertItemsAreTheBodys(feed, "entries");
        assertThat(invoke(feed, "hasNextPage")).isEqualTo(true);
    }

    @Test
    void aLinkHeaderPagesItemsAreTheBodysOwnItems() throws Exception {
        server.respond(StubResponse.json(200, "[{\"id\":\"a\"},{\"id\":\"b\"}]"));

        Object page = call("listRepos");

        List<?> body = (List<?>) invoke(page, "body");
        List<?> items = (List<?>) invoke(page, "items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isSameAs(body.get(0));
        assertThat(items.get(1)).isSameAs(body.get(1));
    }

    @Test
    void aCursorInAMapIsReadByItsPointerAndSent() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"entries\":[{\"id\":\"a\"}],\"meta\":{\"next\":\"n1\"}}"),
                StubResponse.json(200, "{\"entries\":[{\"id\":\"b\"}],\"meta\":{}}"));

        assertThat(ids(autoPaging("listFeed"))).containsExactly("a", "b");
        assertThat(queries()).containsExactly(null, "cursor=n1");
    }

    private static void assertItemsAreTheBodys(Object page, String list) throws Exception {
        assertThat(invoke(page, "items")).isSameAs(invoke(invoke(page, "body"), list));
    }

    @Test
    void aServerThatRepeatsAPageStopsTheClientWithEachItemSeenOnce() throws Exception {
        String same = "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"has_more\":true}";
        server.respond(StubResponse.json(200, same));

        assertThat(ids(autoPaging("listCharges"))).containsExactly("a", "b");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aRepeatedCursorStopsTheClient() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"has_more\":true}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"c\"},{\"id\":\"b\"}],\"has_more\":true}"));
        server.respond(StubResponse.json(500, "{\"title\":\"asked again\"}"));

        assertThat(ids(autoPaging("listCharges"))).containsExactly("a", "b", "c", "b");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void pageNumbersCountUpWhileTheNextLinkIsThere() throws Exception {
        server.respondInOrder(
                StubResponse.json(
                        200, "{\"data\":[{\"id\":\"1\"}],\"pagesTotal\":9,\"_links\":{\"next\":{\"href\":\"x\"}}}"),
                StubResponse.json(
                        200, "{\"data\":[{\"id\":\"2\"}],\"pagesTotal\":9,\"_links\":{\"next\":{\"href\":\"x\"}}}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"3\"}],\"pagesTotal\":9,\"_links\":{}}"));

        assertThat(ids(autoPaging("listCredentials"))).containsExactly("1", "2", "3");
        assertThat(queries()).containsExactly(null, "pageNumber=2", "pageNumber=3");
    }

    @Test
    void theTotalOfPagesEndsPageNumbers() throws Exception {
        String link = ",\"_links\":{\"next\":{\"href\":\"x\"}}}";
        server.respondInOrder(
                StubResponse.json(200, "{\"data\":[{\"id\":\"1\"}],\"pagesTotal\":2" + link),
                StubResponse.json(200, "{\"data\":[{\"id\":\"2\"}],\"pagesTotal\":2" + link));

        assertThat(ids(autoPaging("listCredentials"))).containsExactly("1", "2");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void anOffsetAdvancesByTheItemsReceivedAndAnEmptyPageEnds() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"),
                StubResponse.json(200, "{\"items\":[{\"id\":\"c\"}]}"),
                StubResponse.json(200, "{\"items\":[]}"));

        assertThat(ids(autoPaging("listEvents"))).containsExactly("a", "b", "c");
        assertThat(queries()).containsExactly(null, "offset=2", "offset=3");
    }

    @Test
    void anEmptyFirstPageHasNoItemsAndNoNextPage() throws Exception {
        server.respond(StubResponse.json(200, "{\"items\":[]}"));

        assertThat(ids(autoPaging("listEvents"))).isEmpty();
        assertThat(invoke(call("listEvents"), "hasNextPage")).isEqualTo(false);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aShortPageForTheLimitAskedForIsTheLast() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"),
                StubResponse.json(200, "{\"items\":[{\"id\":\"c\"}]}"));
        Object params = paramsWithLimit();

        Iterable<?> items = (Iterable<?>) api.getClass()
                .getMethod("listEventsAutoPaging", params.getClass())
                .invoke(api, params);

        assertThat(ids(items)).containsExactly("a", "b", "c");
        assertThat(queries()).containsExactly("limit=2", "limit=2&offset=2");
    }

    @Test
    void anErrorOnPageThreeSurfacesFromTheIteratorAsTheTypedException() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"items\":[{\"id\":\"a\"}]}"),
                StubResponse.json(200, "{\"items\":[{\"id\":\"b\"}]}"),
                StubResponse.json(500, "{\"title\":\"down\"}"));
        List<String> seen = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> {
            for (Object item : autoPaging("listEvents")) {
                seen.add((String) invoke(item, "id"));
            }
        });

        assertThat(seen).containsExactly("a", "b");
        assertThat(thrown.getClass().getName()).isEqualTo(PACKAGE + ".ProblemException");
        assertThat(invoke(thrown, "statusCode")).isEqualTo(500);
    }

    @Test
    void aLinkHeaderIsFollowedUntilItHasNoNextLink() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "[{\"id\":\"a\"}]")
                        .withHeader(
                                "Link",
                                "<" + server.baseUrl() + "/repos?page=2>; rel=\"next\", </repos?page=9>; rel=\"last\""),
                StubResponse.json(200, "[{\"id\":\"b\"}]").withHeader("Link", "</repos?page=1>; rel=\"prev\""));

        assertThat(ids(autoPaging("listRepos"))).containsExactly("a", "b");
        assertThat(queries()).containsExactly(null, "page=2");
    }

    @Test
    void aNextLinkInTheBodyIsFollowedRelativeToTheBaseUrl() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"value\":[{\"id\":\"a\"}],\"nextLink\":\"/widgets?skip=1&token=x%20y\"}"),
                StubResponse.json(200, "{\"value\":[{\"id\":\"b\"}]}"));

        assertThat(ids(autoPaging("listWidgets"))).containsExactly("a", "b");
        assertThat(server.requests().get(1).rawPath()).isEqualTo("/widgets");
        assertThat(queries()).containsExactly(null, "skip=1&token=x%20y");
    }

    @Test
    void aNextLinkToAnotherOriginIsNotFollowed() throws Exception {
        server.respondInOrder(StubResponse.json(
                200, "{\"value\":[{\"id\":\"a\"}],\"nextLink\":\"https://elsewhere.example/widgets\"}"));

        Throwable thrown = catchThrowable(() -> call("listWidgets"));

        assertThat(thrown.getClass().getName()).isEqualTo("dev.specpoet.runtime.ApiDecodingException");
        assertThat(thrown).hasMessageContaining("leaves the client's origin");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void asyncAutoPagingVisitsEveryItemWithoutBlocking() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"data\":[{\"id\":\"a\"}],\"has_more\":true}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"b\"}],\"has_more\":true}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"c\"}],\"has_more\":false}"));
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Object iterable = autoPaging("listCharges");
        Method forEachAsync = iterable.getClass().getMethod("forEachAsync", java.util.function.Consumer.class);

        CompletableFuture<?> done = (CompletableFuture<?>)
                forEachAsync.invoke(iterable, (java.util.function.Consumer<Object>) item -> seen.add(idOf(item)));
        done.get(10, TimeUnit.SECONDS);

        assertThat(seen).containsExactly("a", "b", "c");
    }

    @Test
    void asyncAutoPagingFailsWithTheTypedExceptionOfPageThree() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"items\":[{\"id\":\"a\"}]}"),
                StubResponse.json(200, "{\"items\":[{\"id\":\"b\"}]}"),
                StubResponse.json(500, "{\"title\":\"down\"}"));
        Object iterable = autoPaging("listEvents");
        Method forEachAsync = iterable.getClass().getMethod("forEachAsync", java.util.function.Consumer.class);

        CompletableFuture<?> done =
                (CompletableFuture<?>) forEachAsync.invoke(iterable, (java.util.function.Consumer<Object>) item -> {});
        Throwable thrown = catchThrowable(() -> done.get(10, TimeUnit.SECONDS));

        assertThat(thrown).isInstanceOf(ExecutionException.class);
        assertThat(thrown.getCause().getClass().getName()).isEqualTo(PACKAGE + ".ProblemException");
    }

    @Test
    void everyPageIsAskedForWithTheOptionsOfTheAutoPagingCall() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"data\":[{\"id\":\"a\"}],\"has_more\":true}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"b\"}],\"has_more\":false}"));
        Class<?> optionsType = client.load("dev.specpoet.runtime.RequestOptions");
        Object builder = optionsType.getMethod("builder").invoke(null);
        builder.getClass().getMethod("header", String.class, String.class).invoke(builder, "X-Trace", "t-1");
        Object options = invoke(builder, "build");
        Object params = client.load(PACKAGE + ".api.DefaultApi$ListChargesParams")
                .getMethod("builder")
                .invoke(null);

        Iterable<?> items = (Iterable<?>) api.getClass()
                .getMethod("listChargesAutoPaging", params.getClass().getDeclaringClass(), optionsType)
                .invoke(api, null, options);

        assertThat(ids(items)).containsExactly("a", "b");
        assertThat(server.requests())
                .extracting(r -> r.header("X-Trace").orElse(null))
                .containsExactly("t-1", "t-1");
    }

    @Test
    void theAsyncMethodCompletesWithTheFirstPage() throws Exception {
        server.respondInOrder(
                StubResponse.json(200, "{\"data\":[{\"id\":\"a\"}],\"has_more\":true}"),
                StubResponse.json(200, "{\"data\":[{\"id\":\"b\"}],\"has_more\":false}"));

        CompletableFuture<?> first = (CompletableFuture<?>) call("listChargesAsync");
        Object page = first.get(10, TimeUnit.SECONDS);
        Object second = ((CompletableFuture<?>) invoke(page, "nextPageAsync")).get(10, TimeUnit.SECONDS);

        assertThat(ids((List<?>) invoke(second, "items"))).containsExactly("b");
    }

    private Iterable<?> autoPaging(String operation) throws Exception {
        return (Iterable<?>) call(operation + "AutoPaging");
    }

    /** Calls the method of that name with the fewest parameters, all null. */
    private Object call(String name) throws Exception {
        Method method = Arrays.stream(api.getClass().getMethods())
                .filter(m -> m.getName().equals(name))
                .min((a, b) -> a.getParameterCount() - b.getParameterCount())
                .orElseThrow();
        try {
            return method.invoke(api, new Object[method.getParameterCount()]);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private Object paramsWithLimit() throws Exception {
        Class<?> params = client.load(PACKAGE + ".api.DefaultApi$ListEventsParams");
        Object builder = params.getMethod("builder").invoke(null);
        Method limit = Arrays.stream(builder.getClass().getMethods())
                .filter(m -> m.getName().equals("limit"))
                .findFirst()
                .orElseThrow();
        Object value = limit.getParameterTypes()[0] == Long.class ? (Object) 2L : (Object) 2;
        limit.invoke(builder, value);
        return invoke(builder, "build");
    }

    private List<String> queries() {
        return server.requests().stream().map(RecordedRequest::rawQuery).toList();
    }

    private static List<String> ids(Iterable<?> items) {
        List<String> ids = new ArrayList<>();
        for (Object item : items) {
            ids.add(idOf(item));
        }
        return ids;
    }

    private static String idOf(Object item) {
        try {
            return (String) invoke(item, "id");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Object invoke(Object target, String method) throws Exception {
        Method found = target.getClass().getMethod(method);
        found.setAccessible(true);
        try {
            return found.invoke(target);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }
}
