package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.SpecSource;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client generated with {@code jackson=3} compiles lint-clean against Jackson 3 alone and works
 * over HTTP on 127.0.0.1 as its Jackson 2 twin does: unions, enums, additional properties, nullable
 * fields, paging and server-sent events.
 */
class Jackson3ClientTest {
    private static final String PACKAGE = "com.example.zoo";
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Zoo, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - {name: starting_after, in: query, schema: {type: string}}
                    - {name: limit, in: query, schema: {type: integer}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/PetList'}}}}
                    '404': {description: gone, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                post:
                  operationId: createPet
                  requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
              /animals:
                get:
                  operationId: watchAnimals
                  responses:
                    '200': {description: events, content: {text/event-stream: {schema: {$ref: '#/components/schemas/Animal'}}}}
            components:
              schemas:
                Problem: {type: object, properties: {title: {type: string}}}
                Status: {type: string, enum: [available, sold]}
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    status: {$ref: '#/components/schemas/Status'}
                    id: {type: string}
                    nickname: {type: string, nullable: true}
                    born: {type: string, format: date-time}
                  additionalProperties: true
                Dog: {type: object, required: [kind, bark], properties: {kind: {type: string, enum: [dog]}, bark: {type: string}}}
                Cat: {type: object, required: [kind, meow], properties: {kind: {type: string, enum: [cat]}, meow: {type: string}}}
                Animal:
                  oneOf: [{$ref: '#/components/schemas/Dog'}, {$ref: '#/components/schemas/Cat'}]
                  discriminator:
                    propertyName: kind
                    mapping: {dog: '#/components/schemas/Dog', cat: '#/components/schemas/Cat'}
                PetList:
                  type: object
                  properties:
                    data: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                    has_more: {type: boolean}
            """;

    @TempDir
    static Path folder;

    private static Jackson3Client client;
    private StubServer server;
    private Object api;

    @BeforeAll
    static void generate() throws Exception {
        Path spec = Files.writeString(folder.resolve("zoo.yaml"), SPEC);
        client = Jackson3Client.generate(spec, folder, PACKAGE);
    }

    @BeforeEach
    void start() throws Exception {
        server = StubServer.start();
        Object builder = client.callStatic(PACKAGE + ".ApiClient", "builder");
        invoke(builder, "baseUrl", server.baseUrl());
        Object apiClient = invoke(builder, "build");
        api = client.load(PACKAGE + ".api.DefaultApi")
                .getConstructor(apiClient.getClass())
                .newInstance(apiClient);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void compilesLintCleanAgainstJackson3Alone() throws Exception {
        assertThat(client.diagnostics()).isEmpty();
        List<String> imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(client.sources())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> line.startsWith("import "))
                        .forEach(imports::add);
            }
        }
        assertThat(imports)
                .anyMatch(line -> line.startsWith("import tools.jackson.databind."))
                .noneMatch(line -> line.startsWith("import com.fasterxml.jackson.databind."))
                .noneMatch(line -> line.startsWith("import com.fasterxml.jackson.core."))
                .noneMatch(line -> line.contains("jsr310"));
    }

    @Test
    void itsReadmeNamesJackson3sDatabindAndNoJavaTimeModule() throws Exception {
        Path docs = folder.resolve("docs");
        Specpoet.generate(
                GeneratorConfig.builder(SpecSource.file(folder.resolve("zoo.yaml")), folder.resolve("docs-src"))
                        .basePackage(PACKAGE)
                        .docsDirectory(docs)
                        .jackson(JacksonEdition.JACKSON_3)
                        .build());

        assertThat(Files.readString(docs.resolve("README.md")))
                .contains("<groupId>tools.jackson.core</groupId>\n  <artifactId>jackson-databind</artifactId>\n"
                        + "  <version>3.3.0</version>")
                .doesNotContain("com.fasterxml.jackson", "jsr310");
    }

    @Test
    void pagesDecodingEnumsNullablesDatesAndAdditionalProperties() throws Exception {
        server.respondInOrder(
                StubResponse.json(
                        200,
                        "{\"data\":[{\"id\":\"a\",\"name\":\"Rex\",\"status\":\"sold\",\"nickname\":null,"
                                + "\"born\":\"2024-08-09T12:08:34\",\"color\":\"brown\"}],\"has_more\":true}"),
                StubResponse.json(
                        200, "{\"data\":[{\"id\":\"b\",\"name\":\"Tom\",\"status\":\"adopted\"}],\"has_more\":false}"));

        List<Object> pets = new ArrayList<>();
        ((Iterable<?>) invoke(api, "listPetsAutoPaging")).forEach(pets::add);

        assertThat(pets).hasSize(2);
        Object rex = pets.get(0);
        Object tom = pets.get(1);
        assertThat(invoke(rex, "name")).isEqualTo("Rex");
        assertThat(invoke(invoke(rex, "status"), "value")).isEqualTo("sold");
        assertThat(invoke(invoke(rex, "status"), "isKnown")).isEqualTo(true);
        assertThat(invoke(invoke(tom, "status"), "value")).isEqualTo("adopted");
        assertThat(invoke(invoke(tom, "status"), "isKnown")).isEqualTo(false);
        assertThat(invoke(invoke(rex, "nickname"), "isNull")).isEqualTo(true);
        assertThat(invoke(invoke(tom, "nickname"), "isDefined")).isEqualTo(false);
        assertThat(invoke(rex, "born")).isEqualTo(OffsetDateTime.parse("2024-08-09T12:08:34Z"));
        assertThat(invoke(rex, "additionalProperties")).isEqualTo(Map.of("color", "brown"));
        assertThat(server.requests().stream().map(RecordedRequest::rawQuery)).containsExactly(null, "starting_after=a");
    }

    @Test
    void writesPropertiesInDeclaredOrderDatesAsTextAndAnExplicitNull() throws Exception {
        server.respond(StubResponse.json(200, "{\"name\":\"Rex\",\"unknown\":{\"deep\":[1,2]}}"));
        Object builder = client.callStatic(PACKAGE + ".model.Pet", "builder");
        invoke(builder, "name", "Rex");
        invoke(builder, "nickname", (Object) null);
        invoke(builder, "born", OffsetDateTime.parse("2024-01-02T03:04:05+02:00"));
        Object pet = invoke(builder, "build");

        Object echoed = invoke(api, "createPet", pet);

        assertThat(server.onlyRequest().bodyText())
                .isEqualTo("{\"name\":\"Rex\",\"nickname\":null,\"born\":\"2024-01-02T03:04:05+02:00\"}");
        assertThat(invoke(echoed, "name")).isEqualTo("Rex");
        assertThat(invoke(echoed, "additionalProperties").toString()).isEqualTo("{unknown={deep=[1, 2]}}");
    }

    @Test
    void anErrorStatusThrowsTheTypedExceptionAndMalformedJsonADecodingFailure() throws Exception {
        server.respondInOrder(
                StubResponse.json(404, "{\"title\":\"no pets\"}"), StubResponse.json(200, "{\"data\": [oops"));

        Throwable notFound = failure(() -> invoke(api, "listPets"));
        Throwable malformed = failure(() -> invoke(api, "listPets"));

        assertThat(notFound.getClass().getName()).isEqualTo(PACKAGE + ".ProblemException");
        assertThat(invoke(invoke(notFound, "error"), "title")).isEqualTo("no pets");
        assertThat(invoke(notFound, "statusCode")).isEqualTo(404);
        assertThat(malformed.getClass().getName()).isEqualTo(PACKAGE + ".internal.ApiDecodingException");
        assertThat(malformed.getCause().getClass().getName()).startsWith("tools.jackson.");
    }

    @Test
    void serverSentEventsDecodeIntoTheUnionsAlternatives() throws Exception {
        String events = "data: {\"kind\":\"dog\",\"bark\":\"woof\"}\n\n"
                + "data: {\"kind\":\"cat\",\"meow\":\"purr\"}\n\n"
                + "data: {\"kind\":\"axolotl\"}\n\n";
        server.respond(new StubResponse(
                200,
                "text/event-stream",
                events.getBytes(StandardCharsets.UTF_8),
                Map.of(),
                Duration.ZERO,
                Duration.ZERO));

        List<Object> animals = new ArrayList<>();
        try (AutoCloseable stream = (AutoCloseable) invoke(api, "watchAnimals")) {
            ((Iterable<?>) stream).forEach(animals::add);
        }

        assertThat(animals)
                .extracting(animal -> animal.getClass().getSimpleName())
                .containsExactly("Dog", "Cat", "Unknown");
        assertThat(invoke(animals.get(0), "bark")).isEqualTo("woof");
        assertThat(invoke(animals.get(1), "meow")).isEqualTo("purr");
        assertThat(invoke(animals.get(2), "raw").toString()).isEqualTo("{\"kind\":\"axolotl\"}");
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static Throwable failure(Call call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isNotNull();
        return thrown;
    }

    /** Calls the public method of that name and arity, unwrapping what it throws. */
    private static Object invoke(Object target, String name, Object... args) throws Exception {
        Method method = Arrays.stream(target.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No method " + name + " on " + target.getClass()));
        method.setAccessible(true);
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
