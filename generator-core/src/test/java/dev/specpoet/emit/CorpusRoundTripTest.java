package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real response examples from a corpus spec, decoded into the generated models and written back:
 * the JSON must come out as it went in. Adyen's Management API documents each response with
 * examples, which makes it a good selection of real-world models.
 */
class CorpusRoundTripTest {
    private static final String PACKAGE = "com.example.adyen.management";
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path spec;
    private static CompiledClient client;
    private static ObjectMapper mapper;

    /** One client for every test: compiling Adyen's 425 files takes a while. */
    @BeforeAll
    static void generateAndCompile() throws Exception {
        spec = SharedCorpus.require("CorpusRoundTripTest").resolve("adyen/ManagementService-v3.json");
        client = CompiledClient.generate(spec, folder, PACKAGE);
        mapper = client.mapper();
    }

    @Test
    void responseExamplesOfAdyenManagementRoundTrip() throws Exception {
        List<String> checked = new ArrayList<>();
        JsonNode root = PLAIN.readTree(spec.toFile());
        for (Map.Entry<String, JsonNode> example : examples(root)) {
            String schema = example.getKey();
            Class<?> model = client.load(PACKAGE + ".model." + schema.substring(schema.lastIndexOf('/') + 1));
            JsonNode json = example.getValue();

            Object decoded = mapper.treeToValue(json, model);

            assertThat(mapper.readTree(mapper.writeValueAsString(decoded)))
                    .as("%s example", model.getSimpleName())
                    .isEqualTo(json);
            checked.add(model.getSimpleName());
        }
        assertThat(checked).as("examples checked").hasSizeGreaterThan(100);
    }

    /** The 200 response examples whose schema is a component, resolving example {@code $ref}s. */
    private static List<Map.Entry<String, JsonNode>> examples(JsonNode root) {
        List<Map.Entry<String, JsonNode>> examples = new ArrayList<>();
        for (Iterator<JsonNode> paths = root.path("paths").elements(); paths.hasNext(); ) {
            for (Iterator<JsonNode> operations = paths.next().elements(); operations.hasNext(); ) {
                JsonNode content = operations
                        .next()
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json");
                String schema = content.path("schema").path("$ref").asText("");
                if (!schema.startsWith("#/components/schemas/")) {
                    continue;
                }
                for (Iterator<JsonNode> named = content.path("examples").elements(); named.hasNext(); ) {
                    JsonNode example = named.next();
                    String ref = example.path("$ref").asText("");
                    if (!ref.isEmpty()) {
                        example = root.at(ref.substring(1));
                    }
                    if (example.has("value")) {
                        examples.add(Map.entry(schema, example.get("value")));
                    }
                }
            }
        }
        return examples;
    }

    /**
     * Terminal actions are a oneOf of six closed objects with no discriminator, told apart only by
     * a one-value {@code type} enum: a payload must land in the variant its tag names.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"type\":\"UninstallAndroidApp\",\"appId\":\"x\"}           | UninstallAndroidAppDetails",
                "{\"type\":\"InstallAndroidApp\",\"appId\":\"x\"}             | InstallAndroidAppDetails",
                "{\"type\":\"ReleaseUpdate\"}                                | ReleaseUpdateDetails",
                "{\"type\":\"ForceReboot\"}                                  | ForceRebootDetails",
                "{\"type\":\"UninstallAndroidCertificate\",\"certificateId\":\"c\"} | UninstallAndroidCertificateDetails",
                "{\"type\":\"Rename\",\"name\":\"n\"}                          | Unknown",
            })
    void terminalActionsDecodeIntoTheVariantTheirTypeNames(String action, String variant) throws Exception {
        String json = "{\"actionDetails\":" + action + ",\"terminalIds\":[\"V400m-1\"]}";
        Class<?> request = client.load(PACKAGE + ".model.ScheduleTerminalActionsRequest");

        Object decoded = mapper.readValue(json, request);

        Object details = request.getMethod("actionDetails").invoke(decoded);
        assertThat(details.getClass().getSimpleName()).isEqualTo(variant);
        assertThat(mapper.readTree(mapper.writeValueAsString(decoded))).isEqualTo(mapper.readTree(json));
    }
}
