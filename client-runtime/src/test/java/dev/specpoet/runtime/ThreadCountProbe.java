package dev.specpoet.runtime;

import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Makes blocking and asynchronous calls against a loopback server and prints how many threads the
 * JVM started meanwhile, as {@code blocking=N async=M refresh=R}, the last over blocking calls that
 * each fetch an OAuth 2.0 token first; {@link ThreadsPerCallTest} runs it in JVMs with a forced
 * processor count.
 */
final class ThreadCountProbe {
    private ThreadCountProbe() {}

    public static void main(String[] args) {
        int calls = Integer.parseInt(args[0]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (StubServer server = StubServer.start()) {
            // A token that expires at once is renewed on every call.
            server.respond(request -> request.rawPath().equals("/token")
                    ? StubResponse.json(200, "{\"access_token\":\"t\",\"expires_in\":0}")
                    : StubResponse.json(200, "{\"id\":3,\"name\":\"c\"}"));
            ApiInvoker invoker = Fixtures.invoker(server.baseUrl()).build();
            // The first calls start what lives as long as the client: selector, pool, server threads.
            for (int i = 0; i < 10; i++) {
                invoker.send(Fixtures.getPet(3), RequestOptions.none());
                invoker.sendAsync(Fixtures.getPet(3), RequestOptions.none()).join();
            }
            long before = threads.getTotalStartedThreadCount();
            for (int i = 0; i < calls; i++) {
                invoker.send(Fixtures.getPet(3), RequestOptions.none());
            }
            long blocking = threads.getTotalStartedThreadCount() - before;
            before = threads.getTotalStartedThreadCount();
            for (int i = 0; i < calls; i++) {
                invoker.sendAsync(Fixtures.getPet(3), RequestOptions.none()).join();
            }
            long async = threads.getTotalStartedThreadCount() - before;
            ApiInvoker oauth = Fixtures.invoker(server.baseUrl())
                    .credential(
                            "OAuth",
                            Credential.oauth2ClientCredentials(server.baseUrl() + "/token", "c", "s", List.of()))
                    .build();
            Operation<Void> secured = Operation.builder("GET", "/data", ResponseType.none())
                    .operationId("getData")
                    .security(List.of(List.of("OAuth")))
                    .build();
            oauth.send(ApiRequest.builder(secured).build(), RequestOptions.none());
            before = threads.getTotalStartedThreadCount();
            for (int i = 0; i < calls; i++) {
                oauth.send(ApiRequest.builder(secured).build(), RequestOptions.none());
            }
            long refresh = threads.getTotalStartedThreadCount() - before;
            System.out.println("blocking=" + blocking + " async=" + async + " refresh=" + refresh);
        }
    }
}
