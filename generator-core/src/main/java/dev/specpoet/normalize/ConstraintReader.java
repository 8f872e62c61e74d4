package dev.specpoet.normalize;

import dev.specpoet.model.Constraints;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a schema's validation keywords into {@link Constraints}, whatever the dialect: 3.0 (and
 * converted 2.0) boolean {@code exclusiveMinimum} next to {@code minimum}, 3.1 numeric {@code
 * exclusiveMinimum}. A reference to a component that is no Java type of its own (a constrained
 * string such as {@code Email}) lends its constraints to the use, which may override each of them.
 */
final class ConstraintReader {
    private final Map<String, Schema> components;

    ConstraintReader(Map<String, Schema> components) {
        this.components = components;
    }

    Constraints read(Schema<?> schema) {
        return read(schema, new HashSet<>());
    }

    private Constraints read(Schema<?> schema, Set<String> visited) {
        Constraints own = own(schema);
        Schema<?> target = aliased(schema, visited);
        return target == null ? own : overlay(own, read(target, visited));
    }

    /** The component a bare reference or an {@code allOf: [$ref]} wrapper stands for, once each. */
    private Schema<?> aliased(Schema<?> schema, Set<String> visited) {
        String ref = schema.get$ref();
        List<Schema> parts = schema.getAllOf();
        if (ref == null && parts != null && parts.size() == 1 && parts.get(0) != null) {
            ref = parts.get(0).get$ref();
        }
        String name = SchemaReader.componentName(ref);
        return name != null && visited.add(name) ? components.get(name) : null;
    }

    private static Constraints own(Schema<?> schema) {
        Constraints.Builder constraints = Constraints.builder();
        BigDecimal minimum = schema.getMinimum();
        BigDecimal exclusiveMinimum = schema.getExclusiveMinimumValue();
        if (exclusiveMinimum != null && (minimum == null || exclusiveMinimum.compareTo(minimum) >= 0)) {
            constraints.minimum(exclusiveMinimum, true);
        } else if (minimum != null) {
            constraints.minimum(minimum, SchemaReader.isTrue(schema.getExclusiveMinimum()));
        }
        BigDecimal maximum = schema.getMaximum();
        BigDecimal exclusiveMaximum = schema.getExclusiveMaximumValue();
        if (exclusiveMaximum != null && (maximum == null || exclusiveMaximum.compareTo(maximum) <= 0)) {
            constraints.maximum(exclusiveMaximum, true);
        } else if (maximum != null) {
            constraints.maximum(maximum, SchemaReader.isTrue(schema.getExclusiveMaximum()));
        }
        if (schema.getMinLength() != null && schema.getMinLength() >= 0) {
            constraints.minLength(schema.getMinLength());
        }
        if (schema.getMaxLength() != null && schema.getMaxLength() >= 0) {
            constraints.maxLength(schema.getMaxLength());
        }
        if (schema.getMinItems() != null && schema.getMinItems() >= 0) {
            constraints.minItems(schema.getMinItems());
        }
        if (schema.getMaxItems() != null && schema.getMaxItems() >= 0) {
            constraints.maxItems(schema.getMaxItems());
        }
        if (schema.getPattern() != null) {
            constraints.pattern(schema.getPattern());
        }
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() > 0) {
            constraints.multipleOf(schema.getMultipleOf());
        }
        if (schema.getFormat() != null) {
            constraints.format(schema.getFormat());
        }
        return constraints.build();
    }

    /** Each constraint of {@code use}, else the one of the schema it refers to. */
    private static Constraints overlay(Constraints use, Constraints referenced) {
        return new Constraints(
                use.minimum().or(referenced::minimum),
                use.maximum().or(referenced::maximum),
                use.minLength().isPresent() ? use.minLength() : referenced.minLength(),
                use.maxLength().isPresent() ? use.maxLength() : referenced.maxLength(),
                use.minItems().isPresent() ? use.minItems() : referenced.minItems(),
                use.maxItems().isPresent() ? use.maxItems() : referenced.maxItems(),
                use.pattern().or(referenced::pattern),
                use.multipleOf().or(referenced::multipleOf),
                use.format().or(referenced::format));
    }
}
