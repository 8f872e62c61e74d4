package dev.specpoet.samples.adyen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.samples.adyen.client.ApiClient;
import org.junit.jupiter.api.Test;

/** The v3 client talks to the v3 test environment and announces itself. */
class ServerV3Test {
    @Test
    void defaultsToTheV3TestEnvironment() {
        assertThat(ApiClient.DEFAULT_BASE_URL).isEqualTo("https://management-test.adyen.com/v3");
        assertThat(ApiClient.USER_AGENT).startsWith("specpoet-client/").contains("Management API 3");
    }
}
