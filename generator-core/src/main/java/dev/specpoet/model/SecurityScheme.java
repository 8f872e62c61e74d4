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
 * @param deviceFlow the OAuth2 device authorization flow (OpenAPI 3.2), when the scheme has one
 * @param deprecated true when the spec marks the scheme deprecated (OpenAPI 3.2)
 */
public record SecurityScheme(
        String name,
        Kind kind,
        Optional<ParameterLocation> keyLocation,
        Optional<String> parameterName,
        Optional<String> tokenUrl,
        List<String> scopes,
        Optional<String> description,
        SpecLocation location,
        Optional<DeviceFlow> deviceFlow,
        boolean deprecated) {

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
        Objects.requireNonNull(deviceFlow, "deviceFlow");
        if (deviceFlow.isPresent() && kind != Kind.OAUTH2) {
            throw new IllegalArgumentException("Only an OAuth2 scheme has a device flow: " + name);
        }
        if (kind == Kind.API_KEY && (keyLocation.isEmpty() || parameterName.isEmpty())) {
            throw new IllegalArgumentException("API key scheme " + name + " needs a location and a name");
        }
    }

    /** A scheme of OpenAPI 3.0 or 3.1: no device flow, not deprecated. */
    public SecurityScheme(
            String name,
            Kind kind,
            Optional<ParameterLocation> keyLocation,
            Optional<String> parameterName,
            Optional<String> tokenUrl,
            List<String> scopes,
            Optional<String> description,
            SpecLocation location) {
        this(name, kind, keyLocation, parameterName, tokenUrl, scopes, description, location, Optional.empty(), false);
    }

    /**
     * OpenAPI 3.2's OAuth2 device authorization flow (RFC 8628): the client asks {@code
     * deviceAuthorizationUrl} for a code the user confirms elsewhere, then polls {@code tokenUrl}.
     *
     * @param location the flow's node
     */
    public record DeviceFlow(
            String deviceAuthorizationUrl, String tokenUrl, List<String> scopes, SpecLocation location) {
        public DeviceFlow {
            Objects.requireNonNull(deviceAuthorizationUrl, "deviceAuthorizationUrl");
            Objects.requireNonNull(tokenUrl, "tokenUrl");
            scopes = List.copyOf(scopes);
            Objects.requireNonNull(location, "location");
        }
    }
}
