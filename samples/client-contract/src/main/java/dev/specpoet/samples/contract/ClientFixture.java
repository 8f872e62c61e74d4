package dev.specpoet.samples.contract;

import java.util.List;
import java.util.Objects;

/**
 * What {@link GeneratedClientContract} needs to know about one provider's generated client besides
 * the calls themselves.
 *
 * @param apiClient the generated {@code ApiClient} class; its package holds the client's runtime
 * @param credentialHeader the header the configured credential travels in, such as {@code X-API-Key}
 * @param securitySchemes the names of every security scheme the spec's operations accept
 * @param getPath the raw path the GET call sends, with {@code %s} for its encoded path parameter
 * @param pathTakesText whether the GET's path parameter is free text (a UUID parameter is not)
 * @param getJson a body the GET call decodes
 * @param postJson a body the POST call decodes
 * @param unknownsJson a body for the GET with fields, and enum values where the spec has enums,
 *     that the spec does not declare
 */
public record ClientFixture(
        Class<?> apiClient,
        String credentialHeader,
        List<String> securitySchemes,
        String getPath,
        boolean pathTakesText,
        String getJson,
        String postJson,
        String unknownsJson) {

    public ClientFixture {
        Objects.requireNonNull(apiClient, "apiClient");
        Objects.requireNonNull(credentialHeader, "credentialHeader");
        securitySchemes = List.copyOf(securitySchemes);
        if (!getPath.contains("%s")) {
            throw new IllegalArgumentException("getPath needs a %s for the path parameter: " + getPath);
        }
        Objects.requireNonNull(getJson, "getJson");
        Objects.requireNonNull(postJson, "postJson");
        Objects.requireNonNull(unknownsJson, "unknownsJson");
    }
}
