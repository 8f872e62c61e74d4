package dev.specpoet.normalize;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.Constraints;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.MapType;
import dev.specpoet.model.NameHint;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.TypeRef;
import dev.specpoet.model.UnionDef;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/**
 * Works out the {@link TypeRef} of every schema use and builds a {@link SchemaDef} for each schema
 * that becomes a Java type. References are named before they are built (a work queue, not
 * recursion), so recursive schemas and forward references cost nothing special.
 */
final class SchemaNormalizer {
    /** The most constants an enum class gets; see {@link #buildEnum}. */
    static final int MAX_ENUM_CONSTANTS = 2000;

    private final String document;
    private final Map<String, Schema> components;
    private final Problems problems;
    /** The main document's tree, where OpenAPI 3.2 fields Swagger Parser drops are read. */
    private final com.fasterxml.jackson.databind.JsonNode tree;

    private final InheritanceIndex inheritance;
    private final ShapeClassifier shapes;
    private final ObjectFlattener flattener;
    private final ComponentTypes componentTypes;
    private final ConstraintReader constraints;

    private final Map<SchemaId, Pending> registered = new LinkedHashMap<>();
    private final Map<SchemaId, SchemaDef> built = new HashMap<>();
    private final Queue<SchemaId> queue = new ArrayDeque<>();
    private final Map<InlineKey, SchemaId> inlineIds = new HashMap<>();

    /** A schema registered as a Java type, waiting to be built. */
    private record Pending(Schema<?> schema, Shape shape, NameHint hint, SpecLocation location, String componentName) {}

    /** Inline schemas with the same context and content share one type (JSON and form bodies, say). */
    private record InlineKey(List<String> hint, Schema<?> schema) {}

    SchemaNormalizer(
            String document,
            Map<String, Schema> components,
            Problems problems,
            com.fasterxml.jackson.databind.JsonNode tree) {
        this.document = document;
        this.tree = tree;
        this.components = components;
        this.problems = problems;
        this.inheritance = new InheritanceIndex(components);
        this.shapes = new ShapeClassifier(components, inheritance);
        this.flattener = new ObjectFlattener(components, document, problems);
        this.componentTypes = new ComponentTypes(this, components, problems, document);
        this.constraints = new ConstraintReader(components);
    }

    /** Registers every component schema, in spec order, so components come first and keep their names. */
    void registerComponents() {
        components.keySet().forEach(name -> componentTypes.typeOf(name, componentLocation(name)));
    }

    /** Every schema that becomes a Java type: components first in spec order, then inline ones as found. */
    List<SchemaDef> definitions() {
        while (!queue.isEmpty()) {
            SchemaId id = queue.poll();
            built.put(id, build(id, registered.get(id)));
        }
        return registered.keySet().stream().map(built::get).toList();
    }

    /** What a schema used somewhere says a valid value looks like, a referenced alias's constraints included. */
    Constraints constraintsOf(Schema<?> schema) {
        return schema == null ? Constraints.NONE : constraints.read(schema);
    }

    /** The type of a schema used at {@code location}; inline types are named from {@code hint}. */
    TypeUse typeOf(Schema<?> schema, NameHint hint, SpecLocation location) {
        if (schema == null) {
            return TypeUse.ANY;
        }
        boolean nullable = SchemaReader.allowsNull(schema);
        Shape shape = shapes.classify(schema, null);
        return switch (shape) {
            case REFERENCE -> referenceType(schema.get$ref(), hint, location).orNullable(nullable);
            case SINGLE_ALTERNATIVE -> singleAlternative(schema, hint, location).orNullable(nullable);
            case OBJECT, ENUM, UNION, INHERITANCE ->
                new TypeUse(new NamedType(register(schema, shape, hint, location, null)), nullable);
            case MAP ->
                new TypeUse(new MapType(additionalType(schema.getAdditionalProperties(), hint, location)), nullable);
            case ARRAY ->
                new TypeUse(
                        new ArrayType(typeOf(schema.getItems(), hint.child("Item"), location.child("items"))
                                .type()),
                        nullable);
            case SCALAR -> new TypeUse(ScalarType.of(ShapeClassifier.scalar(schema)), nullable);
            case ANY -> new TypeUse(ScalarType.ANY, nullable);
        };
    }

    /** The type a component stands for, registering it as a Java type when it is one. */
    TypeUse componentDefinition(String name, Schema<?> schema) {
        Shape shape = shapes.classify(schema, name);
        boolean nullable = SchemaReader.allowsNull(schema);
        SpecLocation location = componentLocation(name);
        return switch (shape) {
            case OBJECT, ENUM, UNION, INHERITANCE ->
                new TypeUse(new NamedType(register(schema, shape, NameHint.component(name), location, name)), nullable);
            default -> typeOf(schema, NameHint.component(name), location);
        };
    }

    private TypeUse referenceType(String ref, NameHint hint, SpecLocation location) {
        String name = SchemaReader.componentName(ref);
        if (name != null && components.containsKey(name)) {
            return componentTypes.typeOf(name, location);
        }
        if (ref.startsWith(SchemaReader.COMPONENT_PREFIX)) {
            Schema<?> nested = NestedRefs.resolve(components, ref);
            if (nested != null) {
                // Through the reference cache, which catches a schema that refers to itself from inside.
                String pointer = ref.substring(1);
                return componentTypes.nestedTypeOf(
                        pointer,
                        nested,
                        () -> typeOf(nested, NestedRefs.hint(ref), SpecLocation.of(document, pointer)));
            }
        }
        problems.error("DANGLING_REF", location, "$ref '" + ref + "' cannot be resolved to a schema");
        return TypeUse.ANY;
    }

    private TypeUse singleAlternative(Schema<?> schema, NameHint hint, SpecLocation location) {
        List<Schema> alternatives = ShapeClassifier.alternatives(schema);
        List<Schema> real = ShapeClassifier.realAlternatives(alternatives);
        // Alternatives that only constrain (oneOf: [{multipleOf: 5}]) name no type: the allOf parts may.
        if (!real.isEmpty()) {
            String keyword = SchemaReader.nonEmpty(schema.getOneOf()) ? "oneOf" : "anyOf";
            Schema<?> only = real.get(0);
            int index = alternatives.indexOf(only);
            return typeOf(only, hint, location.child(keyword).child(Integer.toString(index)))
                    .orNullable(SchemaReader.hasNullAlternative(alternatives));
        }
        List<Schema> parts = schema.getAllOf() == null ? List.of() : schema.getAllOf();
        for (int i = 0; i < parts.size(); i++) {
            Schema<?> part = parts.get(i);
            if (part != null && !ShapeClassifier.isConstraintOnly(part)) {
                return typeOf(part, hint, location.child("allOf").child(Integer.toString(i)));
            }
        }
        return TypeUse.ANY;
    }

    private TypeRef additionalType(Object additional, NameHint hint, SpecLocation location) {
        if (additional instanceof Schema<?> schema) {
            return typeOf(schema, hint.child("Value"), location.child("additionalProperties"))
                    .type();
        }
        return ScalarType.ANY;
    }

    private SchemaId register(
            Schema<?> schema, Shape shape, NameHint hint, SpecLocation location, String componentName) {
        SchemaId id = new SchemaId(location.pointer());
        if (componentName == null) {
            InlineKey key = new InlineKey(hint.parts(), schema);
            SchemaId existing = inlineIds.putIfAbsent(key, id);
            if (existing != null) {
                return existing;
            }
        }
        if (!registered.containsKey(id)) {
            registered.put(id, new Pending(schema, shape, hint, location, componentName));
            queue.add(id);
        }
        return id;
    }

    private SchemaDef build(SchemaId id, Pending pending) {
        return switch (pending.shape()) {
            case ENUM -> buildEnum(id, pending);
            case UNION -> buildUnion(id, pending);
            case INHERITANCE -> buildInheritance(id, pending);
            default -> buildObject(id, pending);
        };
    }

    /**
     * The enum, without constants when it lists more values than one Java class can hold as
     * constants (its static initializer would exceed the 64 KB method limit): it still accepts
     * every value, as all our enums do.
     */
    private EnumDef buildEnum(SchemaId id, Pending pending) {
        EnumDef enumeration = EnumBuilder.build(id, pending.schema(), pending.hint(), pending.location());
        if (enumeration.values().size() <= MAX_ENUM_CONSTANTS) {
            return enumeration;
        }
        problems.warning(
                "ENUM_TOO_LARGE",
                pending.location(),
                "the enum lists " + enumeration.values().size() + " values, more than the " + MAX_ENUM_CONSTANTS
                        + " a Java class can hold as constants; it is generated without constants");
        return new EnumDef(
                enumeration.id(),
                enumeration.nameHint(),
                enumeration.title(),
                enumeration.description(),
                enumeration.deprecated(),
                enumeration.base(),
                List.of(),
                enumeration.location(),
                enumeration.extensions());
    }

    private ObjectDef buildObject(SchemaId id, Pending pending) {
        ObjectFlattener.Flattened flat = flattener.flatten(pending.schema(), pending.location());
        Schema<?> schema = pending.schema();
        return new ObjectDef(
                id,
                pending.hint(),
                Optional.ofNullable(schema.getTitle()),
                Optional.ofNullable(schema.getDescription()),
                SchemaReader.isTrue(schema.getDeprecated()),
                properties(flat, pending.hint()),
                additionalProperties(flat, pending.hint()),
                pending.location(),
                JsonValues.extensions(schema.getExtensions()));
    }

    private List<Property> properties(ObjectFlattener.Flattened flat, NameHint hint) {
        List<Property> properties = new ArrayList<>();
        for (ObjectFlattener.FlatProperty flatProperty : flat.properties.values()) {
            Schema<?> schema = flatProperty.schema() == null ? new Schema<>() : flatProperty.schema();
            TypeUse type = typeOf(schema, hint.child(flatProperty.name()), flatProperty.location());
            properties.add(new Property(
                    flatProperty.name(),
                    type.type(),
                    flat.required.contains(flatProperty.name()),
                    type.nullable(),
                    SchemaReader.isTrue(schema.getReadOnly()),
                    SchemaReader.isTrue(schema.getWriteOnly()),
                    SchemaReader.isTrue(schema.getDeprecated()),
                    Optional.ofNullable(schema.getDescription()),
                    Optional.ofNullable(schema.getFormat()),
                    schema.getDefaultSetFlag() || schema.getDefault() != null
                            ? Optional.of(JsonValues.of(schema.getDefault()))
                            : Optional.empty(),
                    JsonValues.optional(schema.getConst()),
                    example(schema),
                    flatProperty.location(),
                    constraintsOf(schema),
                    JsonValues.extensions(schema.getExtensions()),
                    tag(schema)));
        }
        return properties;
    }

    /**
     * The one value a property schema allows: its {@code const}, or the only non-null value of its
     * {@code enum}, directly or through a reference to a component.
     */
    private Optional<JsonValue> tag(Schema<?> schema) {
        Schema<?> target = schema;
        for (int hops = 0; target != null && target.get$ref() != null && hops < components.size(); hops++) {
            String name = SchemaReader.componentName(target.get$ref());
            target = name == null ? null : components.get(name);
        }
        if (target == null) {
            return Optional.empty();
        }
        if (target.getConst() != null) {
            return Optional.of(JsonValues.of(target.getConst()));
        }
        List<?> values = target.getEnum() == null
                ? List.of()
                : target.getEnum().stream().filter(java.util.Objects::nonNull).toList();
        return values.size() == 1 ? Optional.of(JsonValues.of(values.get(0))) : Optional.empty();
    }

    private Optional<TypeRef> additionalProperties(ObjectFlattener.Flattened flat, NameHint hint) {
        if (flat.additionalSchema != null) {
            return Optional.of(typeOf(flat.additionalSchema, hint.child("Value"), flat.additionalLocation)
                    .type());
        }
        return flat.additionalForbidden ? Optional.empty() : Optional.of(ScalarType.ANY);
    }

    private UnionDef buildUnion(SchemaId id, Pending pending) {
        return new UnionBuilder(this, components, problems, tree)
                .build(id, pending.schema(), pending.hint(), pending.location());
    }

    private UnionDef buildInheritance(SchemaId id, Pending pending) {
        Schema<?> schema = pending.schema();
        String parent = pending.componentName();
        ObjectFlattener.Flattened flat = flattener.flatten(schema, pending.location());
        Map<String, List<String>> valuesByVariant = DiscriminatorMappings.valuesByComponent(schema.getDiscriminator());
        List<UnionDef.Variant> variants = new ArrayList<>();
        Map<String, TypeRef> byComponent = new java.util.LinkedHashMap<>();
        for (String child : inheritance.variants(parent)) {
            TypeRef type =
                    componentTypes.typeOf(child, componentLocation(child)).type();
            List<String> values = valuesByVariant.getOrDefault(child, List.of(child));
            variants.add(new UnionDef.Variant(type, values));
            byComponent.put(child, type);
        }
        return new UnionDef(
                id,
                pending.hint(),
                Optional.ofNullable(schema.getTitle()),
                Optional.ofNullable(schema.getDescription()),
                SchemaReader.isTrue(schema.getDeprecated()),
                UnionDef.Kind.INHERITANCE,
                variants,
                Optional.of(schema.getDiscriminator().getPropertyName()),
                properties(flat, pending.hint()),
                pending.location(),
                JsonValues.extensions(schema.getExtensions()),
                UnionBuilder.defaultVariant(tree, schema, byComponent, pending.location(), problems));
    }

    static Optional<JsonValue> example(Schema<?> schema) {
        if (schema.getExample() != null) {
            return Optional.of(JsonValues.of(schema.getExample()));
        }
        List<?> examples = schema.getExamples();
        return examples == null || examples.isEmpty() ? Optional.empty() : Optional.of(JsonValues.of(examples.get(0)));
    }

    SpecLocation componentLocation(String name) {
        return SpecLocation.of(document, "/components/schemas/" + ObjectFlattener.escape(name));
    }
}
