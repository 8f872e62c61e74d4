package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        "clientKey, '', false",
        "keyId, '', false",
        "description, '', false",
        "is_active, '', false",
    })
    void namesAndFormatsThatHoldSecrets(String jsonName, String format, boolean secret) {
        Property property = new Property(
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
                Optional.empty());

        assertThat(Secrets.isSecret(property)).isEqualTo(secret);
    }
}
