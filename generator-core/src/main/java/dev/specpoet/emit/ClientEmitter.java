package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.SecurityScheme;
import dev.specpoet.model.Server;
import dev.specpoet.naming.NamedModel;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code ApiClient}: the spec's default server, a builder with one credential method per
 * security scheme the spec declares, and the invoker every API class shares.
 */
public final class ClientEmitter {
    private final NamedModel named;
    private final JavaTypes types;
    private final String generatorVersion;

    ClientEmitter(NamedModel named, JavaTypes types, String generatorVersion) {
        this.named = named;
        this.types = types;
        this.generatorVersion = generatorVersion;
    }

    TypeSpec emit() {
        ApiModel model = named.model();
        ClassName self = named.apiClient();
        ClassName builder = self.nestedClass("Builder");
        ClassName invoker = types.support("ApiInvoker");
        TypeSpec.Builder client = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", javadoc(model))
                .addField(FieldSpec.builder(
                                String.class, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The first server the spec lists.")
                        .initializer("$S", defaultBaseUrl(model))
                        .build())
                .addField(
                        FieldSpec.builder(String.class, "USER_AGENT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                                .addJavadoc("The {@code User-Agent} this client sends unless told otherwise.")
                                .initializer("$S", userAgent(model))
                                .build())
                .addField(invoker, "invoker", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(invoker, "invoker")
                        .addStatement("this.invoker = invoker")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc(
                                "A builder preset with {@link #DEFAULT_BASE_URL}, no credentials and the default retry policy.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(MethodSpec.methodBuilder("invoker")
                        .addJavadoc("The invoker the API classes of this client send their requests through.")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(invoker)
                        .addStatement("return invoker")
                        .build())
                .addType(builder(builder, self, model.securitySchemes()));
        return client.build();
    }

    private TypeSpec builder(ClassName builder, ClassName client, List<SecurityScheme> schemes) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Configures an {@link $T}: base URL, credentials, timeouts, retries, listeners.", client)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(types.support("ApiClientBuilder"), builder))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("baseUrl(DEFAULT_BASE_URL)")
                        .addStatement("userAgent(USER_AGENT)")
                        .build());
        for (SecurityScheme scheme : schemes) {
            new CredentialMethods(
                            types, builder, scheme, named.securityMethods().get(scheme.name()))
                    .methods()
                    .forEach(type::addMethod);
        }
        type.addMethod(MethodSpec.methodBuilder("self")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(builder)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the client; it is thread-safe and meant to be shared.")
                .addModifiers(Modifier.PUBLIC)
                .returns(client)
                .addStatement("return new $T(buildInvoker())", client)
                .build());
        return type.build();
    }

    private String javadoc(ApiModel model) {
        StringBuilder doc =
                new StringBuilder("The client of " + Javadocs.line(model.info().title()) + " "
                        + Javadocs.line(model.info().version()) + ".\n");
        model.info()
                .description()
                .ifPresent(
                        text -> doc.append("\n<p>").append(Javadocs.text(text)).append('\n'));
        if (model.servers().size() > 1) {
            doc.append("\n<p>Servers the spec lists:\n<ul>\n");
            for (Server server : model.servers()) {
                doc.append("  <li>{@code ")
                        .append(Javadocs.line(server.url()))
                        .append("}")
                        .append(server.description()
                                .map(d -> ": " + Javadocs.line(d))
                                .orElse(""))
                        .append('\n');
            }
            doc.append("</ul>\n");
        }
        return doc.toString();
    }

    /** The first server, made absolute: a relative or missing server is relative to {@code http://localhost}. */
    public static String defaultBaseUrl(ApiModel model) {
        String url = model.servers().isEmpty() ? "/" : model.servers().get(0).url();
        if (!url.matches("(?i)^https?://.*")) {
            url = "http://localhost" + (url.startsWith("/") ? url : "/" + url);
        }
        while (url.endsWith("/") && !url.endsWith("://")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private String userAgent(ApiModel model) {
        String text = "specpoet-client/" + generatorVersion + " ("
                + model.info().title() + " " + model.info().version() + ")";
        return text.replaceAll("[^\\x20-\\x7E]", "").replaceAll("\\s+", " ");
    }

    /** The builder methods that set one scheme's credential. */
    private record CredentialMethods(JavaTypes types, ClassName builder, SecurityScheme scheme, String name) {

        List<MethodSpec> methods() {
            ClassName credential = types.support("Credential");
            ParameterizedTypeName supplier = ParameterizedTypeName.get(Supplier.class, String.class);
            String schemeName = scheme.name();
            return switch (scheme.kind()) {
                case API_KEY -> {
                    String factory = switch (scheme.keyLocation().orElseThrow()) {
                        case QUERY -> "apiKeyQuery";
                        case COOKIE -> "apiKeyCookie";
                        default -> "apiKeyHeader";
                    };
                    String where = scheme.keyLocation().orElseThrow().name().toLowerCase(java.util.Locale.ROOT);
                    String doc = "Sets the API key of scheme {@code " + Javadocs.line(schemeName) + "}, sent in "
                            + where + " {@code "
                            + Javadocs.line(scheme.parameterName().orElseThrow()) + "}." + describe();
                    yield List.of(
                            method(
                                            doc,
                                            CodeBlock.of(
                                                    "$T.$L($S, apiKey)",
                                                    credential,
                                                    factory,
                                                    scheme.parameterName().get()))
                                    .addParameter(String.class, "apiKey")
                                    .build(),
                            method(
                                            doc + "\n\n<p>The supplier is asked on every request, so keys can rotate.",
                                            CodeBlock.of(
                                                    "$T.$L($S, apiKey)",
                                                    credential,
                                                    factory,
                                                    scheme.parameterName().get()))
                                    .addParameter(supplier, "apiKey")
                                    .build());
                }
                case HTTP_BASIC ->
                    List.of(method(
                                    "Sets the user name and password of HTTP basic scheme {@code "
                                            + Javadocs.line(schemeName) + "}." + describe(),
                                    CodeBlock.of("$T.basic(username, password)", credential))
                            .addParameter(String.class, "username")
                            .addParameter(String.class, "password")
                            .build());
                case OAUTH2 -> oauth2(credential, supplier);
                default ->
                    bearer(
                            credential,
                            supplier,
                            "Sets the bearer token of scheme {@code " + Javadocs.line(schemeName) + "}." + describe());
            };
        }

        private List<MethodSpec> oauth2(ClassName credential, ParameterizedTypeName supplier) {
            String schemeName = Javadocs.line(scheme.name());
            List<MethodSpec> methods = new java.util.ArrayList<>();
            if (scheme.tokenUrl().isPresent()) {
                CodeBlock scopes =
                        scheme.scopes().stream().map(s -> CodeBlock.of("$S", s)).collect(CodeBlock.joining(", "));
                methods.add(method(
                                "Uses OAuth2 client credentials for scheme {@code " + schemeName
                                        + "}: tokens come from {@code "
                                        + Javadocs.line(scheme.tokenUrl().get())
                                        + "}"
                                        + (isAbsolute(scheme.tokenUrl().get())
                                                ? ""
                                                : " (resolved against the base URL)")
                                        + ", are cached until they expire and renewed once"
                                        + " when the API answers 401." + describe(),
                                CodeBlock.of(
                                        "$T.oauth2ClientCredentials($S, clientId, clientSecret, $T.of($L))",
                                        credential,
                                        scheme.tokenUrl().get(),
                                        List.class,
                                        scopes))
                        .addParameter(String.class, "clientId")
                        .addParameter(String.class, "clientSecret")
                        .build());
            }
            scheme.deviceFlow().ifPresent(flow -> {
                CodeBlock scopes =
                        flow.scopes().stream().map(s -> CodeBlock.of("$S", s)).collect(CodeBlock.joining(", "));
                methods.add(method(
                                "Uses the OAuth2 device authorization flow (RFC 8628) of scheme {@code " + schemeName
                                        + "}: the first call asks {@code "
                                        + Javadocs.line(flow.deviceAuthorizationUrl())
                                        + "} for a user code and hands it to {@code prompt} (show the user where to"
                                        + " enter it), then polls {@code " + Javadocs.line(flow.tokenUrl())
                                        + "} until the user approves; tokens are cached and renewed with the"
                                        + " refresh token when the server gives one." + describe(),
                                CodeBlock.of(
                                        "$T.oauth2DeviceAuthorization($S, $S, clientId, $T.of($L), prompt)",
                                        credential,
                                        flow.deviceAuthorizationUrl(),
                                        flow.tokenUrl(),
                                        List.class,
                                        scopes))
                        .addParameter(String.class, "clientId")
                        .addParameter(
                                ParameterizedTypeName.get(
                                        ClassName.get(java.util.function.Consumer.class),
                                        types.support("DeviceAuthorization")),
                                "prompt")
                        .build());
            });
            methods.addAll(bearer(
                    credential,
                    supplier,
                    "Sets the OAuth2 access token of scheme {@code " + schemeName
                            + "}, for flows this client does not run itself." + describe()));
            return methods;
        }

        /** Whether {@code url} has a scheme; OpenAPI resolves a URL without one against the server URL. */
        private static boolean isAbsolute(String url) {
            return url.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
        }

        private List<MethodSpec> bearer(ClassName credential, ParameterizedTypeName supplier, String doc) {
            return List.of(
                    method(doc, CodeBlock.of("$T.bearer(token)", credential))
                            .addParameter(String.class, "token")
                            .build(),
                    method(
                                    doc + "\n\n<p>The supplier is asked on every request, so tokens can rotate.",
                                    CodeBlock.of("$T.bearer(token)", credential))
                            .addParameter(
                                    ParameterizedTypeName.get(ClassName.get(Supplier.class), JavaTypes.STRING), "token")
                            .build());
        }

        private MethodSpec.Builder method(String doc, CodeBlock credentialExpression) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                    .addJavadoc("$L", doc)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addStatement("return credential($S, $L)", scheme.name(), credentialExpression);
            if (scheme.deprecated()) {
                // OpenAPI 3.2: the scheme is on its way out; callers see it at compile time.
                method.addAnnotation(Deprecated.class)
                        .addJavadoc(
                                "\n\n@deprecated the spec marks security scheme {@code $L} deprecated; use another"
                                        + " scheme the operations accept",
                                Javadocs.line(scheme.name()));
            }
            return method;
        }

        private String describe() {
            return scheme.description().map(d -> "\n\n<p>" + Javadocs.text(d)).orElse("");
        }
    }
}
