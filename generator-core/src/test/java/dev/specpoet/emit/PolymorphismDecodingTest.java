package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One generated client with each polymorphism shape: oneOf with a discriminator mapping, anyOf
 * without a discriminator, and allOf inheritance with an implicit mapping. Real JSON must decode
 * into the right variant and write back unchanged, unknown properties and variants included.
 */
class PolymorphismDecodingTest {
    private static final String PACKAGE = "com.example.poly";
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Poly, version: "1"}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
            components:
              schemas:
                Pet:
                  oneOf:
                    - $ref: "#/components/schemas/Cat"
                    - $ref: "#/components/schemas/Dog"
                  discriminator:
                    propertyName: petType
                    mapping:
                      cat: "#/components/schemas/Cat"
                      dog: "#/components/schemas/Dog"
                Cat:
                  type: object
                  required: [petType, name]
                  properties:
                    petType: {type: string}
                    name: {type: string}
                Dog:
                  type: object
                  required: [petType, barks]
                  properties:
                    petType: {type: string}
                    barks: {type: integer, format: int32}
                Value:
                  anyOf:
                    - {type: string, format: date-time}
                    - {type: string}
                    - {type: integer, format: int64}
                    - {$ref: "#/components/schemas/Dog"}
                Shape:
                  type: object
                  required: [kind]
                  properties:
                    kind: {type: string}
                    label: {type: string}
                  discriminator:
                    propertyName: kind
                Circle:
                  allOf:
                    - $ref: "#/components/schemas/Shape"
                    - type: object
                      properties:
                        radius: {type: number, format: double}
                Square:
                  allOf:
                    - $ref: "#/components/schemas/Shape"
                    - type: object
                      properties:
                        side: {type: number, format: double}
            """;

    @TempDir
    static Path folder;

    private static CompiledClient client;
    private static ObjectMapper mapper;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Path spec = Files.writeString(folder.resolve("poly.yaml"), SPEC);
        client = CompiledClient.generate(spec, folder, PACKAGE);
        mapper = client.mapper();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Pet   | {\"petType\":\"cat\",\"name\":\"Tom\",\"indoor\":true} | Cat",
                "Pet   | {\"petType\":\"dog\",\"barks\":3}                    | Dog",
                "Pet   | {\"petType\":\"parrot\",\"words\":12}                | Unknown",
                "Value | \"2026-11-23T10:15:30Z\"                             | DateTimeValue",
                "Value | \"not a date\"                                       | StringValue",
                "Value | 42                                                   | LongValue",
                "Value | {\"petType\":\"dog\",\"barks\":1}                    | Dog",
                "Value | [1,2]                                                | Unknown",
                "Shape | {\"kind\":\"Circle\",\"radius\":1.5,\"label\":\"c\"}  | Circle",
                "Shape | {\"kind\":\"Square\",\"side\":2.0}                   | Square",
                "Shape | {\"kind\":\"Hexagon\",\"label\":\"h\",\"sides\":6}    | Unknown",
            })
    void decodesIntoTheRightVariantAndWritesTheSameJsonBack(String union, String json, String variant)
            throws Exception {
        Class<?> type = client.load(PACKAGE + ".model." + union);

        Object value = mapper.readValue(json, type);

        assertThat(value).isInstanceOf(type);
        assertThat(value.getClass().getSimpleName()).isEqualTo(variant);
        JsonNode written = mapper.readTree(mapper.writeValueAsString(value));
        assertThat(written).isEqualTo(mapper.readTree(json));
    }
}
