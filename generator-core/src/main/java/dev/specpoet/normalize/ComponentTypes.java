package dev.specpoet.normalize;

import dev.specpoet.api.SpecLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The type each component schema stands for, computed once. Catches alias cycles: a chain of bare
 * references that never reaches a type is an error; a recursive alias through an array or map
 * (which Java cannot name) is typed as {@code Object} with a warning.
 */
final class ComponentTypes {
    private final SchemaNormalizer normalizer;
    private final Map<String, Schema> components;
    private final Problems problems;
    private final String document;
    private final Map<String, TypeUse> cache = new HashMap<>();
    private final LinkedHashSet<String> resolving = new LinkedHashSet<>();

    ComponentTypes(SchemaNormalizer normalizer, Map<String, Schema> components, Problems problems, String document) {
        this.normalizer = normalizer;
        this.components = components;
        this.problems = problems;
        this.document = document;
    }

    TypeUse typeOf(String name, SpecLocation referencedFrom) {
        TypeUse cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        Schema<?> schema = components.get(name);
        if (schema == null) {
            cache.put(name, TypeUse.ANY);
            return TypeUse.ANY;
        }
        if (resolving.contains(name)) {
            reportCycle(name);
            return TypeUse.ANY;
        }
        resolving.add(name);
        TypeUse type;
        try {
            type = normalizer.componentDefinition(name, schema);
        } finally {
            resolving.remove(name);
        }
        cache.put(name, type);
        return type;
    }

    private void reportCycle(String name) {
        List<String> cycle = new ArrayList<>();
        boolean inCycle = false;
        for (String step : resolving) {
            inCycle |= step.equals(name);
            if (inCycle) {
                cycle.add(step);
            }
        }
        cycle.add(name);
        SpecLocation location = SpecLocation.of(document, "/components/schemas/" + ObjectFlattener.escape(name));
        boolean bare = cycle.stream().allMatch(step -> isBareReference(components.get(step)));
        String path = String.join(" -> ", cycle);
        if (bare) {
            problems.error("CIRCULAR_REF", location, "circular $ref chain that never reaches a type: " + path);
        } else {
            problems.warning("RECURSIVE_ALIAS", location, "recursive type alias " + path + " is typed as Object");
        }
    }

    private static boolean isBareReference(Schema<?> schema) {
        if (schema == null) {
            return false;
        }
        if (schema.get$ref() != null) {
            return true;
        }
        List<Schema> parts = schema.getAllOf() != null ? schema.getAllOf() : ShapeClassifier.alternatives(schema);
        return parts.size() == 1
                && parts.get(0) != null
                && parts.get(0).get$ref() != null
                && !SchemaReader.hasProperties(schema);
    }
}
