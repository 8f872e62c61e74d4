package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client generated from an OpenAPI 3.2 document, compiled lint-clean and called over HTTP on
 * 127.0.0.1: the {@code query} method and an additional operation send their method names, {@code
 * in: querystring} sends the whole query string from one value, {@code defaultMapping} decodes
 * unknown tags as its variant, the device flow gets a token, and a deprecated scheme's builder
 * method is {@code @Deprecated}.
 */
class OpenApi32ClientTest {
    private static final String PACKAGE = "com.example.oas32";
    private static final String SPEC = """
            openapi: 3.2.0
            info: {title: Items, version: "1"}
            tags:
              - {name: items}
            paths:
              /items/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                query:
                  operationId: searchItems
                  tags: [items]
                  requestBody:
                    required: true
                    content: {application/json: {schema: {$ref: '#/components/schemas/Filter'}}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                additionalOperations:
                  COPY:
                    operationId: copyItem
                    tags: [items]
                    parameters:
                      - {name: Destination, in: header, required: true, schema: {type: string}}
                    responses:
                      '204': {description: copied}
              /search:
                get:
                  operationId: search
                  tags: [items]
                  parameters:
                    - name: filter
                      in: querystring
                      required: true
                      content:
                        application/x-www-form-urlencoded:
                          schema: {$ref: '#/components/schemas/Filter'}
                  responses:
                    '204': {description: ok}
              /search-json:
                get:
                  operationId: searchJson
                  tags: [items]
                  parameters:
                    - name: filter
                      in: querystring
                      required: true
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Filter'}
                  responses:
                    '204': {description: ok}
              /secure:
                get:
                  operationId: secure
                  tags: [items]
                  security: [{device: [read]}]
                  responses:
                    '204': {description: ok}
            components:
              schemas:
                Filter:
                  type: object
                  properties: {limit: {type: integer}, q: {type: string}}
                Cat:
                  type: object
                  properties: {kind: {type: string}, purrs: {type: boolean}}
                Dog:
                  type: object
                  properties: {kind: {type: string}, barks: {type: boolean}}
                Pet:
                  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                  discriminator:
                    propertyName: kind
                    mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
                    defaultMapping: '#/components/schemas/Cat'
              securitySchemes:
                device:
                  type: oauth2
                  flows:
                    deviceAuthorization:
                      deviceAuthorizationUrl: /device
                      tokenUrl: /token
                      scopes: {read: Read}
                legacyKey:
                  type: apiKey
                  in: header
                  name: X-Legacy-Key
                  deprecated: true
            """;

    @TempDir
    Path folder;

    private CompiledClient client;

    @BeforeEach
    void generate() throws Exception {
        client = CompiledClient.generate(Files.writeString(folder.resolve("items.yaml"), SPEC), folder, PACKAGE);
    }

    @Test
    void theQueryMethodSendsItsBodyAndAnUnknownTagDecodesAsTheDefaultVariant() throws Exception {
        try (StubServer server = StubServer.start()) {
            Object api = api(server, builder -> {});
            Object filter = client.mapper().readValue("{\"limit\":5}", client.load(PACKAGE + ".model.Filter"));
            server.respondInOrder(
                    StubResponse.json(200, "{\"kind\":\"ferret\",\"purrs\":true}"),
                    StubResponse.json(200, "{\"purrs\":false}"),
                    StubResponse.json(200, "{\"kind\":\"dog\",\"barks\":true}"));

            Object ferret = call(api, "searchItems", "a/b", filter);
            Object untagged = call(api, "searchItems", "a", filter);
            Object dog = call(api, "searchItems", "a", filter);

            assertThat(ferret.getClass().getName()).isEqualTo(PACKAGE + ".model.Cat");
            assertThat(untagged.getClass().getName()).isEqualTo(PACKAGE + ".model.Cat");
            assertThat(dog.getClass().getName()).isEqualTo(PACKAGE + ".model.Dog");
            RecordedRequest first = server.requests().get(0);
            assertThat(first.method()).isEqualTo("QUERY");
            assertThat(first.rawPath()).isEqualTo("/items/a%2Fb");
            assertThat(first.bodyText()).isEqualTo("{\"limit\":5}");
            assertThat(first.header("Content-Type")).contains("application/json");
        }
    }

    @Test
    void anAdditionalOperationSendsItsMethodName() throws Exception {
        try (StubServer server = StubServer.start()) {
            Object api = api(server, builder -> {});
            server.respond(StubResponse.empty(204));

            call(api, "copyItem", "a", "/items/b");

            RecordedRequest request = server.onlyRequest();
            assertThat(request.method()).isEqualTo("COPY");
            assertThat(request.rawPath()).isEqualTo("/items/a");
            assertThat(request.header("Destination")).contains("/items/b");
        }
    }

    @Test
    void aQuerystringParameterIsTheWholeQueryStringInItsMediaType() throws Exception {
        try (StubServer server = StubServer.start()) {
            Object api = api(server, builder -> {});
            Object filter =
                    client.mapper().readValue("{\"limit\":5,\"q\":\"a b&c\"}", client.load(PACKAGE + ".model.Filter"));
            server.respond(StubResponse.empty(204));

            call(api, "search", filter);
            call(api, "searchJson", filter);

            List<RecordedRequest> requests = server.requests();
            assertThat(requests.get(0).rawQuery()).isEqualTo("limit=5&q=a%20b%26c");
            assertThat(requests.get(0).query()).containsEntry("q", List.of("a b&c"));
            String json = requests.get(1).rawQuery();
            assertThat(json).doesNotContain("{", "\"", " ");
            assertThat(URLDecoder.decode(json, StandardCharsets.UTF_8)).isEqualTo("{\"limit\":5,\"q\":\"a b&c\"}");
        }
    }

    @Test
    void theDeviceFlowAsksTheUserThenSendsTheToken() throws Exception {
        List<Object> prompts = new ArrayList<>();
        try (StubServer server = StubServer.start()) {
            server.route(
                            "POST",
                            "/device",
                            StubResponse.json(
                                    200,
                                    "{\"device_code\":\"d-1\",\"user_code\":\"ABCD-EFGH\",\"verification_uri\":"
                                            + "\"https://example.com/device\",\"expires_in\":60,\"interval\":0}"))
                    .route("POST", "/token", StubResponse.json(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}"))
                    .route("GET", "/secure", StubResponse.empty(204));
            Class<?> deviceAuthorization = client.load("dev.specpoet.runtime.DeviceAuthorization");
            Object api = api(
                    server,
                    builder -> invoke(
                            builder, "device", new Class<?>[] {String.class, Consumer.class}, "cli", (Consumer<Object>)
                                    prompts::add));

            call(api, "secure");

            assertThat(prompts).singleElement().isInstanceOf(deviceAuthorization);
            assertThat(invoke(prompts.get(0), "userCode", new Class<?>[0])).isEqualTo("ABCD-EFGH");
            RecordedRequest secured = server.requests().stream()
                    .filter(r -> r.rawPath().equals("/secure"))
                    .findFirst()
                    .orElseThrow();
            assertThat(secured.header("Authorization")).contains("Bearer tok-1");
            assertThat(server.requests().get(0).bodyText()).isEqualTo("client_id=cli&scope=read");
        }
    }

    @Test
    void aDeprecatedSchemesBuilderMethodIsDeprecated() throws Exception {
        Class<?> builder = client.load(PACKAGE + ".ApiClient$Builder");
        List<Method> legacy = Arrays.stream(builder.getMethods())
                .filter(m -> m.getName().equals("legacyKey"))
                .toList();
        assertThat(legacy).isNotEmpty().allMatch(m -> m.isAnnotationPresent(Deprecated.class));
        assertThat(builder.getMethod("device", String.class, Consumer.class).isAnnotationPresent(Deprecated.class))
                .isFalse();
        String source = Files.readString(folder.resolve("src/com/example/oas32/ApiClient.java"));
        assertThat(source)
                .contains("@deprecated the spec marks security scheme {@code legacyKey} deprecated; use another"
                        + " scheme the operations accept");
    }

    private Object api(StubServer server, Consumer<Object> configure) throws Exception {
        Object builder = client.callStatic(PACKAGE + ".ApiClient", "builder");
        invoke(builder, "baseUrl", new Class<?>[] {String.class}, server.baseUrl());
        configure.accept(builder);
        Object apiClient = invoke(builder, "build", new Class<?>[0]);
        Class<?> api = client.load(PACKAGE + ".api.ItemsApi");
        return api.getConstructor(apiClient.getClass()).newInstance(apiClient);
    }

    private static Object call(Object api, String name, Object... arguments) throws Exception {
        Method method = Arrays.stream(api.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name));
        try {
            return method.invoke(api, arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        }
    }

    private static Object invoke(Object target, String name, Class<?>[] types, Object... arguments) {
        try {
            Method method = target.getClass().getMethod(name, types);
            method.setAccessible(true);
            return method.invoke(target, arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
