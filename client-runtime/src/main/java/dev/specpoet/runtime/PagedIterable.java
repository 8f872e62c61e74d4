package dev.specpoet.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paged list, page after page: each iteration starts with the first page and
 * fetches a next page only when it reaches the end of the one before, holding one page at a time.
 * A failed page request throws from the iterator (or fails {@link #forEachAsync}) with the
 * exception the operation's method throws.
 *
 * <pre>{@code
 * for (Pet pet : pets.listPetsAutoPaging()) { ... }
 * pets.listPetsAutoPaging().stream().filter(Pet::isAvailable).limit(50).toList();
 * pets.listPetsAutoPaging().forEachAsync(pet -> ...).join();
 * }</pre>
 *
 * @param <T> the type of one item
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final Supplier<Page<T, ?>> first;
    private final Supplier<CompletableFuture<? extends Page<T, ?>>> firstAsync;

    PagedIterable(Supplier<Page<T, ?>> first, Supplier<CompletableFuture<? extends Page<T, ?>>> firstAsync) {
        this.first = first;
        this.firstAsync = firstAsync;
    }

    /** An iterator that sends the first request on its first {@code hasNext}, and the others as it goes. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Page<T, ?> page;
            private Iterator<T> items;

            @Override
            public boolean hasNext() {
                if (page == null) {
                    page = first.get();
                    items = page.items().iterator();
                }
                while (!items.hasNext() && page.hasNextPage()) {
                    page = page.nextPage();
                    items = page.items().iterator();
                }
                return items.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return items.next();
            }
        };
    }

    /** The items as a sequential, lazy stream; a {@code limit} stops fetching pages. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /**
     * Passes every item to {@code action} without blocking a thread while pages are fetched: each page
     * is asked for when {@code action} has seen the one before. The future completes after the last
     * page, or fails with the first failed request or the first exception {@code action} throws.
     */
    public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<? extends Page<T, ?>> start;
        try {
            start = firstAsync.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        consume(start, action, done);
        return done;
    }

    private static <T> void consume(
            CompletableFuture<? extends Page<T, ?>> pending, Consumer<? super T> action, CompletableFuture<Void> done) {
        pending.whenComplete((page, failure) -> {
            if (failure != null) {
                done.completeExceptionally(
                        failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure);
                return;
            }
            try {
                page.items().forEach(action);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            if (page.hasNextPage()) {
                consume(page.nextPageAsync(), action, done);
            } else {
                done.complete(null);
            }
        });
    }

    @Override
    public String toString() {
        return "PagedIterable";
    }
}
