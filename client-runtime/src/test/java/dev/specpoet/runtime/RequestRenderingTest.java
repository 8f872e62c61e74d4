package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestRenderingTest {
    private static final Operation<Void> GET_ITEM = Operation.builder("GET", "/items/{id}", ResponseType.none())
            .operationId("getItem")
            .build();
    private static final Operation<Void> SEARCH =
            Operation.builder("GET", "/search", ResponseType.none()).build();

    private final RequestRenderer renderer = new RequestRenderer(
            URI.create("https://h.example/v3/"), JsonMapperFactory.create(), Map.of("User-Agent", "test"));

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "../x         | ..%2Fx",
                "a/b          | a%2Fb",
                "?            | %3F",
                "#            | %23",
                "a b          | a%20b",
                "\"café\"     | caf%C3%A9",
                "..           | %2E%2E",
                ".            | %2E",
                "%            | %25",
                "%2F          | %252F",
                "a+b=c&d;e    | a%2Bb%3Dc%26d%3Be",
                "A-Za-z0-9._~ | A-Za-z0-9._~",
                "...          | ...",
            })
    void pathParametersStayOneSegment(String value, String encoded) {
        URI uri = render(ApiRequest.builder(GET_ITEM).pathParam("id", value));

        assertThat(uri.getRawPath()).isEqualTo("/v3/items/" + encoded);
    }

    @Test
    void pathJoinsBaseWithoutDoubleSlash() {
        RequestRenderer noSlash =
                new RequestRenderer(URI.create("https://h.example/v3"), JsonMapperFactory.create(), Map.of());

        PreparedRequest request =
                noSlash.render(ApiRequest.builder(GET_ITEM).pathParam("id", 7).build(), RequestOptions.none());

        assertThat(request.uri()).hasToString("https://h.example/v3/items/7");
    }

    @Test
    void pathListsAreCommaSeparatedWithEachItemEncoded() {
        URI uri = render(ApiRequest.builder(GET_ITEM).pathParam("id", List.of("a,b", "c d", 3)));

        assertThat(uri.getRawPath()).isEqualTo("/v3/items/a%2Cb,c%20d,3");
    }

    @Test
    void scalarsAreFormattedTheSameEverywhere() {
        OffsetDateTime at = OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(2));
        URI uri = render(ApiRequest.builder(SEARCH)
                .queryParam("decimal", new BigDecimal("1E+3"))
                .queryParam("double", 2.5)
                .queryParam("flag", true)
                .queryParam("at", at)
                .queryParam("day", LocalDate.of(2024, 2, 29))
                .queryParam("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
                .queryParam("enum", Color.of("dark red")));

        assertThat(uri.getRawQuery())
                .isEqualTo("decimal=1000&double=2.5&flag=true&at=2024-05-06T07%3A08%3A09%2B02%3A00"
                        + "&day=2024-02-29&uuid=123e4567-e89b-12d3-a456-426614174000&enum=dark%20red");
    }

    @Test
    void queryNamesAndValuesArePercentEncoded() {
        URI uri = render(ApiRequest.builder(SEARCH)
                .queryParam("q", "a b+c&d=e#f?g/h%")
                .queryParam("naïve name", "ünï")
                .queryParam("skipped", null));

        assertThat(uri.getRawQuery()).isEqualTo("q=a%20b%2Bc%26d%3De%23f%3Fg%2Fh%25&na%C3%AFve%20name=%C3%BCn%C3%AF");
    }

    // Jackson before 2.15 lists renamed record components first; the order is pinned so the
    // test checks the query styles on every supported Jackson, not Jackson's ordering.
    @JsonPropertyOrder({"color", "max_size", "unset"})
    record Filter(String color, @JsonProperty("max_size") Integer maxSize, String unset) {}

    @Test
    void queryStylesFollowOpenApi() {
        List<String> tags = List.of("a b", "c");
        Filter filter = new Filter("red", 3, null);

        assertThat(query(b -> b.queryParam("tag", tags))).isEqualTo("tag=a%20b&tag=c");
        assertThat(query(b -> b.queryParam("tag", tags, ApiRequest.ParamStyle.FORM, false)))
                .isEqualTo("tag=a%20b,c");
        assertThat(query(b -> b.queryParam("tag", tags, ApiRequest.ParamStyle.SPACE_DELIMITED, false)))
                .isEqualTo("tag=a%20b%20c");
        assertThat(query(b -> b.queryParam("tag", tags, ApiRequest.ParamStyle.PIPE_DELIMITED, false)))
                .isEqualTo("tag=a%20b%7Cc");
        assertThat(query(b -> b.queryParam("filter", filter))).isEqualTo("color=red&max_size=3");
        assertThat(query(b -> b.queryParam("filter", filter, ApiRequest.ParamStyle.FORM, false)))
                .isEqualTo("filter=color,red,max_size,3");
        assertThat(query(b -> b.queryParam("filter", filter, ApiRequest.ParamStyle.DEEP_OBJECT, true)))
                .isEqualTo("filter%5Bcolor%5D=red&filter%5Bmax_size%5D=3");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", "v w");
        map.put("n", 1);
        assertThat(query(b -> b.queryParam("m", map, ApiRequest.ParamStyle.DEEP_OBJECT, true)))
                .isEqualTo("m%5Bk%5D=v%20w&m%5Bn%5D=1");
        assertThat(query(b -> b.queryParam("empty", List.of()))).isEmpty();
    }

    @Test
    void headersAndCookiesAreRendered() {
        PreparedRequest request = renderer.render(
                ApiRequest.builder(SEARCH)
                        .header("X-Ids", List.of(1, 2, 3))
                        .header("X-Skipped", null)
                        .cookie("session", "a b;c")
                        .cookie("theme", "dark")
                        .build(),
                RequestOptions.builder()
                        .header("X-Extra", "yes")
                        .idempotencyKey("key-1")
                        .build());

        assertThat(request.headers())
                .containsEntry("X-Ids", "1,2,3")
                .containsEntry("x-extra", "yes")
                .containsEntry("Idempotency-Key", "key-1")
                .containsEntry("User-Agent", "test")
                .doesNotContainKey("X-Skipped");
        assertThat(request.cookies()).containsExactly("session=a%20b%3Bc", "theme=dark");
    }

    @Test
    void laterHeaderSourcesWin() {
        RequestRenderer withDefaults = new RequestRenderer(
                URI.create("https://h.example"),
                JsonMapperFactory.create(),
                Map.of("X-Tenant", "default", "Accept", "*/*"));
        Operation<Void> operation = Operation.builder("GET", "/x", ResponseType.none())
                .accept("application/json")
                .build();

        PreparedRequest request = withDefaults.render(
                ApiRequest.builder(operation).header("x-tenant", "request").build(),
                RequestOptions.builder().header("X-TENANT", "options").build());

        assertThat(request.headers())
                .containsEntry("Accept", "application/json")
                .containsEntry("X-Tenant", "options");
    }

    @Test
    void controlCharactersInHeaderValuesAreRefusedWithoutEchoingTheValue() {
        for (String value : List.of("a\r\nX-Injected: 1", "a\nb", "a\rb", "a\u0000b")) {
            assertThatThrownBy(() -> ApiRequest.builder(SEARCH).header("X-Note", value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("X-Note")
                    .hasMessageNotContaining(value);
            assertThatThrownBy(() -> ApiRequest.builder(SEARCH).cookie("pref", value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pref")
                    .hasMessageNotContaining(value);
            assertThatThrownBy(() -> RequestOptions.builder().header("X-Note", value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("X-Note");
        }
    }

    @Test
    void controlCharactersInRenderedNonTextHeaderValuesAreRefused() {
        ApiRequest<Void> request = ApiRequest.builder(SEARCH)
                .header("X-Obj", Map.of("k", "v\r\nX: y"))
                .build();

        assertThatThrownBy(() -> renderer.render(request, RequestOptions.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-Obj")
                .hasMessageNotContaining("X: y");
    }

    private URI render(ApiRequest.Builder<Void> builder) {
        return renderer.render(builder.build(), RequestOptions.none()).uri();
    }

    private String query(java.util.function.UnaryOperator<ApiRequest.Builder<Void>> params) {
        String query = render(params.apply(ApiRequest.builder(SEARCH))).getRawQuery();
        return query == null ? "" : query;
    }
}
