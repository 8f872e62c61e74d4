package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretNamesTest {

    @ParameterizedTest(name = "{0} secret: {1}")
    @CsvSource({
        // Headers
        "Authorization, true",
        "Proxy-Authorization, true",
        "Cookie, true",
        "Set-Cookie, true",
        "Idempotency-Key, true",
        "X-API-Key, true",
        "Ocp-Apim-Subscription-Key, true",
        "X-Api-Token, true",
        "X-Auth, true",
        "X-Authentication, true",
        "authenticationCode, true",
        "X-Session, true",
        "X-Sessionid, true",
        "X-Hub-Signature, true",
        "Content-Type, false",
        "Accept, false",
        "X-Request-Id, false",
        "X-Author, false",
        // Parameters and properties
        "apiKey, true",
        "api_key, true",
        "apikey, true",
        "key, true",
        "secretKey, true",
        "accessKeyString, true",
        "privateKeyPem, true",
        "client_secret, true",
        "refreshToken, true",
        "password, true",
        "passwordHash, true",
        "credentials, true",
        "sessionId, true",
        "clientKey, true",
        "publicKey, false",
        "keyId, false",
        "keyName, false",
        "author, false",
        "description, false",
        "is_active, false",
        "'', false",
    })
    void namesThatLookSecret(String name, boolean secret) {
        assertThat(SecretNames.looksSecret(name)).isEqualTo(secret);
    }
}
