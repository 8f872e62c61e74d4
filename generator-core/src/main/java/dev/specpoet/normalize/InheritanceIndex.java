package dev.specpoet.normalize;

import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which component schemas extend which through {@code allOf}, and which of them are the parents of
 * a discriminated hierarchy (a schema with a discriminator that others extend).
 */
final class InheritanceIndex {
    private final Map<String, Schema> components;
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    InheritanceIndex(Map<String, Schema> components) {
        this.components = components;
        components.forEach((name, schema) -> {
            if (schema != null && schema.getAllOf() != null) {
                for (Object part : schema.getAllOf()) {
                    String parent = part instanceof Schema<?> s ? SchemaReader.componentName(s.get$ref()) : null;
                    if (parent != null && components.containsKey(parent) && !parent.equals(name)) {
                        children.computeIfAbsent(parent, key -> new ArrayList<>())
                                .add(name);
                    }
                }
            }
        });
    }

    /** True when the component has a discriminator and at least one component extends it. */
    boolean isParent(String name) {
        Schema<?> schema = components.get(name);
        if (schema == null || !children.containsKey(name)) {
            return false;
        }
        Discriminator discriminator = schema.getDiscriminator();
        return discriminator != null
                && discriminator.getPropertyName() != null
                && !SchemaReader.nonEmpty(schema.getOneOf())
                && !SchemaReader.nonEmpty(schema.getAnyOf());
    }

    /** The components that extend {@code name} directly, in spec order. */
    List<String> children(String name) {
        return children.getOrDefault(name, List.of());
    }

    /**
     * The variants of a parent: its direct children, and the descendants of children that are not
     * parents themselves (a sub-parent stands for its own descendants).
     */
    List<String> variants(String parent) {
        Set<String> variants = new LinkedHashSet<>();
        collect(parent, variants, new LinkedHashSet<>());
        return List.copyOf(variants);
    }

    private void collect(String name, Set<String> variants, Set<String> visiting) {
        if (!visiting.add(name)) {
            return;
        }
        for (String child : children(name)) {
            variants.add(child);
            if (!isParent(child)) {
                collect(child, variants, visiting);
            }
        }
    }
}
