package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real response examples from a corpus spec, decoded into the generated models and written back:
 * the JSON must come out as it went in. Adyen's Management API documents each response with
 * examples, which makes it a good selection of real-world models.
 */
class CorpusRoundTripTest {
    private static final String PACKAGE = "com.example.adyen.management";
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void responseExamplesOfAdyenManagementRoundTrip() throws Exception {
        Path spec = SharedCorpus.require("CorpusRoundTripTest").resolve("adyen/ManagementService-v3.json");
        Path sources = folder.resolve("src");
        Specpoet.generate(GeneratorConfig.builder(SpecSource.file(spec), sources)
                .basePackage(PACKAGE)
                .build());
        CompiledClient client = CompiledClient.compile(sources, folder.resolve("classes"));
        assertThat(client.diagnostics()).isEmpty();
        ObjectMapper mapper = client.mapper(PACKAGE);

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
}
