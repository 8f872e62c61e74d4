package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields the spec does not declare survive a decode and an encode in every generated record: at
 * the top, nested, inside arrays and union alternatives, in closed schemas and beside typed
 * additional properties; explicit nulls come back where the model allows them.
 */
class UnknownFieldsRoundTripTest {
    private static final String PACKAGE = "com.example.unknown";
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Unknown fields, version: "1"}
            paths:
              /orders/{id}:
                get:
                  operationId: getOrder
                  parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                  responses:
                    "200":
                      description: ok
                      content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}
            components:
              schemas:
                Order:
                  type: object
                  required: [id]
                  properties:
                    id: {type: integer, format: int64}
                    createdAt: {type: string, format: date-time}
                    note: {type: string, nullable: true}
                    lines: {type: array, items: {$ref: "#/components/schemas/Line"}}
                    customer: {$ref: "#/components/schemas/Customer"}
                    payment: {$ref: "#/components/schemas/Payment"}
                    counters: {$ref: "#/components/schemas/Counters"}
                Line:
                  type: object
                  properties:
                    sku: {type: string}
                    quantity: {type: integer}
                Customer:
                  type: object
                  additionalProperties: false
                  properties:
                    name: {type: string}
                Payment:
                  oneOf:
                    - $ref: "#/components/schemas/Card"
                    - $ref: "#/components/schemas/Transfer"
                Card:
                  type: object
                  required: [last4]
                  properties:
                    last4: {type: string}
                Transfer:
                  type: object
                  required: [iban]
                  properties:
                    iban: {type: string}
                Counters:
                  type: object
                  properties:
                    total: {type: integer}
                  additionalProperties: {type: integer}
            """;

    @TempDir
    static Path folder;

    private static CompiledClient client;
    private static ObjectMapper mapper;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Path spec = Files.writeString(folder.resolve("unknown.yaml"), SPEC);
        client = CompiledClient.generate(spec, folder, PACKAGE);
        mapper = client.mapper();
    }

    @Test
    void undeclaredFieldsAndExplicitNullsSurviveEverywhere() throws Exception {
        String json = """
                {"id": 7, "note": null, "channel": "web", "legacy": null,
                 "lines": [{"sku": "A", "quantity": 1, "discount": {"pct": 5}}, {"sku": "B", "tags": ["x"]}],
                 "customer": {"name": "Ada", "tier": "gold"},
                 "payment": {"last4": "4242", "brand": "visa"},
                 "counters": {"total": 3, "views": 10, "likes": 2},
                 "audit": {"by": "ops", "at": [1, 2.5, true, null]}}
                """;
        Class<?> order = client.load(PACKAGE + ".model.Order");

        Object decoded = mapper.readValue(json, order);

        assertThat(mapper.readTree(mapper.writeValueAsString(decoded))).isEqualTo(mapper.readTree(json));
        assertThat(call(decoded, "additionalProperties"))
                .isEqualTo(mapper.convertValue(
                        mapper.readTree(
                                "{\"channel\":\"web\",\"legacy\":null,\"audit\":{\"by\":\"ops\",\"at\":[1,2.5,true,null]}}"),
                        Map.class));
        Object customer = call(decoded, "customer");
        assertThat(call(customer, "additionalProperties"))
                .as("a closed schema still keeps what a newer server sends")
                .isEqualTo(Map.of("tier", "gold"));
        assertThat(call(call(decoded, "payment"), "additionalProperties")).isEqualTo(Map.of("brand", "visa"));
        assertThat(call(call(decoded, "counters"), "additionalProperties"))
                .as("typed additional properties keep their type")
                .isEqualTo(Map.of("views", 10L, "likes", 2L));
    }

    @Test
    void buildersSetUndeclaredFields() throws Exception {
        Object builder = client.callStatic(PACKAGE + ".model.Line", "builder");
        builder.getClass().getMethod("sku", String.class).invoke(builder, "A");
        builder.getClass()
                .getMethod("additionalProperty", String.class, Object.class)
                .invoke(builder, "gift", true);
        builder.getClass().getMethod("additionalProperties", Map.class).invoke(builder, Map.of("wrap", "red"));
        Object line = builder.getClass().getMethod("build").invoke(builder);

        assertThat(mapper.readTree(mapper.writeValueAsString(line)))
                .isEqualTo(mapper.readTree("{\"sku\":\"A\",\"gift\":true,\"wrap\":\"red\"}"));
        Object copy = call(line, "toBuilder");
        assertThat(copy.getClass().getMethod("build").invoke(copy)).isEqualTo(line);
    }

    @Test
    void dateTimeWithoutOffsetIsReadAsUtcAndWrittenWithOne() throws Exception {
        Object decoded = mapper.readValue(
                "{\"id\":1,\"createdAt\":\"2024-08-09T12:08:34.847381\"}", client.load(PACKAGE + ".model.Order"));

        assertThat(call(decoded, "createdAt")).isEqualTo(OffsetDateTime.parse("2024-08-09T12:08:34.847381Z"));
        assertThat(mapper.writeValueAsString(decoded))
                .isEqualTo("{\"id\":1,\"createdAt\":\"2024-08-09T12:08:34.847381Z\"}");
    }

    private static Object call(Object target, String accessor) throws ReflectiveOperationException {
        return target.getClass().getMethod(accessor).invoke(target);
    }
}
