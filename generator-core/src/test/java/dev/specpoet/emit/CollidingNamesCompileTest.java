package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.fixtures.InlineSpec;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
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

    /**
     * Arthur GenAI Engine's {@code JsonSchema} (a property named {@code additionalProperties} in an
     * open object), schemas named after the classes generated code declares or imports, and
     * properties and enum values named after generated members.
     */
    private static final String MEMBERS_SPEC = """
            openapi: 3.1.0
            info: {title: Members, version: "1"}
            paths:
              /schemas:
                post:
                  operationId: echo
                  requestBody:
                    content: {application/json: {schema: {$ref: '#/components/schemas/JsonSchema'}}}
                  responses:
                    '200':
                      description: OK
                      content: {application/json: {schema: {$ref: '#/components/schemas/JsonSchema'}}}
            components:
              schemas:
                JsonSchema:
                  type: object
                  required: [properties]
                  properties:
                    type: {type: string, default: object}
                    properties:
                      type: object
                      additionalProperties: {$ref: '#/components/schemas/JsonPropertySchema'}
                    required: {type: array, items: {type: string}}
                    additionalProperties:
                      anyOf: [{type: boolean}, {type: 'null'}]
                JsonPropertySchema:
                  type: object
                  properties:
                    type: {type: string}
                    description: {type: string}
                Builder:
                  type: object
                  properties:
                    builder: {type: string}
                    toBuilder: {type: string}
                    build: {type: string}
                    additionalProperty: {type: string}
                    additionalProperties2: {type: string}
                    equals: {type: string}
                    unknown: {$ref: '#/components/schemas/Unknown'}
                    list: {$ref: '#/components/schemas/List'}
                    map: {$ref: '#/components/schemas/Map'}
                    optional: {$ref: '#/components/schemas/Optional'}
                    property: {$ref: '#/components/schemas/JsonProperty'}
                    deserializer: {$ref: '#/components/schemas/Deserializer'}
                Unknown:
                  oneOf:
                    - {$ref: '#/components/schemas/Deserializer'}
                    - {$ref: '#/components/schemas/Builder'}
                    - {type: string}
                Deserializer: {type: object, required: [kind], properties: {kind: {type: string}}}
                List: {type: object, properties: {items: {type: array, items: {type: string}}}}
                Map: {type: object, properties: {entries: {type: object, additionalProperties: {type: integer}}}}
                Optional: {type: object, properties: {value: {type: string}, other: {type: string, format: date-time}}}
                JsonProperty: {type: object, properties: {value: {$ref: '#/components/schemas/Override'}}}
                Override:
                  type: string
                  enum: [known, value, isKnown, of, values, BY_VALUE]
                Object: {type: object, properties: {builder: {$ref: '#/components/schemas/Builder'}}}
                String: {type: object, properties: {object: {$ref: '#/components/schemas/Object'}}}
                StringValue: {type: object, properties: {text: {type: string}}}
                Choice:
                  oneOf:
                    - {type: string}
                    - {$ref: '#/components/schemas/StringValue'}
                    - {$ref: '#/components/schemas/JsonNullable'}
                JsonNullable: {type: object, properties: {kind: {$ref: '#/components/schemas/JsonKind'}}}
                JsonKind: {type: string, enum: [a]}
                Known: {type: object, properties: {kind: {type: string, enum: [Known, KnownValue, requireKnown]}}}
                OpenEnum: {type: object, properties: {variant: {$ref: '#/components/schemas/UnionVariant'}}}
                UnionVariant: {type: object, properties: {note: {type: string, nullable: true}}}
                UnionDeserializer: {type: object, properties: {choice: {$ref: '#/components/schemas/Choice'}}}
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

    @Test
    void everyPropertyAndSchemaNameCoexistsWithTheGeneratedMembers() throws Exception {
        Path spec = InlineSpec.write(folder, "members.yaml", MEMBERS_SPEC);
        Path sources = folder.resolve("src");
        Specpoet.generate(GeneratorConfig.builder(dev.specpoet.api.SpecSource.file(spec), sources)
                .basePackage("com.example.members")
                .build());

        CompiledClient client = CompiledClient.compile(sources, folder.resolve("classes"));

        assertThat(client.diagnostics()).isEmpty();
        ObjectMapper mapper = client.mapper();
        String model = "com.example.members.model.";
        String schema = "{\"type\":\"object\",\"properties\":{\"topic\":{\"type\":\"string\",\"x\":1}},"
                + "\"required\":[\"topic\"],\"additionalProperties\":false,\"$defs\":{},\"title\":null}";
        Object decoded = mapper.readValue(schema, client.load(model + "JsonSchema"));
        assertThat(decoded.getClass().getMethod("additionalProperties").invoke(decoded))
                .hasToString("JsonNullable[false]");
        assertThat(decoded.getClass().getMethod("additionalProperties2").invoke(decoded))
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .hasSize(2)
                .containsEntry("$defs", Map.of())
                .containsEntry("title", null);
        assertThat(mapper.readTree(mapper.writeValueAsString(decoded))).isEqualTo(mapper.readTree(schema));
        // An inline enum nested in a record named Known: its Java enum may not be called Known too.
        Class<?> known = client.load(model + "Known$Kind");
        Object requireKnown = mapper.readValue("\"requireKnown\"", known);
        assertThat(known.getMethod("known").invoke(requireKnown)).hasToString("REQUIRE_KNOWN");
        assertThat(known.getMethod("known").getReturnType().getSimpleName()).isEqualTo("KnownValue");

        String builder = "{\"builder\":\"b\",\"toBuilder\":\"t\",\"build\":\"x\",\"additionalProperty\":\"p\","
                + "\"additionalProperties2\":\"p2\",\"equals\":\"e\",\"unknown\":{\"kind\":\"k\"},"
                + "\"list\":{\"items\":[\"a\"]},\"map\":{\"entries\":{\"a\":1}},"
                + "\"optional\":{\"value\":\"v\"},\"property\":{\"value\":\"isKnown\"},"
                + "\"deserializer\":{\"kind\":\"d\"},\"additionalProperties\":{\"undeclared\":true}}";
        Object decodedBuilder = mapper.readValue(builder, client.load(model + "BuilderModel"));
        assertThat(mapper.readTree(mapper.writeValueAsString(decodedBuilder))).isEqualTo(mapper.readTree(builder));
        assertThat(decodedBuilder
                        .getClass()
                        .getMethod("unknown")
                        .invoke(decodedBuilder)
                        .getClass()
                        .getSimpleName())
                .isEqualTo("DeserializerModel");
        Object wrapper =
                mapper.readValue("{\"object\":{\"builder\":{\"build\":\"b\"}}}", client.load(model + "StringModel"));
        assertThat(mapper.writeValueAsString(wrapper)).isEqualTo("{\"object\":{\"builder\":{\"build\":\"b\"}}}");
    }
}
