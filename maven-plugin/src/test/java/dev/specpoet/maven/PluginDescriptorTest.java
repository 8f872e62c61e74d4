package dev.specpoet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks what Maven and IDEs read about the plugin: the descriptor the build generated from the
 * Mojo's annotations (goals, documented parameters with user properties) and the m2e mapping.
 */
class PluginDescriptorTest {

    private static Document read(String resource) throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE
                    && nodes.item(i).getNodeName().equals(name)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
    }

    private static Element mojo(Document descriptor, String goal) {
        Element mojos = children(descriptor.getDocumentElement(), "mojos").get(0);
        return children(mojos, "mojo").stream()
                .filter(mojo -> text(mojo, "goal").equals(goal))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no goal " + goal));
    }

    @Test
    void thePluginHasTheGenerateDiffAndHelpGoals() throws Exception {
        Document descriptor = read("META-INF/maven/plugin.xml");

        assertThat(text(descriptor.getDocumentElement(), "goalPrefix")).isEqualTo("specpoet");
        assertThat(text(mojo(descriptor, "generate"), "phase")).isEqualTo("generate-sources");
        assertThat(text(mojo(descriptor, "generate"), "threadSafe")).isEqualTo("true");
        assertThat(text(mojo(descriptor, "help"), "requiresProject")).isEqualTo("false");
        assertThat(text(mojo(descriptor, "diff"), "phase")).isEmpty();
    }

    @Test
    void everyEditableParameterIsDocumentedAndHasAUserProperty() throws Exception {
        assertThat(editableParameters("generate"))
                .containsExactlyInAnyOrder(
                        "provider",
                        "inputSpec",
                        "basePackage",
                        "outputDirectory",
                        "methodNaming",
                        "generateDocs",
                        "docsOutputDirectory",
                        "failOnBreakingChange",
                        "acceptedBreakingChanges",
                        "remoteSpecCache",
                        "skip",
                        "sseSentinel",
                        "pagination",
                        "detectPagination",
                        "jackson",
                        "runtime",
                        "nullableAnnotations");
        assertThat(editableParameters("diff"))
                .containsExactlyInAnyOrder(
                        "provider",
                        "inputSpec",
                        "oldSpec",
                        "outputDirectory",
                        "methodNaming",
                        "acceptedBreakingChanges",
                        "failOnBreakingChange",
                        "diffOutputDirectory",
                        "skip");
    }

    /** The goal's editable parameters, each checked to be documented and to have a {@code specpoet.*} user property. */
    private static List<String> editableParameters(String goal) throws Exception {
        Element mojo = mojo(read("META-INF/maven/plugin.xml"), goal);
        Element configuration = children(mojo, "configuration").get(0);
        List<String> editable = new ArrayList<>();

        for (Element parameter : children(children(mojo, "parameters").get(0), "parameter")) {
            if (!text(parameter, "editable").equals("true")) {
                continue;
            }
            String name = text(parameter, "name");
            editable.add(name);
            assertThat(text(parameter, "description")).as(name).hasSizeGreaterThan(20);
            assertThat(children(configuration, name).get(0).getTextContent())
                    .as(name)
                    .isEqualTo("${specpoet." + name + "}");
        }
        return editable;
    }

    @Test
    void m2eRunsTheGenerateGoalInIncrementalBuilds() throws Exception {
        Element metadata = read("META-INF/m2e/lifecycle-mapping-metadata.xml").getDocumentElement();
        Element execution = children(children(metadata, "pluginExecutions").get(0), "pluginExecution")
                .get(0);
        Element filter = children(execution, "pluginExecutionFilter").get(0);
        Element execute =
                children(children(execution, "action").get(0), "execute").get(0);

        assertThat(children(children(filter, "goals").get(0), "goal"))
                .extracting(Element::getTextContent)
                .containsExactly("generate");
        assertThat(text(execute, "runOnIncremental")).isEqualTo("true");
        assertThat(text(execute, "runOnConfiguration")).isEqualTo("true");
    }
}
