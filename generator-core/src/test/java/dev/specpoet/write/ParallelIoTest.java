package dev.specpoet.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelIoTest {
    @Test
    void resultsComeInTheOrderOfTheItemsWhicheverThreadDidThem() throws Exception {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        List<Integer> results = ParallelIo.map(items, item -> {
            threads.add(Thread.currentThread().getName());
            sleep(item % 3);
            return item * 2;
        });

        assertThat(results)
                .containsExactlyElementsOf(items.stream().map(item -> item * 2).toList());
        // Every item on the pool's two threads, none on the caller's.
        assertThat(threads).isNotEmpty().isSubsetOf("specpoet-write-1", "specpoet-write-2");
    }

    @Test
    void aFewItemsAreDoneOnTheCallersThread() throws Exception {
        List<String> threads =
                ParallelIo.map(List.of(1, 2, 3), item -> Thread.currentThread().getName());

        assertThat(threads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void theFirstFailureInItemOrderIsThrownAsTheTaskThrewIt() {
        IOException seventh = new IOException("disk full at 7");
        IOException ninetieth = new IOException("disk full at 90");

        assertThatThrownBy(() -> ParallelIo.map(IntStream.range(0, 100).boxed().toList(), item -> {
                    if (item == 90) {
                        throw ninetieth;
                    }
                    if (item == 7) {
                        sleep(20);
                        throw seventh;
                    }
                    return item;
                }))
                .isSameAs(seventh);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
