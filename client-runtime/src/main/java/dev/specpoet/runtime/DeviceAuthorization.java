package dev.specpoet.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user must do to let this client act for them in the OAuth 2.0 device authorization flow
 * (RFC 8628): open {@code verificationUri} and enter {@code userCode}, or open {@code
 * verificationUriComplete}, which holds the code, before {@code expiresIn} passes.
 *
 * <p>The device code the client polls with is kept inside the client; it never appears here.
 *
 * @param verificationUriComplete the verification URI with the user code in it, when the server
 *     gives one (for a QR code, say)
 */
public record DeviceAuthorization(
        String userCode, URI verificationUri, Optional<URI> verificationUriComplete, Duration expiresIn) {
    public DeviceAuthorization {
        Objects.requireNonNull(userCode, "userCode");
        Objects.requireNonNull(verificationUri, "verificationUri");
        Objects.requireNonNull(verificationUriComplete, "verificationUriComplete");
        Objects.requireNonNull(expiresIn, "expiresIn");
    }
}
