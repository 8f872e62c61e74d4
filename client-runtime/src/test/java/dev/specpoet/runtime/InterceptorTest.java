package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request interceptors over real HTTP on 127.0.0.1. */
class InterceptorTest {
    private static final byte[] KEY = "interceptor-test-key".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    /** Signs method, path, a timestamp fresh per attempt and the body, as many payment APIs require. */
    static final class Signer implements RequestInterceptor {
        private final AtomicLong clock = new AtomicLong(1_700_000_000L);

        @Override
        public InterceptedRequest beforeSend(InterceptedRequest request) {
            String timestamp = Long.toString(clock.incrementAndGet());
            String signature = sign(request.method(), request.uri().getRawPath(), timestamp, request.body());
            return request.withHeader("X-Timestamp", timestamp).withHeader("X-Signature", signature);
        }
    }

    static String sign(String method, String path, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            mac.update((method + "\n" + path + "\n" + timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server side of {@link Signer}: a request whose signature does not match is refused. */
    private static boolean signedCorrectly(RecordedRequest request) {
        String timestamp = request.header("X-Timestamp").orElse("");
        String expected = sign(request.method(), request.rawPath(), timestamp, request.body());
        return request.header("X-Signature").orElse("").equals(expected);
    }

    private static StubResponse verified(RecordedRequest request, StubResponse reply) {
        return signedCorrectly(request) ? reply : StubResponse.of(401, null, "bad signature");
    }

    @Test
    void aSignatureOverBodyAndHeadersIsRenewedOnEveryAttempt() {
        stub.server().respondNext(request -> verified(request, StubResponse.of(503, null, "busy")));
        stub.server().respondNext(request -> verified(request, StubResponse.json(200, "{\"id\":7,\"name\":\"rex\"}")));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .retryPolicy(RetryPolicy.builder()
                        .initialBackoff(java.time.Duration.ofMillis(1))
                        .retryNonIdempotent(true)
                        .build())
                .interceptor(new Signer())
                .build();

        Fixtures.Pet created = invoker.send(Fixtures.createPet(new Fixtures.Pet(7, "rex")), RequestOptions.none())
                .body();

        assertThat(created).isEqualTo(new Fixtures.Pet(7, "rex"));
        List<RecordedRequest> requests = stub.server().requests();
        assertThat(requests).hasSize(2).allMatch(InterceptorTest::signedCorrectly);
        assertThat(requests.get(0).header("X-Timestamp"))
                .isNotEqualTo(requests.get(1).header("X-Timestamp"));
        assertThat(requests.get(1).bodyText()).isEqualTo("{\"id\":7,\"name\":\"rex\"}");
    }

    @Test
    void aWrongSignatureIsRefusedByTheServer() {
        stub.server().respond(request -> verified(request, StubResponse.empty(200)));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .interceptor(request ->
                        new Signer().beforeSend(request).withBody("tampered".getBytes(StandardCharsets.UTF_8)))
                .build();

        assertThatThrownBy(() -> invoker.send(Fixtures.createPet(new Fixtures.Pet(1, "a")), RequestOptions.none()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
        assertThat(stub.server().lastRequest().bodyText()).isEqualTo("tampered");
    }

    @Test
    void interceptorsRunInOrderForAsyncCallsToo() {
        List<String> seen = new CopyOnWriteArrayList<>();
        stub.server()
                .respond(request -> verified(
                        request,
                        StubResponse.of(200, "application/json", "{\"id\":1,\"name\":\"a\"}")
                                .withHeader("X-Request-Id", "r-1")));
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .interceptor(new RequestInterceptor() {
                    @Override
                    public InterceptedRequest beforeSend(InterceptedRequest request) {
                        seen.add("first " + request.attempt());
                        return request.withHeader("X-Trace", "a");
                    }

                    @Override
                    public void afterResponse(InterceptedRequest request, InterceptedResponse response) {
                        seen.add("first saw " + response.statusCode() + " "
                                + response.firstHeader("x-request-id").orElseThrow() + " for "
                                + request.firstHeader("X-Trace").orElseThrow());
                    }
                })
                .interceptor(new RequestInterceptor() {
                    @Override
                    public InterceptedRequest beforeSend(InterceptedRequest request) {
                        seen.add("second");
                        return request.withHeader(
                                "X-Trace", request.firstHeader("x-trace").orElseThrow() + ",b");
                    }

                    @Override
                    public void afterResponse(InterceptedRequest request, InterceptedResponse response) {
                        seen.add("second saw " + response.statusCode());
                    }
                })
                .interceptor(new Signer())
                .build();

        Fixtures.Pet pet = invoker.sendAsync(Fixtures.getPet(1), RequestOptions.none())
                .join()
                .body();

        assertThat(pet).isEqualTo(new Fixtures.Pet(1, "a"));
        assertThat(stub.server().lastRequest().headers().get("x-trace")).containsExactly("a,b");
        assertThat(seen).containsExactly("first 1", "second", "first saw 200 r-1 for a,b", "second saw 200");
    }

    @Test
    void anInterceptorCanPointRequestsAtAnotherHost() {
        stub.server().respond(StubResponse.json(200, "{\"id\":2,\"name\":\"moved\"}"));
        URI target = URI.create(stub.server().baseUrl());
        ApiInvoker invoker = Fixtures.invoker("http://unreachable.invalid:1/api")
                .interceptor(request -> request.withUri(URI.create(target.getScheme() + "://" + target.getAuthority()
                        + request.uri().getRawPath().replaceFirst("^/api", ""))))
                .build();

        assertThat(invoker.send(Fixtures.getPet(2), RequestOptions.none()).body())
                .isEqualTo(new Fixtures.Pet(2, "moved"));
        assertThat(stub.server().lastRequest().rawPath()).isEqualTo("/pets/2");
    }

    @Test
    void listenersSeeTheInterceptedRequestWithAddedSecretsMasked() {
        stub.server().respond(StubResponse.json(200, "{\"id\":1,\"name\":\"a\"}"));
        List<ExchangeListener.RequestEvent> events = new CopyOnWriteArrayList<>();
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .interceptor(new Signer())
                .interceptor(request -> request.withHeader("Authorization", "Bearer s3cr3t-token")
                        .withHeader("X-Trace-Id", "trace-1"))
                .listener(new ExchangeListener() {
                    @Override
                    public void onRequest(RequestEvent event) {
                        events.add(event);
                    }
                })
                .build();

        invoker.send(Fixtures.getPet(1), RequestOptions.none());

        assertThat(stub.server().lastRequest().header("Authorization")).contains("Bearer s3cr3t-token");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.headers().get("Authorization")).containsExactly("****");
            assertThat(event.headers().get("X-Signature")).containsExactly("****");
            assertThat(event.headers().get("X-Trace-Id")).containsExactly("trace-1");
            assertThat(event.toString()).doesNotContain("s3cr3t");
        });
    }

    @Test
    void anInterceptedRequestPrintsNoSecret() {
        stub.server().respond(StubResponse.json(200, "{\"id\":1,\"name\":\"a\"}"));
        List<String> printed = new CopyOnWriteArrayList<>();
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .credential("key", Credential.apiKeyQuery("api_key", "query-s3cr3t"))
                .interceptor(request -> {
                    InterceptedRequest signed = request.withHeader("X-Api-Signature", "sig-s3cr3t");
                    printed.add(signed.toString());
                    return signed;
                })
                .build();
        Operation<Fixtures.Pet> secured = Operation.builder(
                        "GET", "/pets/{petId}", ResponseType.json(Fixtures.Pet.class))
                .security(List.of(List.of("key")))
                .build();

        invoker.send(ApiRequest.builder(secured).pathParam("petId", 1).build(), RequestOptions.none());

        assertThat(printed).singleElement().asString().doesNotContain("s3cr3t").contains("api_key=****");
    }

    @Test
    void anInterceptorFailureEndsTheCallWithoutARetry() {
        ApiInvoker invoker = Fixtures.invoker(stub.server().baseUrl())
                .interceptor(request -> {
                    throw new IllegalStateException("signing key unavailable");
                })
                .build();

        assertThatThrownBy(() -> invoker.send(Fixtures.getPet(1), RequestOptions.none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("signing key unavailable");
        assertThat(stub.server().requests().size()).isZero();
    }
}
