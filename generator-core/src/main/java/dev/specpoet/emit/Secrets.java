package dev.specpoet.emit;

import dev.specpoet.model.Property;
import java.util.List;
import java.util.Locale;

/**
 * Tells which properties hold secrets (API keys, passwords, tokens), so generated {@code toString}
 * methods mask them: a response such as {@code GenerateApiKeyResponse} must not leak its key
 * into logs.
 */
final class Secrets {
    private static final List<String> WORDS =
            List.of("password", "passwd", "secret", "apikey", "accesskey", "privatekey", "token", "credential");

    private Secrets() {}

    static boolean isSecret(Property property) {
        if (property.format().map(f -> f.equalsIgnoreCase("password")).orElse(false)) {
            return true;
        }
        String name = property.jsonName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        // A bare "key" is the key itself (an API-key service returns it so); "clientKey" and the
        // like are public identifiers and stay readable.
        return name.equals("key") || WORDS.stream().anyMatch(name::contains);
    }
}
