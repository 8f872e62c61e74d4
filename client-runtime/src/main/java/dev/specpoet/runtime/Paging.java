package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * How one operation pages: where a response holds its items, and how the request for the next
 * page follows from the current one. Immutable; an API class keeps one per paged operation.
 *
 * <p>Every style stops at a page without items, at a missing next cursor or link, at a has-more
 * flag that is not {@code true}, at a page shorter than the page size the request asked for, at the
 * last page a total names, and at a next page this chain of pages already asked for (a cursor,
 * link, page number or offset seen before) or that repeats the items of the page before: a server
 * that repeats itself cannot make the client loop forever.
 *
 * @param <T> the type of one item
 */
public final class Paging<T> {
    /** The ways a next page is asked for. */
    public enum Style {
        /** A cursor from the response (a field, or a field of the last item) in a query parameter. */
        CURSOR,
        /** A page number in a query parameter, one more than the current page's. */
        PAGE_NUMBER,
        /** An offset in a query parameter, the current offset plus the items received. */
        OFFSET,
        /** The URL of the next page, in a field of the response body. */
        NEXT_LINK,
        /** The URL of the next page, in an RFC 8288 {@code Link: <url>; rel="next"} header. */
        LINK_HEADER
    }

    private final Style style;
    private final Type itemType;
    private final String parameter;
    private final String sizeParameter;
    private final JsonPointer items;
    private final JsonPointer nextCursor;
    private final JsonPointer lastItemCursor;
    private final JsonPointer hasMore;
    private final JsonPointer nextLink;
    private final JsonPointer total;
    private final long firstPage;

    private Paging(Builder<T> builder) {
        this.style = builder.style;
        this.itemType = builder.itemType;
        this.parameter = builder.parameter;
        this.sizeParameter = builder.sizeParameter;
        this.items = builder.items;
        this.nextCursor = builder.nextCursor;
        this.lastItemCursor = builder.lastItemCursor;
        this.hasMore = builder.hasMore;
        this.nextLink = builder.nextLink;
        this.total = builder.total;
        this.firstPage = builder.firstPage;
        if (style == Style.CURSOR && nextCursor == null && lastItemCursor == null) {
            throw new IllegalStateException("cursor paging needs nextCursor or lastItemCursor");
        }
        if (style == Style.NEXT_LINK && nextLink == null) {
            throw new IllegalStateException("next-link paging needs nextLink");
        }
    }

    /** Pages by a cursor sent in the query parameter {@code parameter}. */
    public static <T> Builder<T> cursor(String parameter, Class<T> itemType) {
        return new Builder<>(Style.CURSOR, itemType, Objects.requireNonNull(parameter, "parameter"));
    }

    /** Pages by a cursor sent in the query parameter {@code parameter}; for generic item types. */
    public static <T> Builder<T> cursor(String parameter, TypeReference<T> itemType) {
        return new Builder<>(Style.CURSOR, itemType.getType(), Objects.requireNonNull(parameter, "parameter"));
    }

    /** Pages by a page number sent in the query parameter {@code parameter}. */
    public static <T> Builder<T> pageNumber(String parameter, Class<T> itemType) {
        return new Builder<>(Style.PAGE_NUMBER, itemType, Objects.requireNonNull(parameter, "parameter"));
    }

    /** Pages by a page number sent in the query parameter {@code parameter}; for generic item types. */
    public static <T> Builder<T> pageNumber(String parameter, TypeReference<T> itemType) {
        return new Builder<>(Style.PAGE_NUMBER, itemType.getType(), Objects.requireNonNull(parameter, "parameter"));
    }

    /** Pages by an item offset sent in the query parameter {@code parameter}. */
    public static <T> Builder<T> offset(String parameter, Class<T> itemType) {
        return new Builder<>(Style.OFFSET, itemType, Objects.requireNonNull(parameter, "parameter"));
    }

    /** Pages by an item offset sent in the query parameter {@code parameter}; for generic item types. */
    public static <T> Builder<T> offset(String parameter, TypeReference<T> itemType) {
        return new Builder<>(Style.OFFSET, itemType.getType(), Objects.requireNonNull(parameter, "parameter"));
    }

    /** Pages by following the URL at the JSON pointer {@code nextLink} of the body. */
    public static <T> Builder<T> nextLink(String nextLink, Class<T> itemType) {
        return new Builder<T>(Style.NEXT_LINK, itemType, null).nextLink(nextLink);
    }

    /** Pages by following the URL at the JSON pointer {@code nextLink} of the body; for generic item types. */
    public static <T> Builder<T> nextLink(String nextLink, TypeReference<T> itemType) {
        return new Builder<T>(Style.NEXT_LINK, itemType.getType(), null).nextLink(nextLink);
    }

    /** Pages by following the {@code Link} header's {@code rel="next"} URL. */
    public static <T> Builder<T> linkHeader(Class<T> itemType) {
        return new Builder<>(Style.LINK_HEADER, itemType, null);
    }

    /** Pages by following the {@code Link} header's {@code rel="next"} URL; for generic item types. */
    public static <T> Builder<T> linkHeader(TypeReference<T> itemType) {
        return new Builder<>(Style.LINK_HEADER, itemType.getType(), null);
    }

    public Style style() {
        return style;
    }

    /** Sends {@code request} and returns its page. */
    public <B> Page<T, B> first(ApiInvoker invoker, ApiRequest<B> request, RequestOptions options) {
        return page(invoker, request, options, invoker.send(request, options), Chain.start(key(request)));
    }

    /** Sends {@code request} without blocking; the future completes with its page. */
    public <B> CompletableFuture<Page<T, B>> firstAsync(
            ApiInvoker invoker, ApiRequest<B> request, RequestOptions options) {
        Chain chain = Chain.start(key(request));
        return invoker.sendAsync(request, options)
                .thenApply(response -> page(invoker, request, options, response, chain));
    }

    /** Pages through every item lazily, from the page {@code request} asks for. */
    public <B> PagedIterable<T> autoPaging(ApiInvoker invoker, ApiRequest<B> request, RequestOptions options) {
        return new PagedIterable<>(() -> first(invoker, request, options), () -> firstAsync(invoker, request, options));
    }

    <B> Page<T, B> page(
            ApiInvoker invoker, ApiRequest<B> request, RequestOptions options, ApiResponse<B> response, Chain chain) {
        ObjectMapper mapper = invoker.objectMapper();
        JsonNode body = response.body() == null ? mapper.nullNode() : mapper.valueToTree(response.body());
        JsonNode itemNodes = body.at(items);
        if (itemNodes.size() > 0 && itemNodes.equals(chain.previousItems())) {
            // The server answered the next page with the page before (it ignores the page number, say):
            // its items were delivered already, and asking further would never end.
            return new Page<>(this, invoker, options, response, List.of(), Optional.empty(), chain);
        }
        List<T> decoded = decode(mapper, itemNodes, response.statusCode());
        Optional<Next<B>> next = next(invoker, request, response, body, decoded.size())
                .filter(candidate -> !chain.seen(candidate.key()));
        Chain nextChain =
                next.map(candidate -> chain.then(candidate.key(), itemNodes)).orElse(chain);
        return new Page<>(this, invoker, options, response, decoded, next.map(Next::request), nextChain);
    }

    private List<T> decode(ObjectMapper mapper, JsonNode itemNodes, int status) {
        if (itemNodes.isMissingNode() || itemNodes.isNull()) {
            return List.of();
        }
        if (!itemNodes.isArray()) {
            throw new ApiDecodingException("The page's items at '" + items + "' are not an array", status, "", null);
        }
        JavaType type = mapper.getTypeFactory().constructType(itemType);
        List<T> decoded = new ArrayList<>(itemNodes.size());
        try {
            for (JsonNode item : itemNodes) {
                decoded.add(mapper.convertValue(item, type));
            }
        } catch (IllegalArgumentException e) {
            throw new ApiDecodingException("An item of the page does not match " + type, status, "", e);
        }
        return decoded;
    }

    private <B> Optional<Next<B>> next(
            ApiInvoker invoker, ApiRequest<B> request, ApiResponse<B> response, JsonNode body, int count) {
        if (style != Style.LINK_HEADER && count == 0) {
            return Optional.empty();
        }
        if (hasMore != null && !body.at(hasMore).asBoolean(false)) {
            return Optional.empty();
        }
        if (style != Style.NEXT_LINK
                && nextLink != null
                && text(body.at(nextLink)).isEmpty()) {
            return Optional.empty();
        }
        return switch (style) {
            case CURSOR ->
                cursor(body).map(cursor -> new Next<>("cursor:" + cursor, request.withQueryParam(parameter, cursor)));
            case PAGE_NUMBER -> {
                long current = number(request, firstPage);
                boolean last = (total != null
                                && body.at(total).canConvertToLong()
                                && current >= body.at(total).asLong())
                        || shortPage(request, count);
                yield last
                        ? Optional.empty()
                        : Optional.of(
                                new Next<>("page:" + (current + 1), request.withQueryParam(parameter, current + 1)));
            }
            case OFFSET -> {
                long following = number(request, 0) + count;
                boolean last = (total != null
                                && body.at(total).canConvertToLong()
                                && following >= body.at(total).asLong())
                        || shortPage(request, count);
                yield last
                        ? Optional.empty()
                        : Optional.of(new Next<>("offset:" + following, request.withQueryParam(parameter, following)));
            }
            case NEXT_LINK -> text(body.at(nextLink)).map(link -> follow(invoker, request, link));
            case LINK_HEADER ->
                LinkHeader.next(response.headers().getOrDefault("Link", List.of()))
                        .map(link -> follow(invoker, request, link));
        };
    }

    private Optional<String> cursor(JsonNode body) {
        if (nextCursor != null) {
            return text(body.at(nextCursor));
        }
        JsonNode all = body.at(items);
        return all.isArray() && all.size() > 0 ? text(all.get(all.size() - 1).at(lastItemCursor)) : Optional.empty();
    }

    /** A page shorter than the page size the request asked for is the last. */
    private boolean shortPage(ApiRequest<?> request, int count) {
        if (sizeParameter == null) {
            return false;
        }
        Optional<Object> size = request.queryParam(sizeParameter);
        return size.isPresent() && size.get() instanceof Number number && count < number.longValue();
    }

    private long number(ApiRequest<?> request, long absent) {
        Optional<Object> value = request.queryParam(parameter);
        if (value.isEmpty()) {
            return absent;
        }
        if (value.get() instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.get().toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Query parameter '" + parameter + "' must be a whole number to page by it", e);
        }
    }

    /**
     * The request for a linked next page. A link is resolved against the client's base URL and must
     * stay on its origin (scheme, host and port): credentials never go to a host the client was not
     * configured for.
     */
    private static <B> Next<B> follow(ApiInvoker invoker, ApiRequest<B> request, String link) {
        URI base = invoker.baseUrl();
        URI url;
        try {
            url = base.resolve(link.trim());
        } catch (IllegalArgumentException e) {
            throw new ApiDecodingException("The next-page link is not a URL", 200, "", e);
        }
        if (!sameOrigin(base, url)) {
            throw new ApiDecodingException(
                    "The next-page link leaves the client's origin " + base.getScheme() + "://" + base.getAuthority()
                            + "; it is not followed, so credentials stay with that origin",
                    200,
                    "",
                    null);
        }
        return new Next<>("link:" + url, request.withTarget(url));
    }

    private static boolean sameOrigin(URI base, URI url) {
        return base.getScheme().equalsIgnoreCase(String.valueOf(url.getScheme()))
                && base.getHost().equalsIgnoreCase(String.valueOf(url.getHost()))
                && port(base) == port(url);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }

    private static Optional<String> text(JsonNode node) {
        if (node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        String text = node.asText();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private String key(ApiRequest<?> request) {
        return switch (style) {
            case CURSOR ->
                request.queryParam(parameter).map(value -> "cursor:" + value).orElse("");
            case PAGE_NUMBER -> "page:" + number(request, firstPage);
            case OFFSET -> "offset:" + number(request, 0);
            case NEXT_LINK, LINK_HEADER ->
                request.target().map(url -> "link:" + url).orElse("");
        };
    }

    /** Names the style and the parameter, never a value. */
    @Override
    public String toString() {
        return "Paging[" + style + (parameter == null ? "" : ", " + parameter) + ", items " + items + "]";
    }

    private record Next<B>(String key, ApiRequest<B> request) {}

    /** Builds a {@link Paging}; the items pointer defaults to the whole body (an array). */
    public static final class Builder<T> {
        private final Style style;
        private final Type itemType;
        private final String parameter;
        private String sizeParameter;
        private JsonPointer items = JsonPointer.empty();
        private JsonPointer nextCursor;
        private JsonPointer lastItemCursor;
        private JsonPointer hasMore;
        private JsonPointer nextLink;
        private JsonPointer total;
        private long firstPage = 1;

        private Builder(Style style, Type itemType, String parameter) {
            this.style = style;
            this.itemType = Objects.requireNonNull(itemType, "itemType");
            this.parameter = parameter;
        }

        /** The query parameter of the page size or limit; a page shorter than the size asked for is the last. */
        public Builder<T> sizeParameter(String sizeParameter) {
            this.sizeParameter = Objects.requireNonNull(sizeParameter, "sizeParameter");
            return this;
        }

        /** The JSON pointer (RFC 6901) of the items array in the body; {@code ""} is the body itself. */
        public Builder<T> items(String pointer) {
            this.items = pointer(pointer);
            return this;
        }

        /** The JSON pointer of the next page's cursor in the body. */
        public Builder<T> nextCursor(String pointer) {
            this.nextCursor = pointer(pointer);
            return this;
        }

        /** The JSON pointer, inside the last item, of the next page's cursor (Stripe's {@code /id}). */
        public Builder<T> lastItemCursor(String pointer) {
            this.lastItemCursor = pointer(pointer);
            return this;
        }

        /** The JSON pointer of a boolean in the body that is {@code true} while more pages follow. */
        public Builder<T> hasMore(String pointer) {
            this.hasMore = pointer(pointer);
            return this;
        }

        /**
         * The JSON pointer of the next page's URL in the body: followed in the next-link style, and in
         * the other styles a signal that a next page exists while it is present.
         */
        public Builder<T> nextLink(String pointer) {
            this.nextLink = pointer(pointer);
            return this;
        }

        /** The JSON pointer of the number of pages (page-number style) or items (offset style). */
        public Builder<T> total(String pointer) {
            this.total = pointer(pointer);
            return this;
        }

        /** The number of the first page, when the request names none (default 1). */
        public Builder<T> firstPage(long firstPage) {
            this.firstPage = firstPage;
            return this;
        }

        public Paging<T> build() {
            return new Paging<>(this);
        }

        private static JsonPointer pointer(String pointer) {
            return JsonPointer.compile(Objects.requireNonNull(pointer, "pointer"));
        }
    }

    /**
     * What one chain of pages has asked for: every page key, and the items of the newest page. Each
     * page holds its own copy, so pages of one chain can be fetched again from any of them.
     */
    static final class Chain {
        private final java.util.Set<String> keys;
        private final JsonNode previousItems;

        private Chain(java.util.Set<String> keys, JsonNode previousItems) {
            this.keys = keys;
            this.previousItems = previousItems;
        }

        static Chain start(String key) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            if (!key.isEmpty()) {
                keys.add(key);
            }
            return new Chain(keys, null);
        }

        boolean seen(String key) {
            return keys.contains(key);
        }

        JsonNode previousItems() {
            return previousItems;
        }

        Chain then(String key, JsonNode items) {
            java.util.Set<String> next = new java.util.HashSet<>(keys);
            next.add(key);
            return new Chain(next, items);
        }
    }
}
