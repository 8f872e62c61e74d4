package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared security scheme, by its name in the spec.
 *
 * @param parameterName the header, query parameter or cookie name of an API key
 * @param tokenUrl the token endpoint of an OAuth2 client-credentials flow
 * @param scopes the scopes of that flow
 */
public record SecurityScheme(
        String name,
        Kind kind,
        Optional<ParameterLocation> keyLocation,
        Optional<String> parameterName,
        Optional<String> tokenUrl,
        List<String> scopes,
        Optional<String> description,
        SpecLocation location) {

    /** What kind of credential the scheme takes. */
    public enum Kind {
        API_KEY,
        HTTP_BASIC,
        HTTP_BEARER,
        OAUTH2,
        OPENID_CONNECT,
        /** An HTTP scheme other than basic or bearer, or mutual TLS: sent as a raw token if configured. */
        OTHER
    }

    public SecurityScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(keyLocation, "keyLocation");
        Objects.requireNonNull(parameterName, "parameterName");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
        if (kind == Kind.API_KEY && (keyLocation.isEmpty() || parameterName.isEmpty())) {
            throw new IllegalArgumentException("API key scheme " + name + " needs a location and a name");
        }
    }
}
