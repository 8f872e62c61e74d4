package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.runtime.Fixtures.Pet;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import dev.specpoet.testserver.StubServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AsyncTest {
    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    private ApiInvoker invoker;

    @BeforeEach
    void connect() {
        invoker = Fixtures.invoker(stub.server().baseUrl()).build();
    }

    @Test
    void success() {
        stub.server().respondInOrder(StubResponse.json(200, "{\"id\":3,\"name\":\"c\"}"));

        ApiResponse<Pet> response =
                invoker.sendAsync(Fixtures.getPet(3), RequestOptions.none()).join();

        assertThat(response.body()).isEqualTo(new Pet(3, "c"));
    }

    @Test
    void errorStatusFailsTheFutureWithApiException() {
        stub.server().respondInOrder(StubResponse.of(404, null, "not found"));

        CompletableFuture<ApiResponse<Pet>> future = invoker.sendAsync(Fixtures.getPet(3), RequestOptions.none());

        assertThatThrownBy(future::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void retriesWithoutBlocking() {
        stub.server()
                .respondInOrder(StubResponse.of(503, null, "busy"))
                .respondInOrder(StubResponse.of(429, null, "later").withHeader("Retry-After", "0"))
                .respondInOrder(StubResponse.json(200, "{\"id\":3,\"name\":\"c\"}"));

        ApiResponse<Pet> response =
                invoker.sendAsync(Fixtures.getPet(3), RequestOptions.none()).join();

        assertThat(response.body()).isEqualTo(new Pet(3, "c"));
        assertThat(stub.server().requests().size()).isEqualTo(3);
    }

    @Test
    void attemptsAndRetriesRunOnTheExecutorSetOnTheBuilder() {
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newSingleThreadExecutor(task -> new Thread(task, "callers-own"));
        try {
            List<String> threads = new CopyOnWriteArrayList<>();
            ApiInvoker own = Fixtures.invoker(stub.server().baseUrl())
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
            stub.server()
                    .respondInOrder(StubResponse.of(503, null, "busy"))
                    .respondInOrder(StubResponse.json(200, "{\"id\":3,\"name\":\"c\"}"));

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
        stub.server().respond(StubResponse.of(200, null, "late").after(Duration.ofSeconds(5)));
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
        assertThat(stub.server().requests().size()).isZero();
    }

    @Test
    void oauthTokenAndRedirectWorkAsynchronously() {
        try (StubServer auth = StubServer.start()) {
            auth.respond(StubResponse.json(200, "{\"access_token\":\"t1\",\"expires_in\":3600}"));
            stub.server()
                    .respondInOrder(StubResponse.empty(401))
                    .respondInOrder(StubResponse.redirect(302, "/pets/4"))
                    .respondInOrder(StubResponse.json(200, "{\"id\":4,\"name\":\"d\"}"));
            Operation<Pet> secured = Operation.builder("GET", "/pets/{petId}", ResponseType.json(Pet.class))
                    .security(List.of(List.of("OAuth")))
                    .build();
            ApiInvoker oauth = Fixtures.invoker(stub.server().baseUrl())
                    .credential(
                            "OAuth",
                            Credential.oauth2ClientCredentials(auth.baseUrl() + "/token", "id", "pw", List.of()))
                    .build();

            Pet pet = oauth.sendAsync(
                            ApiRequest.builder(secured).pathParam("petId", 3).build(), RequestOptions.none())
                    .join()
                    .body();

            assertThat(pet).isEqualTo(new Pet(4, "d"));
            assertThat(auth.requests().size()).isEqualTo(2);
            assertThat(stub.server().lastRequest().header("Authorization")).contains("Bearer t1");
        }
    }
}
