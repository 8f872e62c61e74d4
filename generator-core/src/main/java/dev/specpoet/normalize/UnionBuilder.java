package dev.specpoet.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.NameHint;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.TypeRef;
import dev.specpoet.model.UnionDef;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds a {@link UnionDef} from a oneOf or anyOf schema, with its discriminator values. */
final class UnionBuilder {
    private final SchemaNormalizer normalizer;
    private final Map<String, Schema> components;
    private final Problems problems;
    private final JsonNode tree;

    UnionBuilder(SchemaNormalizer normalizer, Map<String, Schema> components, Problems problems, JsonNode tree) {
        this.normalizer = normalizer;
        this.tree = tree;
        this.components = components;
        this.problems = problems;
    }

    UnionDef build(SchemaId id, Schema<?> schema, NameHint hint, SpecLocation location) {
        boolean oneOf = SchemaReader.nonEmpty(schema.getOneOf());
        String keyword = oneOf ? "oneOf" : "anyOf";
        List<Schema> alternatives = ShapeClassifier.alternatives(schema);
        Discriminator discriminator = schema.getDiscriminator();
        String property = discriminator == null ? null : discriminator.getPropertyName();
        Map<String, List<String>> mapping = DiscriminatorMappings.valuesByComponent(discriminator);
        List<UnionDef.Variant> variants = new ArrayList<>();
        Set<TypeRef> seen = new HashSet<>();
        Set<String> mappedComponents = new HashSet<>();
        Map<String, TypeRef> byComponent = new java.util.LinkedHashMap<>();
        for (int i = 0; i < alternatives.size(); i++) {
            Schema<?> alternative = alternatives.get(i);
            if (alternative == null
                    || SchemaReader.isNullOnly(alternative)
                    || ShapeClassifier.isConstraintOnly(alternative)) {
                continue;
            }
            String title = alternative.getTitle();
            NameHint variantHint = hint.child(title != null && !title.isBlank() ? title : "Option" + (i + 1));
            TypeRef type = normalizer
                    .typeOf(alternative, variantHint, location.child(keyword).child(Integer.toString(i)))
                    .type();
            if (!seen.add(type)) {
                continue;
            }
            String component = SchemaReader.componentName(alternative.get$ref());
            if (component != null) {
                byComponent.put(component, type);
            }
            List<String> values = List.of();
            if (property != null && component != null) {
                values = mapping.getOrDefault(component, List.of(component));
                mappedComponents.add(component);
            }
            variants.add(new UnionDef.Variant(type, values));
        }
        for (String target : mapping.keySet()) {
            if (!mappedComponents.contains(target)) {
                problems.warning(
                        "DISCRIMINATOR_MAPPING_TARGET",
                        location.child("discriminator").child("mapping"),
                        "mapping target '" + target + "' is not one of the " + keyword
                                + " alternatives"
                                + (components.containsKey(target) ? "" : " (and names no schema)")
                                + "; values for it decode as unknown");
            }
        }
        return new UnionDef(
                id,
                hint,
                Optional.ofNullable(schema.getTitle()),
                Optional.ofNullable(schema.getDescription()),
                SchemaReader.isTrue(schema.getDeprecated()),
                oneOf ? UnionDef.Kind.ONE_OF : UnionDef.Kind.ANY_OF,
                variants,
                Optional.ofNullable(property),
                List.of(),
                location,
                JsonValues.extensions(schema.getExtensions()),
                defaultVariant(tree, schema, byComponent, location, problems));
    }

    /**
     * The variant OpenAPI 3.2's {@code defaultMapping} names; an error when it names none of the
     * alternatives. Read from the main document's tree at the schema's location: Swagger Parser keeps
     * no unknown discriminator field, and drops extensions of some schemas it resolves.
     */
    static Optional<TypeRef> defaultVariant(
            JsonNode tree,
            Schema<?> schema,
            Map<String, TypeRef> byComponent,
            SpecLocation location,
            Problems problems) {
        Optional<String> component = DiscriminatorMappings.defaultComponent(tree, location);
        Discriminator discriminator = schema.getDiscriminator();
        if (component.isEmpty()) {
            return Optional.empty();
        }
        SpecLocation at = location.child("discriminator").child("defaultMapping");
        if (discriminator == null || discriminator.getPropertyName() == null) {
            problems.error("OAS32_INVALID_DEFAULT_MAPPING", at, "'defaultMapping' needs a 'propertyName'");
            return Optional.empty();
        }
        TypeRef type = byComponent.get(component.get());
        if (type == null) {
            problems.error(
                    "OAS32_INVALID_DEFAULT_MAPPING",
                    at,
                    "'defaultMapping' must name one of the alternatives " + byComponent.keySet() + "; '"
                            + component.get() + "' is not one");
            return Optional.empty();
        }
        return Optional.of(type);
    }
}
