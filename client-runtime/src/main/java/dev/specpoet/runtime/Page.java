package dev.specpoet.runtime;

import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One page of a paged list operation: its items, the decoded response it came in, and the way to
 * the next page. Immutable; asking for the next page sends a request and leaves this page as it is.
 *
 * <pre>{@code
 * Page<Pet, ListPetsResponse> page = pets.listPets();
 * while (true) {
 *     page.items().forEach(pet -> show(pet));
 *     if (!page.hasNextPage()) break;
 *     page = page.nextPage();
 * }
 * }</pre>
 *
 * Or let {@link #autoPaging()} (or the API's {@code ...AutoPaging} method) do the loop.
 *
 * @param <T> the type of one item
 * @param <B> the decoded response body
 */
public final class Page<T, B> {
    private final Paging<T, B> paging;
    private final ApiInvoker invoker;
    private final RequestOptions options;
    private final ApiResponse<B> response;
    private final List<T> items;
    /** The next page's request, made when asked for; null on the last page. */
    private final Supplier<ApiRequest<B>> next;

    private final Paging.Chain chain;

    Page(
            Paging<T, B> paging,
            ApiInvoker invoker,
            RequestOptions options,
            ApiResponse<B> response,
            List<T> items,
            Supplier<ApiRequest<B>> next,
            Paging.Chain chain) {
        this.paging = paging;
        this.invoker = invoker;
        this.options = options;
        this.response = response;
        // A read-only view, not a copy: the items are the list the body holds (a record's list is
        // read-only already, and then this is that list).
        this.items = Collections.unmodifiableList(items);
        this.next = next;
        this.chain = chain;
    }

    /** The items of this page, in the server's order (read-only); empty for an empty page. */
    public List<T> items() {
        return items;
    }

    /** The decoded body of this page's response, with whatever else it holds (totals, links). */
    public B body() {
        return response.body();
    }

    /** This page's response: status, headers and body. */
    public ApiResponse<B> response() {
        return response;
    }

    /** True when a next page follows; false on the last page (see {@link Paging} for when that is). */
    public boolean hasNextPage() {
        return next != null;
    }

    /**
     * Fetches the next page, with the options of the first call.
     *
     * @throws NoSuchElementException on the last page
     * @throws ApiException and the other exceptions of a call, as the operation's method throws them
     */
    public Page<T, B> nextPage() {
        if (next == null) {
            throw new NoSuchElementException("This is the last page");
        }
        ApiRequest<B> request = next.get();
        return paging.page(invoker, request, options, invoker.send(request, options), chain);
    }

    /** Fetches the next page without blocking; the future fails with {@link NoSuchElementException} on the last page. */
    public CompletableFuture<Page<T, B>> nextPageAsync() {
        if (next == null) {
            return CompletableFuture.failedFuture(new NoSuchElementException("This is the last page"));
        }
        ApiRequest<B> request = next.get();
        return invoker.sendAsync(request, options)
                .thenApply(nextResponse -> paging.page(invoker, request, options, nextResponse, chain));
    }

    /** Every item of this page and the pages after it, fetched lazily as iteration reaches them. */
    public PagedIterable<T> autoPaging() {
        return new PagedIterable<>(() -> this, () -> CompletableFuture.completedFuture(this));
    }

    /** Names the page's size and whether another follows, never an item. */
    @Override
    public String toString() {
        return "Page[" + items.size() + " items, " + (hasNextPage() ? "more follow" : "last") + "]";
    }
}
