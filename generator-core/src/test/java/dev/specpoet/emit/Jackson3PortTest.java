package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.JacksonEdition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The port of Jackson 2 source to Jackson 3, and the runtime a jackson=3 client gets from it. */
class Jackson3PortTest {

    @Test
    void renamesPackagesTypesAndNodeMethodsButKeepsTheAnnotations() {
        String jackson2 = """
                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.core.JsonProcessingException;
                import com.fasterxml.jackson.databind.JsonDeserializer;
                import com.fasterxml.jackson.databind.JsonMappingException;
                import com.fasterxml.jackson.databind.SerializerProvider;
                T read(JsonNode node, DeserializationContext context) throws IOException {
                    if (node.isTextual() && !node.isContainerNode()) {
                        return node.asText("") + node.textValue() + node.fieldNames().next();
                    }
                    context.getConfig().introspect(type);
                    try { x(); } catch (IOException | IllegalArgumentException e) { y(); }
                    return nodes.textNode("x");
                }
                """;

        assertThat(Jackson3Port.port(jackson2)).isEqualTo("""
                import com.fasterxml.jackson.annotation.JsonProperty;
                import tools.jackson.core.JacksonException;
                import tools.jackson.databind.ValueDeserializer;
                import tools.jackson.databind.DatabindException;
                import tools.jackson.databind.SerializationContext;
                T read(JsonNode node, DeserializationContext context) {
                    if (node.isString() && !node.isContainer()) {
                        return node.asString("") + node.stringValue() + node.propertyNames().iterator().next();
                    }
                    context.introspectBeanDescription(type);
                    try { x(); } catch (tools.jackson.core.JacksonException | IllegalArgumentException e) { y(); }
                    return nodes.stringNode("x");
                }
                """);
    }

    @Test
    void aTreeIsPortedFileByFileAndAnOverlayReplacesItsFileWhole(@TempDir Path folder) throws Exception {
        Path from = Files.createDirectories(folder.resolve("from/a"));
        Path overlays = Files.createDirectories(folder.resolve("overlays/a"));
        Files.writeString(from.resolve("Ported.java"), "import com.fasterxml.jackson.databind.JsonNode;\n");
        Files.writeString(from.resolve("Replaced.java"), "import com.fasterxml.jackson.databind.JsonNode;\n");
        Files.writeString(overlays.resolve("Replaced.java"), "// written for Jackson 3\n");

        Jackson3Port.portTree(folder.resolve("from"), folder.resolve("overlays"), folder.resolve("to"));

        assertThat(folder.resolve("to/a/Ported.java")).hasContent("import tools.jackson.databind.JsonNode;");
        assertThat(folder.resolve("to/a/Replaced.java")).hasContent("// written for Jackson 3");
    }

    @Test
    void aJackson3ClientGetsThePortedRuntimeWithItsOverlaysUnderItsPackage() {
        Map<String, String> jackson2 = RuntimeSources.forPackage("com.example.client", JacksonEdition.JACKSON_2);
        Map<String, String> jackson3 = RuntimeSources.forPackage("com.example.client", JacksonEdition.JACKSON_3);

        assertThat(jackson3.keySet()).isEqualTo(jackson2.keySet());
        assertThat(jackson3.get("ApiInvoker")).isEqualTo(Jackson3Port.port(jackson2.get("ApiInvoker")));
        assertThat(jackson3.get("JsonMapperFactory"))
                .startsWith("package com.example.client;")
                .contains("JsonMapper.builder()", "SORT_PROPERTIES_ALPHABETICALLY")
                .doesNotContain("jsr310");
        assertThat(String.join("\n", jackson3.values()))
                .doesNotContain("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core");
    }
}
