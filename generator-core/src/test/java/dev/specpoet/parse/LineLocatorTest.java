package dev.specpoet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.SpecLocation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pointers to lines and columns, counted from the pointer and not the text: one-line JSON included. */
class LineLocatorTest {
    private static Map<String, String> locate(String text, String... pointers) {
        SourceDocument document = new SourceDocument("spec", URI.create("file:/spec"), text);
        List<SpecLocation> locations =
                List.of(pointers).stream().map(p -> SpecLocation.of("spec", p)).toList();
        Map<SpecLocation, SpecLocation> located = new LineLocator(document).locate(locations);
        return locations.stream()
                .collect(java.util.stream.Collectors.toMap(
                        SpecLocation::pointer, l -> located.get(l).toString(), (a, b) -> a, java.util.TreeMap::new));
    }

    @Test
    void oneLineJsonGivesLineOneAndTheColumnOfEachNode() {
        String json = "{\"paths\":{\"/a/{id}\":{\"get\":{\"parameters\":[{\"name\":\"x\"},{\"name\":\"y\"}]}}},"
                + "\"components\":{\"schemas\":{\"A~B\":{\"enum\":[1,2]}}}}";

        assertThat(locate(
                        json,
                        "/paths/~1a~1{id}/get",
                        "/paths/~1a~1{id}/get/parameters/1",
                        "/components/schemas/A~0B/enum",
                        "/components/schemas/Missing",
                        ""))
                .containsExactly(
                        Map.entry("", "spec:1:1"),
                        Map.entry(
                                "/components/schemas/A~0B/enum",
                                "spec:1:" + (json.indexOf("[1,2]") + 1) + "#/components/schemas/A~0B/enum"),
                        Map.entry("/components/schemas/Missing", "spec#/components/schemas/Missing"),
                        Map.entry(
                                "/paths/~1a~1{id}/get",
                                "spec:1:" + (json.indexOf("{\"parameters\"") + 1) + "#/paths/~1a~1{id}/get"),
                        Map.entry(
                                "/paths/~1a~1{id}/get/parameters/1",
                                "spec:1:" + (json.indexOf("{\"name\":\"y\"") + 1)
                                        + "#/paths/~1a~1{id}/get/parameters/1"));
    }

    @Test
    void yamlNodesAreFoundInNestedMappingsAndSequencesAndThroughAliases() {
        String yaml = """
                paths:
                  /a:
                    get:
                      parameters:
                        - name: x
                        - {name: y, in: query}
                components:
                  schemas:
                    Base: &base
                      type: object
                      properties:
                        id: {type: string}
                    Copy: *base
                """;

        assertThat(locate(
                        yaml,
                        "/paths/~1a/get/parameters/1",
                        "/paths/~1a/get/parameters/1/in",
                        "/components/schemas/Base/properties/id",
                        "/components/schemas/Copy/properties/id",
                        "/components/schemas/Nothing"))
                .containsExactly(
                        Map.entry(
                                "/components/schemas/Base/properties/id",
                                "spec:12:13#/components/schemas/Base/properties/id"),
                        // Through the alias: where the aliased node is written.
                        Map.entry(
                                "/components/schemas/Copy/properties/id",
                                "spec:12:13#/components/schemas/Copy/properties/id"),
                        Map.entry("/components/schemas/Nothing", "spec#/components/schemas/Nothing"),
                        Map.entry("/paths/~1a/get/parameters/1", "spec:6:11#/paths/~1a/get/parameters/1"),
                        Map.entry("/paths/~1a/get/parameters/1/in", "spec:6:25#/paths/~1a/get/parameters/1/in"));
    }
}
