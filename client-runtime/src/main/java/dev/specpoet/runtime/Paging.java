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
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one operation pages: where a response holds its items, and how the request for the next
 * page follows from the current one. Immutable; an API class keeps one per paged operation.
 *
 * <pre>{@code
 * static final Paging<Pet, PetList> PAGING = Paging.<Pet, PetList>cursor("starting_after")
 *         .items(PetList::data)
 *         .hasMore(PetList::hasMore)
 *         .lastItemCursor(Pet::id)
 *         .build();
 * }</pre>
 *
 * <p>The parts of a page are read through the decoded body's accessors, so a page's items are the
 * very list its body holds and nothing is decoded twice. A part the body's type does not reach (it
 * sits in undeclared properties, an untyped value or a union) is named by a JSON pointer instead;
 * only then is the body turned into a JSON tree, once per page.
 *
 * <p>Every style stops at a page without items, at a missing next cursor or link, at a has-more
 * flag that is not {@code true}, at a page shorter than the page size the request asked for, at the
 * last page a total names, and at a next page this chain of pages already asked for (a cursor,
 * link, page number or offset seen before) or that repeats the items of the page before: a server
 * that repeats itself cannot make the client loop forever.
 *
 * @param <T> the type of one item
 * @param <B> the decoded response body
 */
public final class Paging<T, B> {
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
    private final String parameter;
    private final String sizeParameter;
    private final Function<? super B, ? extends List<T>> items;
    private final JsonPointer itemsPointer;
    private final Type itemType;
    private final Part<B> nextCursor;
    private final Part<T> lastItemCursor;
    private final Part<B> hasMore;
    private final Part<B> nextLink;
    private final Part<B> total;
    private final long firstPage;

    private Paging(Builder<T, B> builder) {
        this.style = builder.style;
        this.parameter = builder.parameter;
        this.sizeParameter = builder.sizeParameter;
        this.items = builder.items;
        this.itemsPointer = builder.itemsPointer;
        this.itemType = builder.itemType;
        this.nextCursor = builder.nextCursor;
        this.lastItemCursor = builder.lastItemCursor;
        this.hasMore = builder.hasMore;
        this.nextLink = builder.nextLink;
        this.total = builder.total;
        this.firstPage = builder.firstPage;
        if (items == null && itemsPointer == null) {
            throw new IllegalStateException("paging needs items");
        }
        if (style == Style.CURSOR && nextCursor == null && lastItemCursor == null) {
            throw new IllegalStateException("cursor paging needs nextCursor or lastItemCursor");
        }
        if (style == Style.NEXT_LINK && nextLink == null) {
            throw new IllegalStateException("next-link paging needs nextLink");
        }
    }

    /** Pages by a cursor sent in the query parameter {@code parameter}. */
    public static <T, B> Builder<T, B> cursor(String parameter) {
        return new Builder<>(Style.CURSOR, Objects.requireNonNull(parameter, "parameter"));
    }

    /** Pages by a page number sent in the query parameter {@code parameter}. */
    public static <T, B> Builder<T, B> pageNumber(String parameter) {
        return new Builder<>(Style.PAGE_NUMBER, Objects.requireNonNull(parameter, "parameter"));
    }

    /** Pages by an item offset sent in the query parameter {@code parameter}. */
    public static <T, B> Builder<T, B> offset(String parameter) {
        return new Builder<>(Style.OFFSET, Objects.requireNonNull(parameter, "parameter"));
    }

    /** Pages by following the URL that {@link Builder#nextLink(Function) nextLink} reads from the body. */
    public static <T, B> Builder<T, B> nextLink() {
        return new Builder<>(Style.NEXT_LINK, null);
    }

    /** Pages by following the {@code Link} header's {@code rel="next"} URL. */
    public static <T, B> Builder<T, B> linkHeader() {
        return new Builder<>(Style.LINK_HEADER, null);
    }

    public Style style() {
        return style;
    }

    /** Sends {@code request} and returns its page. */
    public Page<T, B> first(ApiInvoker invoker, ApiRequest<B> request, RequestOptions options) {
        return page(invoker, request, options, invoker.send(request, options), Chain.start(key(request)));
    }

    /** Sends {@code request} without blocking; the future completes with its page. */
    public CompletableFuture<Page<T, B>> firstAsync(ApiInvoker invoker, ApiRequest<B> request, RequestOptions options) {
        Chain chain = Chain.start(key(request));
        return invoker.sendAsync(request, options)
                .thenApply(response -> page(invoker, request, options, response, chain));
    }

    /** Pages through every item lazily, from the page {@code request} asks for. */
    public PagedIterable<T> autoPaging(ApiInvoker invoker, ApiRequest<B> request, RequestOptions options) {
        return new PagedIterable<>(() -> first(invoker, request, options), () -> firstAsync(invoker, request, options));
    }

    Page<T, B> page(
            ApiInvoker invoker, ApiRequest<B> request, RequestOptions options, ApiResponse<B> response, Chain chain) {
        Tree<B> tree = new Tree<>(invoker.objectMapper(), response.body());
        List<T> received = items(tree, response.statusCode());
        if (!received.isEmpty() && received.equals(chain.previousItems())) {
            // The server answered the next page with the page before (it ignores the page number, say):
            // its items were delivered already, and asking further would never end.
            return new Page<>(this, invoker, options, response, List.of(), null, chain);
        }
        Optional<Next<B>> next =
                next(invoker, request, response, tree, received).filter(candidate -> !chain.seen(candidate.key()));
        Chain nextChain =
                next.map(candidate -> chain.then(candidate.key(), received)).orElse(chain);
        return new Page<>(
                this,
                invoker,
                options,
                response,
                received,
                next.map(Next::request).orElse(null),
                nextChain);
    }

    /** The page's items: the body's own list when an accessor reads it, else decoded from the tree. */
    private List<T> items(Tree<B> tree, int status) {
        B body = tree.body();
        if (body == null) {
            return List.of();
        }
        if (items != null) {
            List<T> list = items.apply(body);
            return list == null ? List.of() : list;
        }
        JsonNode itemNodes = tree.at(itemsPointer);
        if (itemNodes.isMissingNode() || itemNodes.isNull()) {
            return List.of();
        }
        if (!itemNodes.isArray()) {
            throw new ApiDecodingException(
                    "The page's items at '" + itemsPointer + "' are not an array", status, "", null);
        }
        ObjectMapper mapper = tree.mapper();
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

    private Optional<Next<B>> next(
            ApiInvoker invoker, ApiRequest<B> request, ApiResponse<B> response, Tree<B> tree, List<T> received) {
        int count = received.size();
        if (style != Style.LINK_HEADER && count == 0) {
            return Optional.empty();
        }
        if (hasMore != null && !hasMore.flag(tree)) {
            return Optional.empty();
        }
        if (style != Style.NEXT_LINK && nextLink != null && nextLink.text(tree).isEmpty()) {
            return Optional.empty();
        }
        return switch (style) {
            case CURSOR ->
                cursor(tree, received)
                        .map(cursor -> new Next<>("cursor:" + cursor, () -> request.withQueryParam(parameter, cursor)));
            case PAGE_NUMBER -> {
                long current = number(request, firstPage);
                boolean last = atTotal(tree, current) || shortPage(request, count);
                yield last
                        ? Optional.empty()
                        : Optional.of(new Next<>(
                                "page:" + (current + 1), () -> request.withQueryParam(parameter, current + 1)));
            }
            case OFFSET -> {
                long following = number(request, 0) + count;
                boolean last = atTotal(tree, following) || shortPage(request, count);
                yield last
                        ? Optional.empty()
                        : Optional.of(
                                new Next<>("offset:" + following, () -> request.withQueryParam(parameter, following)));
            }
            case NEXT_LINK -> nextLink.text(tree).map(link -> follow(invoker, request, link));
            case LINK_HEADER ->
                LinkHeader.next(response.headers().getOrDefault("Link", List.of()))
                        .map(link -> follow(invoker, request, link));
        };
    }

    private Optional<String> cursor(Tree<B> tree, List<T> received) {
        if (nextCursor != null) {
            return nextCursor.text(tree);
        }
        T last = received.get(received.size() - 1);
        return last == null ? Optional.empty() : lastItemCursor.text(new Tree<>(tree.mapper(), last));
    }

    /** True when {@code reached} (a page number or an offset) is at or past the total the body names. */
    private boolean atTotal(Tree<B> tree, long reached) {
        if (total == null) {
            return false;
        }
        OptionalLong count = total.count(tree);
        return count.isPresent() && reached >= count.getAsLong();
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
        return new Next<>("link:" + url, () -> request.withTarget(url));
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
        return "Paging[" + style + (parameter == null ? "" : ", " + parameter) + "]";
    }

    /**
     * The next page: its key, and its request, made only when the page is asked for (most callers
     * read one page, and a request copies the parameters of the one before).
     */
    private record Next<B>(String key, Supplier<ApiRequest<B>> request) {}

    /**
     * A value a page's body (or its last item) holds: read by an accessor of the decoded type, or, where
     * the type does not reach it (undeclared properties, an untyped value, a union), found at a JSON
     * pointer of its tree.
     */
    private record Part<S>(Function<? super S, ?> accessor, JsonPointer pointer) {
        static <S> Part<S> of(Function<? super S, ?> accessor) {
            return new Part<>(Objects.requireNonNull(accessor, "accessor"), null);
        }

        static <S> Part<S> at(String pointer) {
            return new Part<>(null, JsonPointer.compile(Objects.requireNonNull(pointer, "pointer")));
        }

        /** The value as text; empty when it is absent, blank or not a single value. */
        Optional<String> text(Tree<? extends S> tree) {
            if (accessor == null) {
                JsonNode node = tree.at(pointer);
                return node.isValueNode() && !node.isNull() ? nonBlank(node.asText()) : Optional.empty();
            }
            Object value = read(tree);
            return value == null ? Optional.empty() : nonBlank(value.toString());
        }

        /** True only when the value is the boolean {@code true}. */
        boolean flag(Tree<? extends S> tree) {
            return accessor == null ? tree.at(pointer).asBoolean(false) : Boolean.TRUE.equals(read(tree));
        }

        /** The value as a whole number; empty when it is absent or not one. */
        OptionalLong count(Tree<? extends S> tree) {
            if (accessor == null) {
                JsonNode node = tree.at(pointer);
                return node.canConvertToLong() ? OptionalLong.of(node.asLong()) : OptionalLong.empty();
            }
            return read(tree) instanceof Number number ? OptionalLong.of(number.longValue()) : OptionalLong.empty();
        }

        private Object read(Tree<? extends S> tree) {
            S source = tree.body();
            return source == null ? null : accessor.apply(source);
        }

        private static Optional<String> nonBlank(String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }
    }

    /**
     * A decoded value and, made on first use, its JSON tree: only the parts named by pointers need the
     * tree, so a page read through accessors never builds one.
     */
    private static final class Tree<S> {
        private final ObjectMapper mapper;
        private final S body;
        private JsonNode node;

        Tree(ObjectMapper mapper, S body) {
            this.mapper = mapper;
            this.body = body;
        }

        ObjectMapper mapper() {
            return mapper;
        }

        S body() {
            return body;
        }

        JsonNode at(JsonPointer pointer) {
            if (node == null) {
                node = body == null ? mapper.nullNode() : mapper.valueToTree(body);
            }
            return node.at(pointer);
        }
    }

    /**
     * Builds a {@link Paging}. Each part of a page is read by an accessor of the decoded body (or, for
     * the last item's cursor, of the item); the overloads taking a JSON pointer (RFC 6901) are for parts
     * the decoded type does not reach.
     */
    public static final class Builder<T, B> {
        private final Style style;
        private final String parameter;
        private String sizeParameter;
        private Function<? super B, ? extends List<T>> items;
        private JsonPointer itemsPointer;
        private Type itemType;
        private Part<B> nextCursor;
        private Part<T> lastItemCursor;
        private Part<B> hasMore;
        private Part<B> nextLink;
        private Part<B> total;
        private long firstPage = 1;

        private Builder(Style style, String parameter) {
            this.style = style;
            this.parameter = parameter;
        }

        /** The query parameter of the page size or limit; a page shorter than the size asked for is the last. */
        public Builder<T, B> sizeParameter(String sizeParameter) {
            this.sizeParameter = Objects.requireNonNull(sizeParameter, "sizeParameter");
            return this;
        }

        /** The body's list of items (null for none); the page's items are that very list. */
        public Builder<T, B> items(Function<? super B, ? extends List<T>> items) {
            this.items = Objects.requireNonNull(items, "items");
            this.itemsPointer = null;
            this.itemType = null;
            return this;
        }

        /** The JSON pointer of the items array in the body ({@code ""} is the body itself), decoded as {@code itemType}. */
        public Builder<T, B> items(String pointer, Class<T> itemType) {
            return itemsAt(pointer, Objects.requireNonNull(itemType, "itemType"));
        }

        /** The JSON pointer of the items array in the body, decoded as a generic {@code itemType}. */
        public Builder<T, B> items(String pointer, TypeReference<T> itemType) {
            return itemsAt(pointer, Objects.requireNonNull(itemType, "itemType").getType());
        }

        private Builder<T, B> itemsAt(String pointer, Type type) {
            this.itemsPointer = JsonPointer.compile(Objects.requireNonNull(pointer, "pointer"));
            this.itemType = type;
            this.items = null;
            return this;
        }

        /** The next page's cursor in the body; absent, null or blank on the last page. */
        public Builder<T, B> nextCursor(Function<? super B, ?> cursor) {
            this.nextCursor = Part.of(cursor);
            return this;
        }

        /** The JSON pointer of the next page's cursor in the body. */
        public Builder<T, B> nextCursor(String pointer) {
            this.nextCursor = Part.at(pointer);
            return this;
        }

        /** The next page's cursor in the last item of a page (Stripe's {@code id}). */
        public Builder<T, B> lastItemCursor(Function<? super T, ?> cursor) {
            this.lastItemCursor = Part.of(cursor);
            return this;
        }

        /** The JSON pointer, inside the last item, of the next page's cursor. */
        public Builder<T, B> lastItemCursor(String pointer) {
            this.lastItemCursor = Part.at(pointer);
            return this;
        }

        /** A flag in the body that is {@code true} while more pages follow. */
        public Builder<T, B> hasMore(Function<? super B, Boolean> hasMore) {
            this.hasMore = Part.of(hasMore);
            return this;
        }

        /** The JSON pointer of a boolean in the body that is {@code true} while more pages follow. */
        public Builder<T, B> hasMore(String pointer) {
            this.hasMore = Part.at(pointer);
            return this;
        }

        /**
         * The next page's URL in the body: followed in the next-link style, and in the other styles a
         * signal that a next page exists while it is present.
         */
        public Builder<T, B> nextLink(Function<? super B, ?> nextLink) {
            this.nextLink = Part.of(nextLink);
            return this;
        }

        /** The JSON pointer of the next page's URL in the body. */
        public Builder<T, B> nextLink(String pointer) {
            this.nextLink = Part.at(pointer);
            return this;
        }

        /** The number of pages (page-number style) or items (offset style) the body names. */
        public Builder<T, B> total(Function<? super B, ? extends Number> total) {
            this.total = Part.of(total);
            return this;
        }

        /** The JSON pointer of the number of pages (page-number style) or items (offset style). */
        public Builder<T, B> total(String pointer) {
            this.total = Part.at(pointer);
            return this;
        }

        /** The number of the first page, when the request names none (default 1). */
        public Builder<T, B> firstPage(long firstPage) {
            this.firstPage = firstPage;
            return this;
        }

        /**
         * The paging.
         *
         * @throws IllegalStateException without items, for cursor paging without a cursor, and for
         *     next-link paging without the link
         */
        public Paging<T, B> build() {
            return new Paging<>(this);
        }
    }

    /**
     * What one chain of pages has asked for: every page key, and the items of the newest page. A
     * chain never changes; the next page's chain links to it, so pages of one chain can be fetched
     * again from any of them, and a chain of n pages holds n keys and one page's items.
     */
    static final class Chain {
        private final Keys keys;
        private final List<?> previousItems;

        private Chain(Keys keys, List<?> previousItems) {
            this.keys = keys;
            this.previousItems = previousItems;
        }

        static Chain start(String key) {
            return new Chain(key.isEmpty() ? null : new Keys(key, null), null);
        }

        boolean seen(String key) {
            for (Keys at = keys; at != null; at = at.before()) {
                if (at.key().equals(key)) {
                    return true;
                }
            }
            return false;
        }

        List<?> previousItems() {
            return previousItems;
        }

        Chain then(String key, List<?> items) {
            return new Chain(new Keys(key, keys), items);
        }

        /** The keys asked for, newest first. */
        private record Keys(String key, Keys before) {}
    }
}
