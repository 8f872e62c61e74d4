package dev.specpoet.samples.adyen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.samples.adyen.client.ApiClient;
import org.junit.jupiter.api.Test;

/** The only difference the shared tests cannot see: which server the v1 client talks to. */
class ServerV1Test {
    @Test
    void defaultsToTheV1TestEnvironment() {
        assertThat(ApiClient.DEFAULT_BASE_URL).isEqualTo("https://management-test.adyen.com/v1");
    }
}
