package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An error body the client cannot decode (XML) is thrown as the plain {@code ApiException} with the
 * raw text, and the Javadoc and the docs say so; a JSON error body of a schema throws the schema's
 * exception. Called over real HTTP on 127.0.0.1.
 */
class NonJsonErrorBodiesTest {
    private static final String PACKAGE = "com.example.errors";
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: string}}}}
                    '400': {description: bad, content: {application/xml: {schema: {$ref: '#/components/schemas/Problem'}}}}
                    '404': {description: gone, content: {application/json: {schema: {$ref: '#/components/schemas/NotFound'}}}}
            components:
              schemas:
                Problem: {type: object, properties: {title: {type: string}}}
                NotFound: {type: object, properties: {id: {type: string}}}
            """;

    @TempDir
    Path folder;

    private Path sources;
    private Path docs;

    @BeforeEach
    void generate() throws Exception {
        Path spec = Files.writeString(folder.resolve("pets.yaml"), SPEC);
        sources = folder.resolve("out");
        docs = folder.resolve("docs");
        Specpoet.generate(GeneratorConfig.builder(SpecSource.file(spec), sources)
                .basePackage(PACKAGE)
                .docsDirectory(docs)
                .build());
    }

    @Test
    void anXmlErrorThrowsApiExceptionWithTheRawTextAndEveryDocumentSaysSo() throws Exception {
        CompiledClient client = CompiledClient.compile(sources, folder.resolve("classes"));
        assertThat(client.diagnostics()).isEmpty();
        String xml = "<problem><title>bad id</title></problem>";
        try (StubServer server = StubServer.start()) {
            Object api = api(client, server);
            server.respond(new StubResponse(
                    400,
                    "application/xml",
                    xml.getBytes(StandardCharsets.UTF_8),
                    Map.of(),
                    Duration.ZERO,
                    Duration.ZERO));

            Throwable badRequest = call(api, "x");

            assertThat(badRequest.getClass().getName()).isEqualTo("dev.specpoet.runtime.ApiException");
            assertThat(invoke(badRequest, "rawBody")).isEqualTo(xml);
            assertThat(invoke(badRequest, "statusCode")).isEqualTo(400);

            server.respond(StubResponse.json(404, "{\"id\":\"x\"}"));

            Throwable notFound = call(api, "x");

            assertThat(notFound.getClass().getName()).isEqualTo(PACKAGE + ".NotFoundException");
        }
        String apiSource = Files.readString(sources.resolve("com/example/errors/api/DefaultApi.java"));
        assertThat(apiSource)
                .contains("@throws NotFoundException for status 404\n")
                .contains("@throws ApiException for status 400 (its application/xml body is not decoded: read"
                        + " {@code rawBody()}), and for any other status outside 2xx")
                .doesNotContain("ProblemException");
        assertThat(sources.resolve("com/example/errors/ProblemException.java")).doesNotExist();
        assertThat(sources.resolve("com/example/errors/NotFoundException.java")).exists();
        String page = Files.readString(docs.resolve("docs/DefaultApi.md"));
        assertThat(page)
                .contains(
                        "| **400** | bad (throws `ApiException` with the application/xml body as text in `rawBody()`)")
                .contains("| **404** | gone (throws `NotFoundException`)")
                .doesNotContain("ProblemException");
        assertThat(Files.readString(docs.resolve("README.md"))).doesNotContain("ProblemException");
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

    private static Throwable call(Object api, String id) throws Exception {
        Method getPet = api.getClass().getMethod("getPet", String.class);
        Throwable thrown = catchThrowable(() -> getPet.invoke(api, id));
        assertThat(thrown).isInstanceOf(InvocationTargetException.class);
        return thrown.getCause();
    }

    private static Object invoke(Object target, String method) throws Exception {
        Method found = target.getClass().getMethod(method);
        found.setAccessible(true);
        return found.invoke(target);
    }
}
