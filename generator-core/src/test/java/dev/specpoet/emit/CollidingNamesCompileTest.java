package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.fixtures.InlineSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that clash with Java, with each other or with the generated code's own still compile. */
class CollidingNamesCompileTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Clashes, version: "1"}
            security: [{credential: []}]
            paths:
              /things/{id}:
                get:
                  tags: [Api Client]
                  operationId: toString
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: id, in: query, schema: {type: integer}}
                    - {name: options, in: query, schema: {type: string}}
                    - {name: class, in: query, schema: {type: string}}
                    - {name: X-Request-ID, in: header, schema: {type: string}}
                  responses:
                    '200':
                      description: OK
                      content: {application/json: {schema: {$ref: '#/components/schemas/String'}}}
                    '400':
                      description: Bad
                      content: {application/json: {schema: {$ref: '#/components/schemas/Api'}}}
                post:
                  tags: [Api Client]
                  operationId: get_pet
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  requestBody:
                    content: {application/json: {schema: {$ref: '#/components/schemas/Object'}}}
                  responses: {'204': {description: Done}}
                put:
                  tags: [default]
                  operationId: getPet
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses: {'204': {description: Done}}
                delete:
                  tags: [default]
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: OK
                      content: {application/json: {schema: {$ref: '#/components/schemas/Choice'}}}
            components:
              securitySchemes:
                credential: {type: apiKey, in: header, name: X-API-Key}
                build: {type: http, scheme: bearer}
              schemas:
                String:
                  type: object
                  properties:
                    class: {type: string}
                    default: {type: string}
                    builder: {type: string}
                    toString: {type: string}
                    hashCode: {type: integer}
                    1st: {type: string}
                    $ref: {type: string}
                    is_active: {type: boolean}
                    isActive: {type: boolean}
                    "": {type: string}
                    additionalProperties: {type: string}
                    password: {type: string}
                Object: {type: object, properties: {value: {$ref: '#/components/schemas/OpenEnum'}}}
                Class: {type: object, properties: {name: {type: string}}}
                ApiClient: {type: object, properties: {name: {type: string}}}
                JsonNullable: {type: object, properties: {name: {type: string, nullable: true}}}
                Override: {type: object, properties: {name: {type: string}}}
                Api: {type: object, properties: {message: {type: string}}}
                OpenEnum:
                  type: string
                  enum: ["", ">=", "0", BY_VALUE, a-b, a_b, class, values, of]
                Choice:
                  oneOf:
                    - {type: string}
                    - {type: integer}
                    - $ref: '#/components/schemas/Class'
                    - {type: array, items: {$ref: '#/components/schemas/Class'}}
            """;

    @TempDir
    Path folder;

    @Test
    void generatedClientCompilesCleanly() throws Exception {
        Path spec = InlineSpec.write(folder, "clashes.yaml", SPEC);
        Path sources = folder.resolve("src");

        Specpoet.generate(GeneratorConfig.builder(dev.specpoet.api.SpecSource.file(spec), sources)
                .basePackage("com.example.clash")
                .build());

        CompiledClient client = CompiledClient.compile(sources, folder.resolve("classes"));
        assertThat(client.diagnostics()).isEmpty();
        assertThat(client.load("com.example.clash.model.StringModel")).isRecord();
        assertThat(client.load("com.example.clash.ApiException2")
                        .getSuperclass()
                        .getSimpleName())
                .isEqualTo("ApiException");
    }
}
