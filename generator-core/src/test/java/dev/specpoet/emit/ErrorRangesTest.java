package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error bodies declared for a range ({@code 4XX}, {@code 5XX}) or {@code default} are decoded into
 * typed exceptions just like those of an exact status, so callers never cast; statuses that share
 * one mapping are declared once, and each still throws its exception over real HTTP on 127.0.0.1.
 */
class ErrorRangesTest {
    private static final String PACKAGE = "com.example.ranges";

    @TempDir
    Path folder;

    @Test
    void rangeAndDefaultErrorBodiesGetTypedExceptionsAndSharedMappingsAreDeclaredOnce() throws Exception {
        Path spec = Files.writeString(folder.resolve("spec.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets/{id}:
                    get:
                      operationId: getPet
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: string}}}}
                        '400': {description: bad, content: {application/xml: {schema: {$ref: '#/components/schemas/Problem'}}}}
                        '401': {description: who, content: {application/xml: {schema: {$ref: '#/components/schemas/Problem'}}}}
                        '404': {description: gone, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                        '409': {description: clash, content: {application/json: {schema: {$ref: '#/components/schemas/Fault'}}}}
                        '4XX': {description: client, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                        '5XX': {description: server, content: {application/json: {schema: {$ref: '#/components/schemas/Fault'}}}}
                        default: {description: other, content: {application/json: {schema: {$ref: '#/components/schemas/Other'}}}}
                components:
                  schemas:
                    Problem: {type: object, properties: {title: {type: string}}}
                    Fault: {type: object, properties: {trace: {type: string}}}
                    Other: {type: object, properties: {code: {type: integer}}}
                """);

        CompiledClient client = CompiledClient.generate(spec, folder, PACKAGE);

        String api = Files.readString(folder.resolve("src/com/example/ranges/api/DefaultApi.java"));
        assertThat(api)
                .contains(".errors(List.of(\"400\", \"401\"), ResponseType.text())")
                .contains(".errors(List.of(\"404\", \"4XX\"), ResponseType.json(Problem.class), ProblemException::new)")
                .contains(".errors(List.of(\"409\", \"5XX\"), ResponseType.json(Fault.class), FaultException::new)")
                .contains(".error(\"default\", ResponseType.json(Other.class), OtherException::new)")
                .doesNotContain(".error(\"404\"")
                .contains("@throws ProblemException for status 404, 4XX");
        try (StubServer server = StubServer.start()) {
            Object pets = api(client, server);
            for (int status : new int[] {400, 401}) {
                server.respond(new StubResponse(
                        status,
                        "application/xml",
                        "<problem/>".getBytes(StandardCharsets.UTF_8),
                        Map.of(),
                        Duration.ZERO,
                        Duration.ZERO));
                Throwable raw = call(pets);
                assertThat(raw.getClass().getName()).as("%d", status).isEqualTo("dev.specpoet.runtime.ApiException");
                assertThat(invoke(raw, "rawBody")).isEqualTo("<problem/>");
                assertThat(invoke(raw, "statusCode")).isEqualTo(status);
            }
            assertThrows(server, pets, 404, "{\"title\":\"gone\"}", "ProblemException");
            assertThrows(server, pets, 418, "{\"title\":\"teapot\"}", "ProblemException");
            assertThrows(server, pets, 409, "{\"trace\":\"t\"}", "FaultException");
            assertThrows(server, pets, 503, "{\"trace\":\"t\"}", "FaultException");
        }
    }

    private static void assertThrows(StubServer server, Object pets, int status, String body, String exception)
            throws Exception {
        server.respond(StubResponse.json(status, body));
        Throwable thrown = call(pets);
        assertThat(thrown.getClass().getName()).as("%d", status).isEqualTo(PACKAGE + "." + exception);
        assertThat(invoke(thrown, "statusCode")).isEqualTo(status);
        assertThat(invoke(thrown, "error")).isNotNull();
    }

    private static Object api(CompiledClient client, StubServer server) throws Exception {
        Object builder = client.callStatic(PACKAGE + ".ApiClient", "builder");
        Method baseUrl = builder.getClass().getMethod("baseUrl", String.class);
        baseUrl.setAccessible(true);
        baseUrl.invoke(builder, server.baseUrl());
        Object apiClient = invoke(builder, "build");
        Class<?> api = client.load(PACKAGE + ".api.DefaultApi");
        return api.getConstructor(apiClient.getClass()).newInstance(apiClient);
    }

    private static Throwable call(Object api) throws Exception {
        Method getPet = api.getClass().getMethod("getPet", String.class);
        Throwable thrown = catchThrowable(() -> getPet.invoke(api, "x"));
        assertThat(thrown).isInstanceOf(InvocationTargetException.class);
        return thrown.getCause();
    }

    private static Object invoke(Object target, String method) throws Exception {
        Method found = target.getClass().getMethod(method);
        found.setAccessible(true);
        return found.invoke(target);
    }
}
