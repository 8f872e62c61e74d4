package dev.specpoet.emit;

import dev.specpoet.model.Property;
import dev.specpoet.runtime.SecretNames;

/**
 * Tells which properties hold secrets (API keys, passwords, tokens), so generated {@code toString}
 * methods mask them: a response such as {@code GenerateApiKeyResponse} must not leak its key
 * into logs. The rule for names is the client runtime's {@link SecretNames}, the one the client
 * masks headers with, so a name is secret in a model exactly when it is in a header.
 */
final class Secrets {
    private Secrets() {}

    static boolean isSecret(Property property) {
        if (property.format().map(f -> f.equalsIgnoreCase("password")).orElse(false)) {
            return true;
        }
        return SecretNames.looksSecret(property.jsonName());
    }
}
