package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OAuth 2.0 device authorization grant (RFC 8628) against a local authorization server. */
class OAuth2DeviceFlowTest {
    private static final Operation<Void> SECURED = Operation.builder("GET", "/data", ResponseType.none())
            .operationId("getData")
            .security(List.of(List.of("Device")))
            .build();
    private static final String DEVICE_CODE = "dev-code-secret-123";

    @RegisterExtension
    final StubServerExtension auth = new StubServerExtension();

    @RegisterExtension
    final StubServerExtension api = new StubServerExtension();

    private final List<DeviceAuthorization> prompts = new CopyOnWriteArrayList<>();

    private ApiInvoker invoker(Duration slowDownStep) {
        OAuth2DeviceFlow flow = new OAuth2DeviceFlow(
                URI.create("/device"),
                URI.create("/token"),
                "cli",
                List.of("read", "chat"),
                prompts::add,
                slowDownStep);
        return Fixtures.invoker(api.server().baseUrl())
                .credential(
                        "Device",
                        new Credential.DeviceFlow(flow)
                                .forBaseUrl(URI.create(auth.server().baseUrl())))
                .build();
    }

    private static StubResponse deviceCode(int interval) {
        return StubResponse.json(
                200,
                "{\"device_code\":\"" + DEVICE_CODE + "\",\"user_code\":\"WDJB-MJHT\","
                        + "\"verification_uri\":\"https://example.com/device\","
                        + "\"verification_uri_complete\":\"https://example.com/device?user_code=WDJB-MJHT\","
                        + "\"expires_in\":60,\"interval\":" + interval + "}");
    }

    private static StubResponse error(String code) {
        return StubResponse.json(400, "{\"error\":\"" + code + "\"}");
    }

    @Test
    void pollsUntilTheUserApprovesHonouringPendingAndSlowDown() {
        auth.server()
                .respondInOrder(deviceCode(0))
                .respondInOrder(error("authorization_pending"))
                .respondInOrder(error("slow_down"))
                .respondInOrder(error("authorization_pending"))
                .respondInOrder(StubResponse.json(
                        200, "{\"access_token\":\"tok-1\",\"expires_in\":3600,\"refresh_token\":\"r-1\"}"));
        api.server().respond(StubResponse.empty(204));
        ApiInvoker invoker = invoker(Duration.ofMillis(300));

        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        assertThat(prompts).singleElement().satisfies(prompt -> {
            assertThat(prompt.userCode()).isEqualTo("WDJB-MJHT");
            assertThat(prompt.verificationUri()).isEqualTo(URI.create("https://example.com/device"));
            assertThat(prompt.verificationUriComplete())
                    .contains(URI.create("https://example.com/device?user_code=WDJB-MJHT"));
            assertThat(prompt.expiresIn()).isEqualTo(Duration.ofSeconds(60));
            assertThat(prompt.toString()).doesNotContain(DEVICE_CODE);
        });
        List<RecordedRequest> requests = auth.server().requests();
        assertThat(requests).hasSize(5);
        assertThat(requests.get(0).rawPath()).isEqualTo("/device");
        assertThat(requests.get(0).bodyText()).isEqualTo("client_id=cli&scope=read+chat");
        assertThat(requests.get(1).rawPath()).isEqualTo("/token");
        assertThat(requests.get(1).bodyText())
                .isEqualTo("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code="
                        + DEVICE_CODE + "&client_id=cli");
        assertThat(api.server().requests())
                .extracting(r -> r.header("Authorization").orElseThrow())
                .containsOnly("Bearer tok-1");
    }

    @Test
    void slowDownWidensTheIntervalForEveryLaterPoll() {
        auth.server()
                .respondInOrder(deviceCode(0))
                .respondInOrder(error("slow_down"))
                .respondInOrder(error("authorization_pending"))
                .respondInOrder(StubResponse.json(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}"));
        api.server().respond(StubResponse.empty(204));
        long start = System.nanoTime();

        invoker(Duration.ofMillis(400)).send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        // Two polls after slow_down, each at least 400 ms later than the one before.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    @Test
    void anExpiredCodeFailsTheCallWithTheServersError() {
        auth.server()
                .respondInOrder(deviceCode(0))
                .respondInOrder(error("authorization_pending"))
                .respondInOrder(error("expired_token"));
        ApiInvoker invoker = invoker(Duration.ofMillis(1));

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none()))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> {
                    assertThat(((ApiException) e).statusCode()).isEqualTo(400);
                    assertThat(((ApiException) e).rawBody()).contains("expired_token");
                    assertThat(e.getMessage()).doesNotContain(DEVICE_CODE);
                });
        assertThat(api.server().requests().size()).isZero();
    }

    @Test
    void anExpiredTokenIsRefreshedWithoutAskingTheUserAgain() {
        auth.server()
                .respondInOrder(deviceCode(0))
                .respondInOrder(StubResponse.json(
                        200, "{\"access_token\":\"tok-1\",\"expires_in\":0,\"refresh_token\":\"r-1\"}"))
                .respondInOrder(StubResponse.json(200, "{\"access_token\":\"tok-2\",\"expires_in\":3600}"));
        api.server().respond(StubResponse.empty(204));
        ApiInvoker invoker = invoker(Duration.ofMillis(1));

        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        assertThat(prompts).hasSize(1);
        assertThat(auth.server().lastRequest().bodyText())
                .isEqualTo("grant_type=refresh_token&refresh_token=r-1&client_id=cli");
        assertThat(api.server().requests())
                .extracting(r -> r.header("Authorization").orElseThrow())
                .containsExactly("Bearer tok-1", "Bearer tok-2");
    }

    @Test
    void aRejectedRefreshAsksTheUserAgain() {
        auth.server()
                .respondInOrder(deviceCode(0))
                .respondInOrder(StubResponse.json(
                        200, "{\"access_token\":\"tok-1\",\"expires_in\":0,\"refresh_token\":\"r-1\"}"))
                .respondInOrder(error("invalid_grant"))
                .respondInOrder(deviceCode(0))
                .respondInOrder(StubResponse.json(200, "{\"access_token\":\"tok-2\",\"expires_in\":3600}"));
        api.server().respond(StubResponse.empty(204));
        ApiInvoker invoker = invoker(Duration.ofMillis(1));

        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());
        invoker.send(ApiRequest.builder(SECURED).build(), RequestOptions.none());

        assertThat(prompts).hasSize(2);
        assertThat(api.server().lastRequest().header("Authorization")).contains("Bearer tok-2");
    }
}
