package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ConsumerPomTest {
    private static final Map<String, String> VERSIONS = Map.of(
            "specpoet.version", "9.9.9-SNAPSHOT",
            "openapi-generator.version", "7.25.0",
            "jackson.version", "2.22.1",
            "jackson-databind-nullable.version", "0.2.11",
            "jakarta-annotation-api.version", "1.3.5",
            "jsr305.version", "3.0.2",
            "clean-plugin.version", "3.5.0",
            "resources-plugin.version", "3.5.0",
            "compiler-plugin.version", "3.16.0");
    private static final BenchSpec SPEC = new BenchSpec(
            "Adyen ManagementService-v3",
            Path.of("/corpus/R&D/ManagementService-v3.json"),
            "com.example.adyen.management",
            1_400_000,
            false);

    @Test
    void specpoetsConsumerRunsTheGenerateGoalOnTheSpecWithTheReactorsVersions() throws Exception {
        Document pom = parse(ConsumerPom.of(ConsumerTool.SPECPOET, SPEC, VERSIONS));

        assertThat(text(pom, "/project/artifactId")).isEqualTo("specpoet-consumer");
        String plugin = "/project/build/plugins/plugin[artifactId='specpoet-maven-plugin']";
        assertThat(text(pom, plugin + "/version")).isEqualTo("9.9.9-SNAPSHOT");
        assertThat(text(pom, plugin + "/executions/execution/goals/goal")).isEqualTo("generate");
        assertThat(text(pom, plugin + "//inputSpec")).isEqualTo("/corpus/R&D/ManagementService-v3.json");
        assertThat(text(pom, plugin + "//basePackage")).isEqualTo("com.example.adyen.management");
        assertThat(text(pom, "/project/dependencies/dependency[artifactId='jackson-databind']/version"))
                .isEqualTo("2.22.1");
        assertThat(text(pom, "/project/build/plugins/plugin[artifactId='maven-compiler-plugin']/version"))
                .isEqualTo("3.16.0");
    }

    @Test
    void openApiGeneratorsConsumerUsesTheJavaNativeClientWithTestsAndDocsOff() throws Exception {
        Document pom = parse(ConsumerPom.of(ConsumerTool.OPENAPI_GENERATOR, SPEC, VERSIONS));

        String plugin = "/project/build/plugins/plugin[artifactId='openapi-generator-maven-plugin']";
        assertThat(text(pom, plugin + "/version")).isEqualTo("7.25.0");
        assertThat(text(pom, plugin + "//generatorName")).isEqualTo("java");
        assertThat(text(pom, plugin + "//library")).isEqualTo("native");
        assertThat(text(pom, plugin + "//inputSpec")).isEqualTo("/corpus/R&D/ManagementService-v3.json");
        assertThat(text(pom, plugin + "//modelPackage")).isEqualTo("com.example.adyen.management.model");
        assertThat(text(pom, plugin + "//generateApiDocumentation")).isEqualTo("false");
        assertThat(text(pom, plugin + "//generateModelTests")).isEqualTo("false");
        assertThat(text(pom, "/project/dependencies/dependency[artifactId='jackson-databind-nullable']/version"))
                .isEqualTo("0.2.11");
    }

    @Test
    void theBuildFiltersTheVersionsIntoTheClasspath() {
        Map<String, String> versions = ConsumerPom.versions();

        assertThat(versions).containsKeys(VERSIONS.keySet().toArray(String[]::new));
        assertThat(versions.get("specpoet.version")).isEqualTo(dev.specpoet.Specpoet.version());
        assertThat(versions.get("openapi-generator.version")).isEqualTo("7.25.0");
    }

    @Test
    void renderEscapesValuesAndNamesEveryTokenWithoutOne() {
        assertThat(ConsumerPom.render("<a>@x@</a>", Map.of("x", "1 < 2 & 3"))).isEqualTo("<a>1 &lt; 2 &amp; 3</a>");
        assertThatThrownBy(() -> ConsumerPom.render("@b@ @a@ @b@", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no value for a, b");
        Map<String, String> partial = new HashMap<>(VERSIONS);
        partial.remove("jsr305.version");
        assertThatThrownBy(() -> ConsumerPom.of(ConsumerTool.OPENAPI_GENERATOR, SPEC, partial))
                .hasMessage("no value for jsr305.version");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document).strip();
    }
}
