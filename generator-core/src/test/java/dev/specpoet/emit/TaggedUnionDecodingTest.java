package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unions without a discriminator whose alternatives carry tags: a one-value enum (3.0 style) or a
 * {@code const} (3.1), optional or required, in closed or open objects. A payload never decodes
 * into an alternative its tags, required properties or closedness contradict.
 */
class TaggedUnionDecodingTest {
    private static final String PACKAGE = "com.example.tagged";
    private static final String SPEC = """
            openapi: 3.1.0
            info: {title: Tagged, version: "1"}
            paths:
              /jobs:
                post:
                  operationId: schedule
                  requestBody:
                    content: {application/json: {schema: {$ref: "#/components/schemas/Job"}}}
                  responses: {"204": {description: done}}
            components:
              schemas:
                Job:
                  type: object
                  properties:
                    task: {$ref: "#/components/schemas/Task"}
                    step: {$ref: "#/components/schemas/Step"}
                Task:
                  oneOf:
                    - $ref: "#/components/schemas/Restart"
                    - $ref: "#/components/schemas/AddPlugin"
                    - $ref: "#/components/schemas/Upgrade"
                    - $ref: "#/components/schemas/RemovePlugin"
                Restart:
                  type: object
                  additionalProperties: false
                  properties:
                    type: {type: string, enum: [Restart], default: Restart}
                AddPlugin:
                  type: object
                  additionalProperties: false
                  properties:
                    pluginId: {type: string}
                    type: {type: string, enum: [AddPlugin], default: AddPlugin}
                Upgrade:
                  type: object
                  additionalProperties: false
                  properties:
                    type: {type: string, enum: [Upgrade]}
                    atNextWindow: {type: boolean}
                RemovePlugin:
                  type: object
                  additionalProperties: false
                  properties:
                    pluginId: {type: string}
                    type: {$ref: "#/components/schemas/RemoveTag"}
                RemoveTag: {type: string, enum: [RemovePlugin]}
                Step:
                  anyOf:
                    - $ref: "#/components/schemas/Wait"
                    - $ref: "#/components/schemas/Call"
                    - $ref: "#/components/schemas/Retry"
                Wait:
                  type: object
                  required: [op]
                  properties:
                    op: {const: wait}
                    seconds: {type: integer}
                Call:
                  type: object
                  required: [op]
                  properties:
                    op: {const: call}
                    url: {type: string}
                    seconds: {type: integer}
                Retry:
                  type: object
                  required: [version]
                  properties:
                    version: {const: 2}
                    seconds: {type: integer}
            """;

    @TempDir
    static Path folder;

    private static CompiledClient client;
    private static ObjectMapper mapper;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Path spec = Files.writeString(folder.resolve("tagged.yaml"), SPEC);
        client = CompiledClient.generate(spec, folder, PACKAGE);
        mapper = client.mapper();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Task | {\"type\":\"RemovePlugin\",\"pluginId\":\"x\"} | RemovePlugin",
                "Task | {\"type\":\"AddPlugin\",\"pluginId\":\"x\"}    | AddPlugin",
                "Task | {\"type\":\"Upgrade\"}                         | Upgrade",
                "Task | {\"type\":\"Restart\"}                         | Restart",
                "Task | {\"pluginId\":\"x\"}                           | AddPlugin",
                "Task | {\"type\":\"Upgrade\",\"pluginId\":\"x\"}      | Unknown",
                "Task | {\"type\":\"Restart\",\"delay\":5}             | Unknown",
                "Task | {\"type\":\"Wipe\"}                            | Unknown",
                "Step | {\"op\":\"call\",\"seconds\":3}                | Call",
                "Step | {\"op\":\"wait\",\"seconds\":3}                | Wait",
                "Step | {\"version\":2,\"seconds\":3}                   | Retry",
                "Step | {\"seconds\":3}                                | Unknown",
                "Step | {\"op\":\"sleep\",\"seconds\":3}               | Unknown",
            })
    void decodesIntoTheVariantItsTagsNameAndWritesTheSameJsonBack(String union, String json, String variant)
            throws Exception {
        Class<?> type = client.load(PACKAGE + ".model." + union);

        Object value = mapper.readValue(json, type);

        assertThat(value.getClass().getSimpleName()).isEqualTo(variant);
        assertThat(mapper.readTree(mapper.writeValueAsString(value))).isEqualTo(mapper.readTree(json));
    }

    @Test
    void buildersPresetTagsSoABuiltValueDecodesAsItsOwnVariant() throws Exception {
        Object builder = client.callStatic(PACKAGE + ".model.RemovePlugin", "builder");
        builder.getClass().getMethod("pluginId", String.class).invoke(builder, "x");
        Object removal = builder.getClass().getMethod("build").invoke(builder);
        Object wait = client.callStatic(PACKAGE + ".model.Wait", "builder");
        Object waiting = wait.getClass().getMethod("build").invoke(wait);

        String json = mapper.writeValueAsString(removal);
        assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree("{\"pluginId\":\"x\",\"type\":\"RemovePlugin\"}"));
        assertThat(mapper.readValue(json, client.load(PACKAGE + ".model.Task"))).isEqualTo(removal);
        assertThat(mapper.writeValueAsString(waiting)).isEqualTo("{\"op\":\"wait\"}");
    }
}
