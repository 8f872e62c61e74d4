package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.runtime.Fixtures.Pet;
import dev.specpoet.runtime.TestServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncTest {
    private final TestServer server = TestServer.start();
    private final ApiInvoker invoker = Fixtures.invoker(server.url()).build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void success() {
        server.enqueue(Reply.json(200, "{\"id\":3,\"name\":\"c\"}"));

        ApiResponse<Pet> response =
                invoker.sendAsync(Fixtures.getPet(3), RequestOptions.none()).join();

        assertThat(response.body()).isEqualTo(new Pet(3, "c"));
    }

    @Test
    void errorStatusFailsTheFutureWithApiException() {
        server.enqueue(Reply.of(404, "not found"));

        CompletableFuture<ApiResponse<Pet>> future = invoker.sendAsync(Fixtures.getPet(3), RequestOptions.none());

        assertThatThrownBy(future::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void retriesWithoutBlocking() {
        server.enqueue(Reply.of(503, "busy"))
                .enqueue(Reply.of(429, "later", "Retry-After", "0"))
                .enqueue(Reply.json(200, "{\"id\":3,\"name\":\"c\"}"));

        ApiResponse<Pet> response =
                invoker.sendAsync(Fixtures.getPet(3), RequestOptions.none()).join();

        assertThat(response.body()).isEqualTo(new Pet(3, "c"));
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void attemptsAndRetriesRunOnTheExecutorSetOnTheBuilder() {
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newSingleThreadExecutor(task -> new Thread(task, "callers-own"));
        try {
            List<String> threads = new CopyOnWriteArrayList<>();
            ApiInvoker own = Fixtures.invoker(server.url())
                    .executor(task -> {
                        tasks.incrementAndGet();
                        pool.execute(task);
                    })
                    .listener(new ExchangeListener() {
                        @Override
                        public void onResponse(ResponseEvent event) {
                            threads.add(Thread.currentThread().getName());
                        }
                    })
                    .build();
            server.enqueue(Reply.of(503, "busy")).enqueue(Reply.json(200, "{\"id\":3,\"name\":\"c\"}"));

            Pet pet = own.sendAsync(Fixtures.getPet(3), RequestOptions.none())
                    .join()
                    .body();

            assertThat(pet).isEqualTo(new Pet(3, "c"));
            assertThat(threads).containsExactly("callers-own", "callers-own");
            assertThat(tasks).hasValue(2); // The first attempt, and the retry after its delay.
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void timeout() {
        server.otherwise(request -> Reply.of(200, "late").after(Duration.ofSeconds(5)));
        RequestOptions quick = RequestOptions.builder()
                .timeout(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.none())
                .build();

        assertThatThrownBy(() -> invoker.sendAsync(Fixtures.getPet(3), quick).join())
                .cause()
                .isInstanceOf(ApiTimeoutException.class);
    }

    @Test
    void missingCredentialsFailTheFutureWithoutARequest() {
        Operation<Void> secured = Operation.builder("GET", "/s", ResponseType.none())
                .operationId("secured")
                .security(List.of(List.of("ApiKeyAuth")))
                .build();

        CompletableFuture<ApiResponse<Void>> future =
                invoker.sendAsync(ApiRequest.builder(secured).build(), RequestOptions.none());

        assertThatThrownBy(future::join).cause().isInstanceOf(MissingCredentialException.class);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void oauthTokenAndRedirectWorkAsynchronously() {
        try (TestServer auth = TestServer.start()) {
            auth.otherwise(request -> Reply.json(200, "{\"access_token\":\"t1\",\"expires_in\":3600}"));
            server.enqueue(Reply.of(401, ""))
                    .enqueue(Reply.of(302, "", "Location", "/pets/4"))
                    .enqueue(Reply.json(200, "{\"id\":4,\"name\":\"d\"}"));
            Operation<Pet> secured = Operation.builder("GET", "/pets/{petId}", ResponseType.json(Pet.class))
                    .security(List.of(List.of("OAuth")))
                    .build();
            ApiInvoker oauth = Fixtures.invoker(server.url())
                    .credential(
                            "OAuth", Credential.oauth2ClientCredentials(auth.url() + "/token", "id", "pw", List.of()))
                    .build();

            Pet pet = oauth.sendAsync(
                            ApiRequest.builder(secured).pathParam("petId", 3).build(), RequestOptions.none())
                    .join()
                    .body();

            assertThat(pet).isEqualTo(new Pet(4, "d"));
            assertThat(auth.requestCount()).isEqualTo(2);
            assertThat(server.lastRequest().header("Authorization")).contains("Bearer t1");
        }
    }
}
