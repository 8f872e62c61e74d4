package dev.specpoet.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecLocation;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses a document's text into a JSON tree with bounded depth, size and alias expansion, so a
 * hostile document (a YAML "billion laughs", thousands of nesting levels) fails with a located
 * error instead of exhausting memory or the stack.
 */
final class TreeReader {
    /** Deeper than any real spec; shallow enough for recursive code downstream. */
    static final int MAX_DEPTH = 400;
    /** Nodes after alias expansion; Stripe's 4 MB spec has about 400 thousand. */
    static final int MAX_NODES = 5_000_000;
    /** Alias uses in one document; real specs use a handful. */
    static final int MAX_ALIASES = 1_000;

    /**
     * Built on first use, not with the reader: an up-to-date check reads documents without parsing
     * them, and building a mapper costs more than that whole check.
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();

        static {
            MAPPER.getFactory()
                    .setStreamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(SourceReader.MAX_BYTES)
                            .build());
        }
    }

    DocumentTree read(SourceDocument source) throws GenerationException {
        String text = source.text();
        if (text.isBlank()) {
            throw GenerationException.of("SPEC_EMPTY", SpecLocation.of(source.displayName()), "the document is empty");
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return new DocumentTree(source, readJson(source), false);
        }
        return readYaml(source);
    }

    private JsonNode readJson(SourceDocument source) throws GenerationException {
        try {
            return Json.MAPPER.readTree(source.text());
        } catch (JsonProcessingException e) {
            if (e instanceof StreamConstraintsException
                    && e.getOriginalMessage().contains("nesting depth")) {
                throw GenerationException.of(
                        "SPEC_TOO_DEEP",
                        at(source, tooDeep(source.text())),
                        "nesting deeper than " + MAX_DEPTH + " levels");
            }
            throw GenerationException.of(
                    "SPEC_SYNTAX", at(source, e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private DocumentTree readYaml(SourceDocument source) throws GenerationException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        // Above ours, which the conversion below measures with a line and column; SnakeYAML's own
        // limit only keeps its recursive composer off the end of the stack.
        options.setNestingDepthLimit(2 * MAX_DEPTH);
        options.setCodePointLimit(SourceReader.MAX_BYTES);
        options.setMergeOnCompose(true);
        try {
            Composer composer = new Composer(
                    new ParserImpl(new StreamReader(new StringReader(source.text())), options),
                    new Resolver(),
                    options);
            Node root = composer.getSingleNode();
            if (root == null) {
                throw GenerationException.of(
                        "SPEC_EMPTY", SpecLocation.of(source.displayName()), "the document is empty");
            }
            Converter converter = new Converter(source);
            JsonNode tree = converter.convert(root, 0);
            return new DocumentTree(source, tree, converter.sawAlias);
        } catch (MarkedYAMLException e) {
            throw GenerationException.of(
                    "SPEC_SYNTAX", at(source, e.getProblemMark()), "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Nesting Depth exceeded")) {
                // Past SnakeYAML's own limit (twice ours), which says nothing of where.
                throw GenerationException.of(
                        "SPEC_TOO_DEEP",
                        SpecLocation.of(source.displayName()),
                        "nesting deeper than " + MAX_DEPTH + " levels");
            }
            throw GenerationException.of(
                    "SPEC_SYNTAX", SpecLocation.of(source.displayName()), "not valid YAML: " + e.getMessage());
        }
    }

    /**
     * Where JSON text first nests deeper than {@link #MAX_DEPTH}: Jackson's limit says that it does,
     * not where. The streaming parser keeps no stack, so counting levels here is safe at any depth.
     */
    private static JsonLocation tooDeep(String text) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > MAX_DEPTH) {
                    return parser.currentTokenLocation();
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
        } catch (IOException e) {
            // Broken further on: the document's name is all the location there is.
        }
        return null;
    }

    private static SpecLocation at(SourceDocument source, JsonLocation at) {
        SpecLocation location = SpecLocation.of(source.displayName());
        return at != null && at.getLineNr() > 0 ? location.withPosition(at.getLineNr(), at.getColumnNr()) : location;
    }

    private static SpecLocation at(SourceDocument source, Mark mark) {
        SpecLocation location = SpecLocation.of(source.displayName());
        return mark == null ? location : location.withPosition(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Turns SnakeYAML's node graph (aliases are shared nodes) into a tree, counting every copy. */
    private static final class Converter {
        private final SourceDocument source;
        private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
        private final Map<Node, Boolean> seen = new IdentityHashMap<>();
        private int nodes;
        private boolean sawAlias;

        Converter(SourceDocument source) {
            this.source = source;
        }

        JsonNode convert(Node node, int depth) throws GenerationException {
            if (++nodes > MAX_NODES) {
                throw GenerationException.of(
                        "SPEC_TOO_LARGE",
                        at(source, node.getStartMark()),
                        "the document expands to more than " + MAX_NODES + " nodes (a YAML alias bomb?)");
            }
            if (depth > MAX_DEPTH) {
                throw GenerationException.of(
                        "SPEC_TOO_DEEP",
                        at(source, node.getStartMark()),
                        "nesting deeper than " + MAX_DEPTH + " levels");
            }
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar);
            }
            if (seen.put(node, Boolean.TRUE) != null) {
                sawAlias = true;
            }
            if (inProgress.put(node, Boolean.TRUE) != null) {
                throw GenerationException.of(
                        "SPEC_SYNTAX", at(source, node.getStartMark()), "a YAML alias refers to itself");
            }
            try {
                return node instanceof MappingNode mapping
                        ? mapping(mapping, depth)
                        : sequence((SequenceNode) node, depth);
            } finally {
                inProgress.remove(node);
            }
        }

        private JsonNode mapping(MappingNode mapping, int depth) throws GenerationException {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw GenerationException.of(
                            "SPEC_SYNTAX",
                            at(source, tuple.getKeyNode().getStartMark()),
                            "a mapping key must be a scalar");
                }
                object.set(key.getValue(), convert(tuple.getValueNode(), depth + 1));
            }
            return object;
        }

        private JsonNode sequence(SequenceNode sequence, int depth) throws GenerationException {
            var array = JsonNodeFactory.instance.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(convert(item, depth + 1));
            }
            return array;
        }

        private static JsonNode scalar(ScalarNode scalar) {
            String value = scalar.getValue();
            Tag tag = scalar.getTag();
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            if (Tag.NULL.equals(tag)) {
                return nodes.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                String lower = value.toLowerCase(java.util.Locale.ROOT);
                return nodes.booleanNode(
                        lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y"));
            }
            if (Tag.INT.equals(tag)) {
                try {
                    BigInteger number = new BigInteger(value.replace("_", ""));
                    // The node types Jackson's own reading picks: Swagger Parser, handed this tree,
                    // reads an int field such as maxLength only from an int node.
                    if (number.bitLength() < 32) {
                        return nodes.numberNode(number.intValue());
                    }
                    return number.bitLength() < 64 ? nodes.numberNode(number.longValue()) : nodes.numberNode(number);
                } catch (NumberFormatException e) {
                    return nodes.textNode(value);
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return nodes.numberNode(new BigDecimal(value.replace("_", "")));
                } catch (NumberFormatException e) {
                    return nodes.textNode(value);
                }
            }
            return nodes.textNode(value);
        }
    }
}
