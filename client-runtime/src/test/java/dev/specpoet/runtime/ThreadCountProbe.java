package dev.specpoet.runtime;

import dev.specpoet.runtime.TestServer.Reply;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Makes blocking and asynchronous calls against a loopback server and prints how many threads the
 * JVM started meanwhile, as {@code blocking=N async=M}; {@link ThreadsPerCallTest} runs it in JVMs
 * with a forced processor count.
 */
final class ThreadCountProbe {
    private ThreadCountProbe() {}

    public static void main(String[] args) {
        int calls = Integer.parseInt(args[0]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (TestServer server = TestServer.start()) {
            server.otherwise(request -> Reply.json(200, "{\"id\":3,\"name\":\"c\"}"));
            ApiInvoker invoker = Fixtures.invoker(server.url()).build();
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
            System.out.println("blocking=" + blocking + " async=" + async);
        }
    }
}
