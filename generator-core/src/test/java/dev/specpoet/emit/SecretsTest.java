package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.Constraints;
import dev.specpoet.model.Extensions;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.runtime.SecretNames;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

    @ParameterizedTest(name = "{0} ({1}) secret: {2}")
    @CsvSource({
        "apiKey, '', true",
        "api_key, '', true",
        "key, '', true",
        "secretKey, '', true",
        "accessKeyString, '', true",
        "client_secret, '', true",
        "refreshToken, '', true",
        "password, '', true",
        "credentials, '', true",
        "pin, password, true",
        "clientKey, '', true",
        "publicKey, '', false",
        "keyId, '', false",
        "description, '', false",
        "is_active, '', false",
    })
    void namesAndFormatsThatHoldSecrets(String jsonName, String format, boolean secret) {
        assertThat(Secrets.isSecret(property(jsonName, format))).isEqualTo(secret);
    }

    /** A model property is masked exactly when the client masks a header of that name. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Authorization",
                "Set-Cookie",
                "Idempotency-Key",
                "X-API-Key",
                "X-Auth",
                "sessionId",
                "apiKey",
                "key",
                "keyId",
                "clientKey",
                "publicKey",
                "author",
                "refresh_token",
                "Content-Type",
                "description"
            })
    void agreesWithTheNamesTheClientMasks(String name) {
        assertThat(Secrets.isSecret(property(name, ""))).isEqualTo(SecretNames.looksSecret(name));
    }

    private static Property property(String jsonName, String format) {
        return new Property(
                jsonName,
                ScalarType.STRING,
                false,
                false,
                false,
                false,
                false,
                Optional.empty(),
                format.isEmpty() ? Optional.empty() : Optional.of(format),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                SpecLocation.of("spec.yaml"),
                Constraints.NONE,
                Extensions.NONE,
                Optional.empty());
    }
}
