package dev.specpoet.normalize;

import io.swagger.v3.oas.models.media.Discriminator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
