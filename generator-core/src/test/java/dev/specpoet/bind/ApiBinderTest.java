package dev.specpoet.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import dev.specpoet.fixtures.InlineSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiBinderTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /owners/{owner}/pets/{pet}:
                put:
                  operationId: updatePet
                  parameters:
                    - {name: limit, in: query, schema: {type: integer}}
                    - {name: X-Trace, in: header, required: true, schema: {type: string}}
                    - {name: pet, in: path, required: true, schema: {type: integer, format: int64}}
                    - {name: owner, in: path, required: true, schema: {type: string}}
                  requestBody:
                    required: true
                    content:
                      application/xml: {schema: {$ref: '#/components/schemas/Cat'}}
                      application/json: {schema: {$ref: '#/components/schemas/Pet'}}
                  responses:
                    '201': {description: made}
                    '202': {description: accepted, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
                    '400': {description: bad, content: {application/xml: {schema: {$ref: '#/components/schemas/Problem'}}}}
                    '404': {description: gone, content: {application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                    '409': {description: clash, content: {application/json: {schema: {type: string}}}}
              /ping:
                get:
                  operationId: ping
                  responses:
                    default: {description: any, content: {text/plain: {schema: {type: string}}}}
            components:
              schemas:
                Pet: {type: object, properties: {name: {type: string}}}
                Cat: {type: object, properties: {name: {type: string}}}
                Problem: {type: object, properties: {title: {type: string}}}
            """;

    @TempDir
    Path folder;

    @Test
    void decidesTheWholeJavaShapeOfAnOperation() throws Exception {
        BoundModel bound = new ApiBinder().bind(InlineSpec.named(folder, SPEC));
        OperationBinding update = bound.operations().get(0);

        assertThat(update.arguments())
                .extracting(Argument::name, argument -> argument.type().toString())
                .containsExactly(
                        tuple("owner", "java.lang.String"),
                        tuple("pet", "java.lang.Long"),
                        tuple("xTrace", "java.lang.String"),
                        tuple("body", "com.example.model.Pet"));
        assertThat(update.optionalParameters()).extracting(Argument::name).containsExactly("limit");
        assertThat(update.params().orElseThrow().type().simpleName()).isEqualTo("UpdatePetParams");
        assertThat(update.requestBody().orElseThrow().encoding()).isEqualTo(BodyEncoding.JSON);
        assertThat(update.contentType()).contains("application/json");
        assertThat(update.result().statusKey()).contains("202");
        assertThat(update.result().type().toString()).isEqualTo("java.util.List<com.example.model.Pet>");
        assertThat(update.accept()).contains("application/json, application/xml, application/problem+json");
        assertThat(update.errors())
                .extracting(ErrorBinding::statusKey, ErrorBinding::typed, ErrorBinding::isRaw)
                .containsExactly(tuple("400", false, true), tuple("404", true, false), tuple("409", false, false));
        ClassName problemException = ClassName.get("com.example", "ProblemException");
        assertThat(update.exceptions()).isEqualTo(Map.of(problemException, List.of("404")));
        assertThat(update.declaration())
                .isEqualTo(
                        "List<Pet> updatePet(String owner, Long pet, String xTrace, Pet body, DefaultApi.UpdatePetParams params)");
        assertThat(bound.exceptions())
                .isEqualTo(Map.of(problemException, ClassName.get("com.example.model", "Problem")));
    }

    @Test
    void defaultIsTheResultWhenNo2xxIsDeclared() throws Exception {
        BoundModel bound = new ApiBinder().bind(InlineSpec.named(folder, SPEC));
        OperationBinding ping = bound.operations().get(1);

        assertThat(ping.result().statusKey()).contains("default");
        assertThat(ping.result().body().map(BodyBinding::encoding)).contains(BodyEncoding.TEXT);
        assertThat(ping.result().returnType().toString()).isEqualTo("java.lang.String");
        assertThat(ping.errors()).isEmpty();
        assertThat(ping.arguments()).isEmpty();
        assertThat(ping.params()).isEqualTo(Optional.empty());
        assertThat(ping.declaration()).isEqualTo("String ping()");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
