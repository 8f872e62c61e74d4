package dev.specpoet.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.specpoet.testing.InProcessCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates real specs at random (with a fixed seed) and checks every run keeps the invariants of
 * {@link GuardedRun}: a located, non-internal error or a client that compiles, and nothing touched
 * outside the output folder.
 *
 * <p>{@code -Dspecpoet.fuzz.iterations=N} runs more iterations; {@code -Dspecpoet.shared=folder}
 * (or the environment variable) adds a few small specs of {@code folder/corpus}.
 */
class SpecFuzzTest {
    private static final long SEED = 8;
    private static final int DEFAULT_ITERATIONS = 40;
    private static final int COMPILE_EVERY = 5;
    private static final int CORPUS_SPECS = 4;
    private static final int CORPUS_MAX_BYTES = 20_000;
    private static final List<String> BUNDLED =
            List.of("adyen-management-v1.yaml", "api-keys-service.json", "cartovista-cloud.json");
    private static final List<String> HOSTILE_NAMES = List.of(
            "class", "", "$%&*", "123", "a".repeat(2000), "a/b", "a\\b", "..", "../../x", "a\u0000b", "a\u0001\n");
    private static final List<String> BROKEN_REFS = List.of(
            "#/components/schemas/Nowhere",
            "#/",
            "#",
            "#/paths",
            "missing.yaml#/A",
            "../../../../etc/passwd",
            "/etc/passwd",
            "%zz",
            "http://localhost:1/x.yaml#/A");
    private static final Duration GUARD = Duration.ofSeconds(60);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    /** One spec to mutate, by name. */
    private record Seed(String name, JsonNode tree) {}

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {
        JsonNode value() {
            return parent instanceof ObjectNode object ? object.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    @Test
    void mutatedSpecsEndInALocatedErrorOrACompilingClient() throws IOException {
        List<Seed> seeds = seeds();
        int iterations = Integer.getInteger("specpoet.fuzz.iterations", DEFAULT_ITERATIONS);
        Random random = new Random(SEED);
        int generated = 0;
        for (int i = 0; i < iterations; i++) {
            Seed seed = seeds.get(i % seeds.size());
            JsonNode tree = seed.tree().deepCopy();
            List<String> mutations = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int m = 0; m < count; m++) {
                mutations.add(mutate(tree, random));
            }
            Path folder = root.resolve("iteration-" + i);
            Path spec = Files.createDirectories(folder.resolve("spec")).resolve("spec.json");
            Files.writeString(spec, JSON.writeValueAsString(tree));
            String description = "iteration " + i + " (seed " + SEED + ") of " + seed.name() + ": " + mutations;

            GuardedRun.Outcome outcome = assertTimeoutPreemptively(
                    GUARD, () -> runDescribed(folder, spec, description), () -> "timed out: " + description);

            if (outcome.generated() && generated++ % COMPILE_EVERY == 0) {
                assertThat(InProcessCompiler.compile(outcome.output()))
                        .as(description)
                        .isEmpty();
            }
        }
    }

    private static GuardedRun.Outcome runDescribed(Path folder, Path spec, String description) {
        try {
            return GuardedRun.run(folder, spec);
        } catch (AssertionError e) {
            throw new AssertionError(description + ": " + e.getMessage(), e);
        }
    }

    private static String mutate(JsonNode tree, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        String where = slot.field() != null ? slot.field() : "[" + slot.index() + "]";
        switch (random.nextInt(5)) {
            case 0 -> {
                if (slot.parent() instanceof ObjectNode object) {
                    object.remove(slot.field());
                } else {
                    ((ArrayNode) slot.parent()).remove(slot.index());
                }
                return "delete " + where;
            }
            case 1 -> {
                if (slot.parent() instanceof ObjectNode object) {
                    object.set(slot.field() + "Copy", slot.value().deepCopy());
                } else {
                    ((ArrayNode) slot.parent()).add(slot.value().deepCopy());
                }
                return "duplicate " + where;
            }
            case 2 -> {
                JsonNode replacement = retyped(slot.value(), random);
                slot.set(replacement);
                return "retype " + where + " to " + replacement.getNodeType();
            }
            case 3 -> {
                String name = HOSTILE_NAMES.get(random.nextInt(HOSTILE_NAMES.size()));
                if (slot.parent() instanceof ObjectNode object) {
                    JsonNode value = object.remove(slot.field());
                    object.set(name, value);
                } else {
                    slot.set(TextNode.valueOf(name));
                }
                return "rename " + where + " to a hostile name of " + name.length() + " chars";
            }
            default -> {
                List<Slot> refs = slots.stream()
                        .filter(candidate -> "$ref".equals(candidate.field()))
                        .toList();
                Slot target = refs.isEmpty() ? slot : refs.get(random.nextInt(refs.size()));
                String ref = BROKEN_REFS.get(random.nextInt(BROKEN_REFS.size()));
                target.set(TextNode.valueOf(ref));
                return "break $ref at " + target.field() + " to " + ref;
            }
        }
    }

    private static JsonNode retyped(JsonNode value, Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> options = List.of(
                nodes.textNode("x"),
                nodes.numberNode(-1),
                nodes.booleanNode(true),
                nodes.nullNode(),
                nodes.arrayNode(),
                nodes.objectNode());
        List<JsonNode> other = options.stream()
                .filter(option -> option.getNodeType() != value.getNodeType())
                .toList();
        return other.get(random.nextInt(other.size()));
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                slots.add(new Slot(object, field.getKey(), -1));
                collect(field.getValue(), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    private static List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        for (String name : BUNDLED) {
            try (InputStream in =
                    SpecFuzzTest.class.getClassLoader().getResourceAsStream("dev/specpoet/specs/" + name)) {
                assertThat(in).as("bundled spec %s on the classpath", name).isNotNull();
                seeds.add(new Seed(name, YAML.readTree(in)));
            }
        }
        sharedFolder().ifPresent(shared -> seeds.addAll(corpusSeeds(shared.resolve("corpus"))));
        return seeds;
    }

    private static Optional<Path> sharedFolder() {
        String value = System.getProperty("specpoet.shared", System.getenv("specpoet.shared"));
        if (value == null || value.isBlank() || !Files.isDirectory(Path.of(value, "corpus"))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(value));
    }

    /** A few small whole specs from the corpus manifest, the same ones every run. */
    private static List<Seed> corpusSeeds(Path corpus) {
        try (Stream<String> lines = Files.lines(corpus.resolve("MANIFEST.tsv"))) {
            return lines.skip(1)
                    .map(line -> line.split("\t"))
                    .filter(row -> row.length >= 10 && row[9].equals("spec"))
                    .filter(row -> Integer.parseInt(row[5]) <= CORPUS_MAX_BYTES)
                    .filter(row -> Integer.parseInt(row[7]) > 0)
                    .map(row -> row[0])
                    .sorted()
                    .limit(CORPUS_SPECS)
                    .map(path -> new Seed(path, readTree(corpus.resolve(path))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
