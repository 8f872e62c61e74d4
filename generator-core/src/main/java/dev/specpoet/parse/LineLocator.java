package dev.specpoet.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import dev.specpoet.api.SpecLocation;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Finds the line and column of JSON pointers in a document's text. Used only when there is
 * something to report, so the happy path never pays for position tracking.
 */
public final class LineLocator {
    /** How many pointers left unfound after the streaming pass are worth composing the YAML graph for. */
    private static final int FEW = 100;

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

    /**
     * One streaming pass that builds pointers only along the way to a wanted one and skips every
     * other subtree: a spec's surface asks for tens of thousands of pointers, and building one for
     * every token of a large document would cost more than the rest of the run.
     */
    private Map<String, int[]> findInJson(Set<String> pointers) throws IOException {
        Set<String> onTheWay = prefixes(pointers);
        Map<String, int[]> found = new HashMap<>();
        Deque<Container> open = new ArrayDeque<>();
        String name = null;
        try (JsonParser parser = new JsonFactory().createParser(source.text())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && found.size() < pointers.size()) {
                if (token == JsonToken.FIELD_NAME) {
                    name = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                String pointer = open.isEmpty() ? "" : open.peek().child(name);
                if (pointers.contains(pointer) && !found.containsKey(pointer)) {
                    JsonLocation location = parser.currentTokenLocation();
                    found.put(pointer, new int[] {location.getLineNr(), location.getColumnNr()});
                }
                if (token.isStructStart()) {
                    if (onTheWay.contains(pointer)) {
                        open.push(new Container(pointer, token == JsonToken.START_ARRAY));
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        return found;
    }

    /** An object or array being read, with the pointer of its next element. */
    private static final class Container {
        private final String pointer;
        private final boolean array;
        private int index;

        Container(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }

        String child(String name) {
            String token =
                    array ? Integer.toString(index++) : name.replace("~", "~0").replace("/", "~1");
            return pointer + "/" + token;
        }
    }

    /** Every pointer that leads to one of {@code pointers}, themselves included. */
    private static Set<String> prefixes(Set<String> pointers) {
        Set<String> prefixes = new HashSet<>();
        for (String pointer : pointers) {
            int end = pointer.length();
            while (end >= 0 && prefixes.add(pointer.substring(0, end))) {
                end = pointer.lastIndexOf('/', end - 1);
            }
        }
        return prefixes;
    }

    /**
     * Like {@link #findInJson}, over SnakeYAML's events rather than a composed node graph. A pointer
     * that goes through an alias is not found that way; when few are left, the slower walk over the
     * composed graph, which follows aliases, looks for them.
     */
    private Map<String, int[]> findInYaml(Set<String> pointers) {
        Map<String, int[]> found = findInYamlEvents(pointers);
        Set<String> missing = new HashSet<>(pointers);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty() && missing.size() <= FEW) {
            Node root = new Composer(parser(), new Resolver(), options()).getSingleNode();
            for (String pointer : missing) {
                Node node = walk(root, pointer);
                if (node != null) {
                    found.put(pointer, new int[] {
                        node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1
                    });
                }
            }
        }
        return found;
    }

    private Map<String, int[]> findInYamlEvents(Set<String> pointers) {
        Set<String> onTheWay = prefixes(pointers);
        Map<String, int[]> found = new HashMap<>();
        Deque<Container> open = new ArrayDeque<>();
        Deque<Boolean> expectingKey = new ArrayDeque<>();
        String name = null;
        Parser parser = parser();
        while (parser.peekEvent() != null && found.size() < pointers.size()) {
            Event event = parser.getEvent();
            if (event instanceof DocumentEndEvent) {
                break; // The first document is the spec.
            }
            if (event instanceof MappingEndEvent || event instanceof SequenceEndEvent) {
                open.pop();
                expectingKey.pop();
                continue;
            }
            if (!(event instanceof ScalarEvent
                    || event instanceof AliasEvent
                    || event instanceof MappingStartEvent
                    || event instanceof SequenceStartEvent)) {
                continue;
            }
            if (!expectingKey.isEmpty() && expectingKey.peek()) {
                expectingKey.pop();
                expectingKey.push(false);
                name = event instanceof ScalarEvent scalar ? scalar.getValue() : null;
                skip(parser, event);
                continue;
            }
            String pointer = "";
            if (!open.isEmpty()) {
                expectingKey.pop();
                expectingKey.push(!open.peek().array);
                pointer =
                        name == null && !open.peek().array ? null : open.peek().child(name);
            }
            if (pointer != null && pointers.contains(pointer) && !found.containsKey(pointer)) {
                found.put(pointer, new int[] {
                    event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1
                });
            }
            boolean start = event instanceof MappingStartEvent || event instanceof SequenceStartEvent;
            if (start && pointer != null && onTheWay.contains(pointer)) {
                open.push(new Container(pointer, event instanceof SequenceStartEvent));
                expectingKey.push(event instanceof MappingStartEvent);
            } else {
                skip(parser, event);
            }
        }
        return found;
    }

    /** Reads past the rest of a collection whose start was {@code event}; nothing for a scalar. */
    private static void skip(Parser parser, Event event) {
        if (!(event instanceof MappingStartEvent || event instanceof SequenceStartEvent)) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            Event next = parser.getEvent();
            if (next instanceof MappingStartEvent || next instanceof SequenceStartEvent) {
                depth++;
            } else if (next instanceof MappingEndEvent || next instanceof SequenceEndEvent) {
                depth--;
            }
        }
    }

    private Parser parser() {
        return new ParserImpl(new StreamReader(new StringReader(source.text())), options());
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(TreeReader.MAX_DEPTH);
        options.setMaxAliasesForCollections(TreeReader.MAX_ALIASES);
        options.setCodePointLimit(SourceReader.MAX_BYTES);
        return options;
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
