package dev.specpoet.docs;

import dev.specpoet.model.SecurityScheme;
import dev.specpoet.naming.NamedModel;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code ApiClient.builder()} statement of an example, with one credential call per security
 * scheme, each taken from an environment variable so examples never show a literal secret.
 */
final class ClientSetup {
    private final NamedModel named;

    ClientSetup(NamedModel named) {
        this.named = named;
    }

    /** The schemes any of the alternatives uses, in the order the spec declares them. */
    List<SecurityScheme> schemes(List<List<String>> alternatives) {
        Set<String> used = new LinkedHashSet<>();
        alternatives.forEach(used::addAll);
        return schemes(used);
    }

    List<SecurityScheme> schemes(Collection<String> names) {
        return named.model().securitySchemes().stream()
                .filter(scheme -> names.contains(scheme.name()))
                .filter(scheme -> named.securityMethods().containsKey(scheme.name()))
                .toList();
    }

    /** Declares {@code variable} as a client configured with {@code schemes}. */
    void declare(JavaSnippet code, String variable, List<SecurityScheme> schemes) {
        String client = code.type(named.apiClient());
        code.line(client + " " + variable + " = " + client + ".builder()");
        for (SecurityScheme scheme : schemes) {
            code.line("        // " + comment(describe(scheme)));
            code.line("        ." + call(scheme));
        }
        code.line("        .build();");
    }

    /** The builder call that sets one scheme's credential, such as {@code apiKey(System.getenv("API_KEY"))}. */
    String call(SecurityScheme scheme) {
        String method = named.securityMethods().get(scheme.name());
        String variable = method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        return method + "("
                + switch (scheme.kind()) {
                    case HTTP_BASIC -> env(variable + "_USERNAME") + ", " + env(variable + "_PASSWORD");
                    case OAUTH2 ->
                        scheme.tokenUrl().isPresent()
                                ? env(variable + "_CLIENT_ID") + ", " + env(variable + "_CLIENT_SECRET")
                                : scheme.deviceFlow().isPresent()
                                        ? env(variable + "_CLIENT_ID") + ", code -> System.out.println(\"Open \" +"
                                                + " code.verificationUri() + \" and enter \" + code.userCode())"
                                        : env(variable + "_TOKEN");
                    case API_KEY -> env(variable);
                    default -> env(variable + "_TOKEN");
                }
                + ")";
    }

    /** What kind of credential a scheme takes and where it travels, in a few words. */
    static String describe(SecurityScheme scheme) {
        String kind = switch (scheme.kind()) {
            case API_KEY ->
                "API key " + scheme.name() + ", sent in "
                        + scheme.keyLocation().orElseThrow().name().toLowerCase(Locale.ROOT) + " "
                        + scheme.parameterName().orElseThrow();
            case HTTP_BASIC -> "HTTP basic authentication " + scheme.name();
            case HTTP_BEARER -> "HTTP bearer token " + scheme.name();
            case OAUTH2 ->
                "OAuth2 " + scheme.name()
                        + scheme.tokenUrl()
                                .map(url -> ", client credentials from " + url)
                                .or(() -> scheme.deviceFlow()
                                        .map(flow -> ", device authorization at " + flow.deviceAuthorizationUrl()))
                                .orElse("");
            case OPENID_CONNECT -> "OpenID Connect " + scheme.name() + ", with a token you obtain";
            case OTHER -> "authentication " + scheme.name() + ", sent as a raw token";
        };
        return scheme.deprecated() ? kind + " (deprecated)" : kind;
    }

    private static String env(String name) {
        return "System.getenv(\"" + name + "\")";
    }

    /**
     * Text safe in a line comment: one line, and no backslash, since javac reads unicode escapes (backslash, u)
     * escapes even inside comments.
     */
    static String comment(String text) {
        return text.replace('\\', '/').replaceAll("\\s+", " ").strip();
    }

    /** The first line of an optional description, for an inline comment. */
    static Optional<String> firstLine(Optional<String> text) {
        return text.map(t -> t.strip().split("\\R", 2)[0])
                .map(ClientSetup::comment)
                .filter(t -> !t.isEmpty());
    }
}
