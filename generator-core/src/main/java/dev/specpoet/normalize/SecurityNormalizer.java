package dev.specpoet.normalize;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.model.SecurityScheme;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the declared security schemes. */
final class SecurityNormalizer {
    private final String document;
    private final Problems problems;

    SecurityNormalizer(String document, Problems problems) {
        this.document = document;
        this.problems = problems;
    }

    List<SecurityScheme> normalize(Map<String, io.swagger.v3.oas.models.security.SecurityScheme> declared) {
        List<SecurityScheme> schemes = new ArrayList<>();
        if (declared == null) {
            return schemes;
        }
        declared.forEach((name, scheme) -> {
            SpecLocation location =
                    SpecLocation.of(document, "/components/securitySchemes/" + ObjectFlattener.escape(name));
            if (scheme == null || scheme.getType() == null) {
                problems.warning(
                        "SECURITY_SCHEME_INCOMPLETE", location, "security scheme '" + name + "' has no type; ignored");
                return;
            }
            SecurityScheme converted = convert(name, scheme, location);
            if (converted != null) {
                schemes.add(converted);
            }
        });
        return schemes;
    }

    private SecurityScheme convert(
            String name, io.swagger.v3.oas.models.security.SecurityScheme scheme, SpecLocation location) {
        Optional<String> description = Optional.ofNullable(scheme.getDescription());
        switch (scheme.getType()) {
            case APIKEY -> {
                if (scheme.getIn() == null
                        || scheme.getName() == null
                        || scheme.getName().isBlank()) {
                    problems.warning(
                            "SECURITY_SCHEME_INCOMPLETE",
                            location,
                            "API key scheme '" + name + "' lacks 'in' or 'name'; ignored");
                    return null;
                }
                ParameterLocation in =
                        ParameterLocation.valueOf(scheme.getIn().name().toUpperCase(Locale.ROOT));
                return new SecurityScheme(
                        name,
                        SecurityScheme.Kind.API_KEY,
                        Optional.of(in),
                        Optional.of(scheme.getName()),
                        Optional.empty(),
                        List.of(),
                        description,
                        location);
            }
            case HTTP -> {
                String httpScheme =
                        scheme.getScheme() == null ? "" : scheme.getScheme().toLowerCase(Locale.ROOT);
                SecurityScheme.Kind kind = switch (httpScheme) {
                    case "basic" -> SecurityScheme.Kind.HTTP_BASIC;
                    case "bearer" -> SecurityScheme.Kind.HTTP_BEARER;
                    default -> SecurityScheme.Kind.OTHER;
                };
                return simple(name, kind, description, location);
            }
            case OAUTH2 -> {
                OAuthFlows flows = scheme.getFlows();
                OAuthFlow clientCredentials = flows == null ? null : flows.getClientCredentials();
                Optional<String> tokenUrl =
                        Optional.ofNullable(clientCredentials == null ? null : clientCredentials.getTokenUrl());
                List<String> scopes = clientCredentials == null || clientCredentials.getScopes() == null
                        ? List.of()
                        : List.copyOf(clientCredentials.getScopes().keySet());
                return new SecurityScheme(
                        name,
                        SecurityScheme.Kind.OAUTH2,
                        Optional.empty(),
                        Optional.empty(),
                        tokenUrl,
                        scopes,
                        description,
                        location);
            }
            case OPENIDCONNECT -> {
                return simple(name, SecurityScheme.Kind.OPENID_CONNECT, description, location);
            }
            default -> {
                return simple(name, SecurityScheme.Kind.OTHER, description, location);
            }
        }
    }

    private static SecurityScheme simple(
            String name, SecurityScheme.Kind kind, Optional<String> description, SpecLocation location) {
        return new SecurityScheme(
                name, kind, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), description, location);
    }
}
