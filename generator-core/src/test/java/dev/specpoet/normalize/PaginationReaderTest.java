package dev.specpoet.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.PaginationStyle;
import dev.specpoet.api.Severity;
import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Pagination;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an operation pages is read from the vendors' extensions, then the configuration, then
 * detection; a description that does not fit is a warning with its pointer, and the operation stays
 * unpaged.
 */
class PaginationReaderTest {
    @TempDir
    Path folder;

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** One GET /items operation with these extra lines (parameters, extensions) and a list body. */
    private static String spec(String operation) {
        return """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /items:
                    get:
                      operationId: listItems
                """ + operation.stripIndent().indent(6) + """
                      responses:
                        '200':
                          description: ok
                          headers: {Link: {schema: {type: string}}}
                          content: {application/json: {schema: {$ref: '#/components/schemas/ItemList'}}}
                components:
                  schemas:
                    Item: {type: object, properties: {id: {type: string}}}
                    ItemList:
                      type: object
                      properties:
                        data: {type: array, items: {$ref: '#/components/schemas/Item'}}
                        has_more: {type: boolean}
                        next_cursor: {type: string}
                        next: {type: string}
                        pagesTotal: {type: integer}
                        _links: {type: object, properties: {next: {type: object, properties: {href: {type: string}}}}}
                """;
    }

    private static final String QUERY = """
            parameters:
              - {name: starting_after, in: query, schema: {type: string}}
              - {name: cursor, in: query, schema: {type: string}}
              - {name: page, in: query, schema: {type: integer}}
              - {name: pageNumber, in: query, schema: {type: integer}}
              - {name: limit, in: query, schema: {type: integer}}
              - {name: offset, in: query, schema: {type: integer}}
            """;

    private Optional<Pagination> read(String operation, List<PaginationRule> rules, boolean detect) throws Exception {
        ApiModel model = new ModelNormalizer(rules, detect)
                .normalize(InlineSpec.parse(folder, spec(operation)), diagnostics::add);
        return InlineSpec.operation(model, "listItems").pagination();
    }

    private Optional<Pagination> read(String operation) throws Exception {
        return read(operation, List.of(), true);
    }

    private List<String> messages(Severity severity) {
        return diagnostics.stream()
                .filter(d -> d.severity() == severity && d.code().startsWith("PAGINATION"))
                .map(Diagnostic::toString)
                .toList();
    }

    @Test
    void speakeasyCursorFromTheLastItem() throws Exception {
        Pagination paging = read(QUERY + """
                        x-speakeasy-pagination:
                          type: cursor
                          inputs:
                            - {name: starting_after, in: parameters, type: cursor}
                            - {name: limit, in: parameters, type: limit}
                          outputs: {nextCursor: '$.data[-1].id'}
                        """).orElseThrow();

        assertThat(paging.style()).isEqualTo(PaginationStyle.CURSOR);
        assertThat(paging.parameter()).contains("starting_after");
        assertThat(paging.sizeParameter()).contains("limit");
        assertThat(paging.items()).isEqualTo("/data");
        assertThat(paging.lastItemCursor()).contains("/id");
        assertThat(paging.itemType())
                .isEqualTo(new NamedType(new dev.specpoet.model.SchemaId("/components/schemas/Item")));
        assertThat(paging.source()).isEqualTo("x-speakeasy-pagination");
        assertThat(paging.location().pointer()).isEqualTo("/paths/~1items/get/x-speakeasy-pagination");
    }

    @Test
    void speakeasyPagesAndUrls() throws Exception {
        Pagination pages = read(QUERY + """
                        x-speakeasy-pagination:
                          type: offsetLimit
                          inputs: [{name: page, in: parameters, type: page}]
                          outputs: {results: $.data, numPages: $.pagesTotal}
                        """).orElseThrow();
        assertThat(pages.style()).isEqualTo(PaginationStyle.PAGE_NUMBER);
        assertThat(pages.parameter()).contains("page");
        assertThat(pages.total()).contains("/pagesTotal");

        Pagination url = read("""
                        x-speakeasy-pagination:
                          type: url
                          outputs: {results: $.data, nextUrl: $.next}
                        """).orElseThrow();
        assertThat(url.style()).isEqualTo(PaginationStyle.NEXT_LINK);
        assertThat(url.nextLink()).contains("/next");
    }

    @Test
    void fernCursorOffsetAndNextUri() throws Exception {
        Pagination cursor = read(QUERY + """
                        x-fern-pagination:
                          cursor: $request.cursor
                          next_cursor: $response.next_cursor
                          results: $response.data
                          has-next-page: $response.has_more
                        """).orElseThrow();
        assertThat(cursor.style()).isEqualTo(PaginationStyle.CURSOR);
        assertThat(cursor.nextCursor()).contains("/next_cursor");
        assertThat(cursor.hasMore()).contains("/has_more");

        Pagination offset = read(QUERY + """
                        x-fern-pagination: {offset: $request.offset, step: $request.limit, results: $response.data}
                        """).orElseThrow();
        assertThat(offset.style()).isEqualTo(PaginationStyle.OFFSET);
        assertThat(offset.sizeParameter()).contains("limit");

        Pagination page = read(QUERY + """
                        x-fern-pagination: {offset: $request.page, results: $response.data}
                        """).orElseThrow();
        assertThat(page.style()).isEqualTo(PaginationStyle.PAGE_NUMBER);

        Pagination next = read("""
                        x-fern-pagination: {next_uri: $response.next, results: $response.data}
                        """).orElseThrow();
        assertThat(next.style()).isEqualTo(PaginationStyle.NEXT_LINK);
    }

    @Test
    void apimaticCursor() throws Exception {
        Pagination paging = read(QUERY + """
                        x-pagination:
                          cursor:
                            input: '$request.query#/cursor'
                            output: '$response.body#/next_cursor'
                            dataPointer: '$response.body#/data'
                        """).orElseThrow();

        assertThat(paging.style()).isEqualTo(PaginationStyle.CURSOR);
        assertThat(paging.parameter()).contains("cursor");
        assertThat(paging.nextCursor()).contains("/next_cursor");
        assertThat(paging.items()).isEqualTo("/data");
    }

    @Test
    void azureNextLinkWithItsDefaultItemNameAndNullMeaningUnpaged() throws Exception {
        assertThat(read("x-ms-pageable: {nextLinkName: next, itemName: data}\n"))
                .get()
                .extracting(Pagination::style, Pagination::nextLink, Pagination::items)
                .containsExactly(PaginationStyle.NEXT_LINK, Optional.of("/next"), "/data");

        assertThat(read("x-ms-pageable: {nextLinkName: next}\n")).isEmpty();
        assertThat(messages(Severity.WARNING))
                .containsExactly("spec.yaml#/paths/~1items/get/x-ms-pageable: x-ms-pageable does not fit"
                        + " listItems: the items pointer '/value' names nothing in the response body; listItems is"
                        + " generated unpaged");

        diagnostics.clear();
        assertThat(read("x-ms-pageable: {nextLinkName: null}\n")).isEmpty();
        assertThat(messages(Severity.WARNING)).isEmpty();
    }

    @Test
    void anExtensionThatDoesNotFitIsAWarningWithThePointerAndTheOperationStaysUnpaged() throws Exception {
        assertThat(read(QUERY + """
                        x-fern-pagination: {cursor: $request.nope, next_cursor: $response.missing, results: $response.data}
                        """)).isEmpty();

        assertThat(messages(Severity.WARNING))
                .containsExactly("spec.yaml#/paths/~1items/get/x-fern-pagination: x-fern-pagination does not"
                        + " fit listItems: 'nope' is not a query parameter of the operation; the pointer '/missing'"
                        + " names nothing in the response body; listItems is generated unpaged");
    }

    @Test
    void anUnreadableExtensionIsAWarning() throws Exception {
        assertThat(read("x-speakeasy-pagination: {type: pages}\n")).isEmpty();

        assertThat(messages(Severity.WARNING))
                .containsExactly("spec.yaml#/paths/~1items/get/x-speakeasy-pagination: x-speakeasy-pagination"
                        + " cannot be read: unknown type 'pages' (offsetLimit, cursor or url); listItems is generated"
                        + " unpaged");
    }

    @Test
    void theExtensionWinsOverTheConfigurationWhichWinsOverDetection() throws Exception {
        String fern = QUERY + "x-fern-pagination: {offset: $request.page, results: $response.data}\n";
        PaginationRule rule = PaginationRule.builder("list*", PaginationStyle.CURSOR)
                .parameter("cursor")
                .items("/data")
                .nextCursor("/next_cursor")
                .build();

        assertThat(read(fern, List.of(rule), true).orElseThrow().source()).isEqualTo("x-fern-pagination");
        assertThat(read(QUERY, List.of(rule), true).orElseThrow().source()).isEqualTo("configuration rule 'list*'");
        assertThat(read(QUERY, List.of(), true).orElseThrow().source()).startsWith("detected Stripe's cursor");
    }

    @Test
    void aNoneRuleTurnsPagingOffAndDetectionCanBeTurnedOff() throws Exception {
        String fern = QUERY + "x-fern-pagination: {offset: $request.page, results: $response.data}\n";

        assertThat(read(fern, List.of(PaginationRule.none("listItems")), true)).isEmpty();
        assertThat(read(QUERY, List.of(PaginationRule.none("*")), true)).isEmpty();
        assertThat(read(QUERY, List.of(), false)).isEmpty();
        assertThat(read(fern, List.of(), false)).isPresent();
    }

    @Test
    void aConfigurationRuleThatDoesNotFitIsAWarningNamingTheRule() throws Exception {
        PaginationRule rule = PaginationRule.builder("listItems", PaginationStyle.PAGE_NUMBER)
                .parameter("p")
                .items("/results")
                .build();

        assertThat(read(QUERY, List.of(rule), true)).isEmpty();

        assertThat(messages(Severity.WARNING))
                .containsExactly("spec.yaml#/paths/~1items/get: configuration rule 'listItems' does not fit"
                        + " listItems: 'p' is not a query parameter of the operation; the items pointer '/results'"
                        + " names nothing in the response body; listItems is generated unpaged");
    }

    @Test
    void eachDetectionIsANoteNamingTheOperationTheStyleAndTheLocation() throws Exception {
        read(QUERY);
        read("""
                parameters:
                  - {name: pageNumber, in: query, schema: {type: integer}}
                  - {name: pageSize, in: query, schema: {type: integer}}
                """);
        read("""
                parameters:
                  - {name: offset, in: query, schema: {type: integer}}
                  - {name: limit, in: query, schema: {type: integer}}
                """);
        read("");

        assertThat(messages(Severity.INFO))
                .containsExactly(
                        "spec.yaml#/paths/~1items/get: listItems pages by the cursor in query parameter"
                                + " 'starting_after', taken from '/id' of the last item; items at '/data'; more pages"
                                + " while '/has_more' is true [detected Stripe's cursor (starting_after, has_more,"
                                + " data)]",
                        "spec.yaml#/paths/~1items/get: listItems pages by the page number in query parameter"
                                + " 'pageNumber'; items at '/data'; more pages while '/_links/next/href' is present;"
                                + " total pages at '/pagesTotal' [detected Adyen's page number and size (pageNumber,"
                                + " data, _links.next)]",
                        "spec.yaml#/paths/~1items/get: listItems pages by the item offset in query parameter"
                                + " 'offset'; items at '/data'; more pages while '/has_more' is true [detected offset"
                                + " and limit]",
                        "spec.yaml#/paths/~1items/get: listItems pages by following the Link header's"
                                + " rel=\"next\" URL; items at '/data' [detected an RFC 8288 Link header]");
    }
}
