package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What may be null in a generated client carries JSpecify's {@code @Nullable}, on the type, and
 * nothing else does: optional and nullable record components (so their accessors and the canonical
 * constructor's parameters), the builder setters for them, optional parameters and bodies, the
 * params object, and JSON results, which an empty response decodes to null (shown over HTTP). With
 * the switch off, no compiled class mentions JSpecify. Checked by reflection on the compiled classes.
 */
class NullableAnnotationsTest {
    private static final String PACKAGE = "com.example.nulls";
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - {name: limit, in: query, schema: {type: integer, format: int32}}
                    - {name: X-Trace, in: header, schema: {type: string}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
                post:
                  operationId: createPet
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                  responses:
                    '201': {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
              /pets/{petId}:
                get:
                  operationId: getPet
                  parameters:
                    - {name: petId, in: path, required: true, schema: {type: string}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                    '204': {description: gone quiet}
                put:
                  operationId: replacePet
                  parameters:
                    - {name: petId, in: path, required: true, schema: {type: string}}
                  requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                  responses:
                    '204': {description: replaced}
              /pets/{petId}/name:
                get:
                  operationId: getPetName
                  parameters:
                    - {name: petId, in: path, required: true, schema: {type: string}}
                  responses:
                    '200': {description: ok, content: {text/plain: {schema: {type: string}}}}
            components:
              schemas:
                Pet:
                  type: object
                  required: [id, name, owner, created]
                  properties:
                    id: {type: integer, format: int64}
                    name: {type: string}
                    owner: {type: string, nullable: true}
                    created: {type: string, format: date-time, readOnly: true}
                    tag: {type: string}
                    nickname: {type: string, nullable: true}
                    tags: {type: array, items: {type: string}}
                    photo: {type: string, format: byte}
                    status: {type: string, enum: [available, sold]}
            """;

    @TempDir
    Path folder;

    @Test
    void whatMayBeNullIsAnnotatedAndWhatCannotIsNot() throws Exception {
        CompiledClient client = generate(true);
        Class<?> pet = client.load(PACKAGE + ".model.Pet");

        assertThat(nullableComponents(pet))
                .containsExactlyInAnyOrder("owner", "created", "tag", "tags", "photo", "status");
        assertThat(component(pet, "photo").getType()).isEqualTo(byte[].class);
        // A JsonNullable component is never null itself, yet its setter takes null for JSON null.
        Class<?> builder = client.load(PACKAGE + ".model.Pet$Builder");
        assertThat(nullableParameters(builder))
                .containsExactlyInAnyOrder("owner", "created", "tag", "nickname", "tags", "photo", "status");
        Method requiredName = method(builder, "name");
        assertThat(isNullable(requiredName.getAnnotatedParameterTypes()[0])).isFalse();

        Class<?> api = client.load(PACKAGE + ".api.DefaultApi");
        Class<?> params = client.load(PACKAGE + ".api.DefaultApi$ListPetsParams");
        assertThat(nullableComponents(params)).containsExactlyInAnyOrder("limit", "xTrace");
        Method listPets = api.getMethod("listPets", params);
        assertThat(isNullable(listPets.getAnnotatedParameterTypes()[0])).isTrue();
        assertThat(isNullable(listPets.getAnnotatedReturnType())).isTrue();

        Method getPet = api.getMethod("getPet", String.class);
        assertThat(isNullable(getPet.getAnnotatedParameterTypes()[0])).isFalse();
        assertThat(isNullable(getPet.getAnnotatedReturnType())).isTrue();
        AnnotatedType future = api.getMethod("getPetAsync", String.class).getAnnotatedReturnType();
        assertThat(isNullable(((AnnotatedParameterizedType) future).getAnnotatedActualTypeArguments()[0]))
                .isTrue();
        // Text is never null: an empty body is "".
        assertThat(isNullable(api.getMethod("getPetName", String.class).getAnnotatedReturnType()))
                .isFalse();
        // An optional body may be left out; a required one may not.
        assertThat(isNullable(api.getMethod("createPet", pet).getAnnotatedParameterTypes()[0]))
                .isTrue();
        Method replacePet = api.getMethod("replacePet", String.class, pet);
        assertThat(Arrays.stream(replacePet.getAnnotatedParameterTypes()).map(NullableAnnotationsTest::isNullable))
                .containsExactly(false, false);
        assertThat(replacePet.getReturnType()).isEqualTo(void.class);

        try (StubServer server = StubServer.start()) {
            Object petsApi = api(client, server);
            server.respond(StubResponse.empty(204));
            assertThat(getPet.invoke(petsApi, "p1")).isNull();
            server.respond(StubResponse.json(200, "null"));
            assertThat(getPet.invoke(petsApi, "p1")).isNull();
        }
    }

    @Test
    void switchedOffNothingMentionsJSpecify() throws Exception {
        CompiledClient client = generate(false);

        Class<?> pet = client.load(PACKAGE + ".model.Pet");
        assertThat(nullableComponents(pet)).isEmpty();
        List<String> mentions;
        try (Stream<Path> files = Files.walk(folder)) {
            mentions = files.filter(Files::isRegularFile)
                    .filter(file -> new String(read(file), StandardCharsets.ISO_8859_1).contains("jspecify"))
                    .map(file -> folder.relativize(file).toString())
                    .toList();
        }
        assertThat(mentions).isEmpty();
        assertThat(folder.resolve("classes/com/example/nulls/api/DefaultApi.class"))
                .exists();
    }

    private CompiledClient generate(boolean annotations) throws Exception {
        Path spec = Files.writeString(folder.resolve("pets.yaml"), SPEC);
        return CompiledClient.generate(spec, folder, PACKAGE, options -> options.nullableAnnotations(annotations));
    }

    private static List<String> nullableComponents(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .filter(component -> isNullable(component.getAnnotatedType()))
                .map(RecordComponent::getName)
                .toList();
    }

    private static RecordComponent component(Class<?> record, String name) {
        return Arrays.stream(record.getRecordComponents())
                .filter(component -> component.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The one-argument public setters whose argument is annotated. */
    private static List<String> nullableParameters(Class<?> builder) {
        return Arrays.stream(builder.getDeclaredMethods())
                .filter(method -> method.getParameterCount() == 1 && isNullable(method.getAnnotatedParameterTypes()[0]))
                .map(Method::getName)
                .toList();
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static boolean isNullable(AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object api(CompiledClient client, StubServer server) throws Exception {
        Object builder = client.callStatic(PACKAGE + ".ApiClient", "builder");
        Method baseUrl = builder.getClass().getMethod("baseUrl", String.class);
        baseUrl.setAccessible(true);
        baseUrl.invoke(builder, server.baseUrl());
        Method build = builder.getClass().getMethod("build");
        build.setAccessible(true);
        Object apiClient = build.invoke(builder);
        Class<?> api = client.load(PACKAGE + ".api.DefaultApi");
        return api.getConstructor(apiClient.getClass()).newInstance(apiClient);
    }
}
