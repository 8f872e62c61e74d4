package dev.specpoet.normalize;

import dev.specpoet.api.SpecLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Merges an object schema with everything it pulls in through {@code allOf}: properties in
 * first-seen order (a later part redefines a property in place), required lists, and what is said
 * about additional properties.
 */
final class ObjectFlattener {
    private final Map<String, Schema> components;
    private final String document;
    private final Problems problems;

    ObjectFlattener(Map<String, Schema> components, String document, Problems problems) {
        this.components = components;
        this.document = document;
        this.problems = problems;
    }

    /** A property as found, before its type is worked out. */
    record FlatProperty(String name, Schema<?> schema, SpecLocation location) {}

    /** The merged view of an object schema. */
    static final class Flattened {
        final Map<String, FlatProperty> properties = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();
        boolean additionalForbidden;
        Schema<?> additionalSchema;
        SpecLocation additionalLocation;
    }

    Flattened flatten(Schema<?> schema, SpecLocation location) {
        Flattened result = new Flattened();
        collect(schema, location, result, new ArrayDeque<>(), false);
        return result;
    }

    private void collect(
            Schema<?> schema, SpecLocation location, Flattened into, Deque<String> visiting, boolean part) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = SchemaReader.componentName(schema.get$ref());
            Schema<?> target = name == null ? null : components.get(name);
            if (target == null) {
                problems.error("DANGLING_REF", location, "allOf part $ref '" + schema.get$ref() + "' names no schema");
                return;
            }
            if (visiting.contains(name)) {
                problems.error("CIRCULAR_ALLOF", location, "allOf of '" + name + "' includes itself");
                return;
            }
            visiting.push(name);
            collect(target, SpecLocation.of(document, "/components/schemas/" + escape(name)), into, visiting, true);
            visiting.pop();
            return;
        }
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                collect(
                        schema.getAllOf().get(i),
                        location.child("allOf").child(Integer.toString(i)),
                        into,
                        visiting,
                        true);
            }
        }
        if (part
                && !ShapeClassifier.realAlternatives(ShapeClassifier.alternatives(schema))
                        .isEmpty()) {
            problems.warning(
                    "ALLOF_WITH_UNION",
                    location,
                    "an allOf part is itself a oneOf/anyOf; only its declared properties are kept");
        }
        if (schema.getProperties() != null) {
            schema.getProperties()
                    .forEach((name, property) -> into.properties.put(
                            name,
                            new FlatProperty(
                                    name, property, location.child("properties").child(name))));
        }
        if (schema.getRequired() != null) {
            into.required.addAll(schema.getRequired());
        }
        Object additional = schema.getAdditionalProperties();
        // 3.0 gives `false` as a Boolean; 3.1 as a boolean schema.
        if (Boolean.FALSE.equals(additional)
                || additional instanceof Schema<?> booleanSchema
                        && Boolean.FALSE.equals(booleanSchema.getBooleanSchemaValue())) {
            into.additionalForbidden = true;
        } else if (additional instanceof Schema<?> additionalSchema) {
            into.additionalSchema = additionalSchema;
            into.additionalLocation = location.child("additionalProperties");
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
