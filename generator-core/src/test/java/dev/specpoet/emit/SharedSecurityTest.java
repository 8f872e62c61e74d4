package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations that share the spec's security alternatives name one constant of their API class,
 * and still send the credentials their own security asks for; an operation named {@code security}
 * does not clash with that constant. Called over real HTTP on 127.0.0.1.
 */
class SharedSecurityTest {
    private static final String PACKAGE = "com.example.shared";
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Things, version: '1'}
            security: [{keyAuth: []}]
            paths:
              /things:
                get:
                  operationId: listThings
                  responses: {'204': {description: done}}
              /security:
                get:
                  operationId: security
                  responses: {'204': {description: done}}
              /open:
                get:
                  operationId: openThing
                  security: []
                  responses: {'204': {description: done}}
              /other:
                get:
                  operationId: otherThing
                  security: [{otherAuth: []}]
                  responses: {'204': {description: done}}
            components:
              securitySchemes:
                keyAuth: {type: apiKey, in: header, name: X-API-Key}
                otherAuth: {type: apiKey, in: header, name: X-Other-Key}
            """;

    @TempDir
    Path folder;

    @Test
    void operationsSharingTheSpecsSecuritySendItsCredentialAndOthersTheirOwn() throws Exception {
        Path spec = Files.writeString(folder.resolve("things.yaml"), SPEC);
        Path sources = folder.resolve("out");
        Specpoet.generate(GeneratorConfig.builder(SpecSource.file(spec), sources)
                .basePackage(PACKAGE)
                .build());
        CompiledClient client = CompiledClient.compile(sources, folder.resolve("classes"));
        assertThat(client.diagnostics()).isEmpty();

        try (StubServer server = StubServer.start()) {
            server.respond(StubResponse.empty(204));
            Object api = api(client, server);

            RecordedRequest things = call(server, api, "listThings");
            RecordedRequest security = call(server, api, "security");
            RecordedRequest open = call(server, api, "openThing");
            RecordedRequest other = call(server, api, "otherThing");

            assertThat(things.header("X-API-Key")).contains("k1");
            assertThat(things.hasHeader("X-Other-Key")).isFalse();
            assertThat(security.header("X-API-Key")).contains("k1");
            assertThat(open.hasHeader("X-API-Key")).isFalse();
            assertThat(open.hasHeader("X-Other-Key")).isFalse();
            assertThat(other.header("X-Other-Key")).contains("k2");
            assertThat(other.hasHeader("X-API-Key")).isFalse();
        }
        String source = Files.readString(sources.resolve("com/example/shared/api/DefaultApi.java"));
        assertThat(source.split("List.of\\(List.of\\(\"keyAuth\"\\)\\)", -1)).hasSize(2);
        assertThat(source.split("\\.security\\(SECURITY\\)", -1)).hasSize(3);
    }

    private static Object api(CompiledClient client, StubServer server) throws Exception {
        Object builder = client.callStatic(PACKAGE + ".ApiClient", "builder");
        invoke(builder, "baseUrl", server.baseUrl());
        invoke(builder, "keyAuth", "k1");
        invoke(builder, "otherAuth", "k2");
        Object apiClient = invoke(builder, "build");
        Class<?> api = client.load(PACKAGE + ".api.DefaultApi");
        return api.getConstructor(apiClient.getClass()).newInstance(apiClient);
    }

    private static RecordedRequest call(StubServer server, Object api, String operation) throws Exception {
        server.clear();
        api.getClass().getMethod(operation).invoke(api);
        return server.onlyRequest();
    }

    private static Object invoke(Object target, String name, Object... arguments) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name)
                    && method.getParameterCount() == arguments.length
                    && (arguments.length == 0 || method.getParameterTypes()[0] == String.class)) {
                method.setAccessible(true);
                return method.invoke(target, arguments);
            }
        }
        throw new AssertionError("no method " + name + " on " + target.getClass());
    }
}
