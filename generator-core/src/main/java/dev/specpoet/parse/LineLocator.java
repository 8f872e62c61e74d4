package dev.specpoet.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import dev.specpoet.api.SpecLocation;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Finds the line and column of JSON pointers in a document's text. Used only when there is
 * something to report, so the happy path never pays for position tracking.
 */
public final class LineLocator {
    private final SourceDocument source;

    public LineLocator(SourceDocument source) {
        this.source = source;
    }

    /**
     * Adds line and column to each location of this document whose pointer is found; other
     * locations come back unchanged.
     */
    public Map<SpecLocation, SpecLocation> locate(List<SpecLocation> locations) {
        Set<String> wanted = new HashSet<>();
        for (SpecLocation location : locations) {
            if (location.document().equals(source.displayName())
                    && location.line().isEmpty()) {
                wanted.add(location.pointer());
            }
        }
        Map<String, int[]> found = wanted.isEmpty() ? Map.of() : find(wanted);
        Map<SpecLocation, SpecLocation> result = new HashMap<>();
        for (SpecLocation location : locations) {
            int[] position = location.document().equals(source.displayName()) ? found.get(location.pointer()) : null;
            result.put(location, position == null ? location : location.withPosition(position[0], position[1]));
        }
        return result;
    }

    private Map<String, int[]> find(Set<String> pointers) {
        String start = source.text().stripLeading();
        try {
            return start.startsWith("{") || start.startsWith("[") ? findInJson(pointers) : findInYaml(pointers);
        } catch (IOException | RuntimeException e) {
            // Positions are a courtesy; a document that cannot be re-read keeps pointer-only locations.
            return Map.of();
        }
    }

    private Map<String, int[]> findInJson(Set<String> pointers) throws IOException {
        Map<String, int[]> found = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(source.text())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && found.size() < pointers.size()) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonPointer pointer = parser.getParsingContext().pathAsPointer();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String text = pointer.toString();
                if (pointers.contains(text) && !found.containsKey(text)) {
                    JsonLocation location = parser.currentTokenLocation();
                    found.put(text, new int[] {location.getLineNr(), location.getColumnNr()});
                }
            }
        }
        return found;
    }

    private Map<String, int[]> findInYaml(Set<String> pointers) {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(TreeReader.MAX_DEPTH);
        options.setMaxAliasesForCollections(TreeReader.MAX_ALIASES);
        options.setCodePointLimit(SourceReader.MAX_BYTES);
        Node root = new Composer(
                        new ParserImpl(new StreamReader(new StringReader(source.text())), options),
                        new Resolver(),
                        options)
                .getSingleNode();
        Map<String, int[]> found = new HashMap<>();
        for (String pointer : pointers) {
            Node node = walk(root, pointer);
            if (node != null) {
                found.put(pointer, new int[] {
                    node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1
                });
            }
        }
        return found;
    }

    private static Node walk(Node root, String pointer) {
        Node node = root;
        JsonPointer remaining = JsonPointer.compile(pointer);
        while (node != null && !remaining.matches()) {
            String token = remaining.getMatchingProperty();
            node = child(node, token);
            remaining = remaining.tail();
        }
        return node;
    }

    private static Node child(Node node, String token) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals(token)) {
                    return tuple.getValueNode();
                }
            }
            return null;
        }
        if (node instanceof SequenceNode sequence && token.matches("\\d+")) {
            int index = Integer.parseInt(token);
            return index < sequence.getValue().size() ? sequence.getValue().get(index) : null;
        }
        return null;
    }
}
