package dev.specpoet.normalize;

import dev.specpoet.api.SpecLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The type each referenced schema stands for, computed once: component schemas and schemas that a
 * {@code $ref} reaches inside a component ({@code #/components/schemas/Tree/properties/children}).
 * Catches reference cycles: a chain of bare references that never reaches a type is an error; a
 * recursive alias through an array or map (which Java cannot name) is typed as {@code Object} with a
 * warning.
 */
final class ComponentTypes {
    private final SchemaNormalizer normalizer;
    private final Map<String, Schema> components;
    private final Problems problems;
    private final String document;
    private final Map<String, TypeUse> cache = new HashMap<>();
    /** The references being worked out, by JSON pointer, outermost first, with their schemas. */
    private final LinkedHashMap<String, Schema<?>> resolving = new LinkedHashMap<>();

    ComponentTypes(SchemaNormalizer normalizer, Map<String, Schema> components, Problems problems, String document) {
        this.normalizer = normalizer;
        this.components = components;
        this.problems = problems;
        this.document = document;
    }

    TypeUse typeOf(String name, SpecLocation referencedFrom) {
        Schema<?> schema = components.get(name);
        if (schema == null) {
            return TypeUse.ANY;
        }
        return resolve(pointer(name), schema, () -> normalizer.componentDefinition(name, schema));
    }

    /**
     * The type of a schema inside a component that a reference names.
     *
     * @param pointer the reference's JSON pointer, such as {@code /components/schemas/Tree/properties/children}
     */
    TypeUse nestedTypeOf(String pointer, Schema<?> schema, Supplier<TypeUse> definition) {
        return resolve(pointer, schema, definition);
    }

    private TypeUse resolve(String pointer, Schema<?> schema, Supplier<TypeUse> definition) {
        TypeUse cached = cache.get(pointer);
        if (cached != null) {
            return cached;
        }
        if (resolving.containsKey(pointer)) {
            reportCycle(pointer);
            return TypeUse.ANY;
        }
        resolving.put(pointer, schema);
        TypeUse type;
        try {
            type = definition.get();
        } finally {
            resolving.remove(pointer);
        }
        cache.put(pointer, type);
        return type;
    }

    private void reportCycle(String pointer) {
        List<String> cycle = new ArrayList<>();
        boolean bare = true;
        boolean inCycle = false;
        for (Map.Entry<String, Schema<?>> step : resolving.entrySet()) {
            inCycle |= step.getKey().equals(pointer);
            if (inCycle) {
                cycle.add(name(step.getKey()));
                bare &= isBareReference(step.getValue());
            }
        }
        cycle.add(name(pointer));
        SpecLocation location = SpecLocation.of(document, pointer);
        String path = String.join(" -> ", cycle);
        if (bare) {
            problems.error("CIRCULAR_REF", location, "circular $ref chain that never reaches a type: " + path);
        } else {
            problems.warning("RECURSIVE_ALIAS", location, "recursive type alias " + path + " is typed as Object");
        }
    }

    /** A component's name, or the pointer of a schema inside one. */
    private static String name(String pointer) {
        String prefix = "/components/schemas/";
        String rest = pointer.substring(prefix.length());
        return rest.contains("/") ? pointer : rest.replace("~1", "/").replace("~0", "~");
    }

    private static String pointer(String name) {
        return "/components/schemas/" + ObjectFlattener.escape(name);
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
