package dev.specpoet.normalize;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.api.SpecLocation;
import io.swagger.v3.oas.models.media.Discriminator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a discriminator's mapping as "which values select which component". */
final class DiscriminatorMappings {
    private DiscriminatorMappings() {}

    /** Component name to the discriminator values that select it, in mapping order. */
    static Map<String, List<String>> valuesByComponent(Discriminator discriminator) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (discriminator == null || discriminator.getMapping() == null) {
            return values;
        }
        discriminator.getMapping().forEach((value, target) -> {
            String component = componentOf(target);
            if (component != null) {
                values.computeIfAbsent(component, key -> new ArrayList<>()).add(value);
            }
        });
        return values;
    }

    /**
     * The component OpenAPI 3.2's {@code defaultMapping} names, read from the main document's tree at
     * the location of the schema holding the discriminator: empty when it has none, and {@code
     * Optional.of("")} when it names no component.
     */
    static Optional<String> defaultComponent(JsonNode tree, SpecLocation schema) {
        JsonNode target;
        try {
            target = tree.at(JsonPointer.compile(schema.pointer() + "/discriminator/defaultMapping"));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a pointer into the main document
        }
        if (!target.isTextual()) {
            return Optional.empty(); // absent, or reported by the bridge
        }
        String component = componentOf(target.textValue());
        return Optional.of(component == null ? "" : component);
    }

    /** The component a mapping target names: a {@code #/components/schemas/X} reference or a bare name. */
    static String componentOf(String target) {
        if (target == null) {
            return null;
        }
        String name = SchemaReader.componentName(target);
        if (name != null) {
            return name;
        }
        return target.contains("/") || target.contains("#") ? null : target;
    }
}
