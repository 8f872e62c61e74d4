package dev.specpoet.naming;

import com.palantir.javapoet.ClassName;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.EnumDef;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the model's types: classes from component names or from the context of inline schemas,
 * record components, enum constants and union variant wrappers.
 */
final class TypeNamer {
    /**
     * java.lang types that generated code refers to by simple name; a model of the same name in the
     * same package would shadow them, so models take a {@code Model} suffix instead.
     */
    static final Set<String> JAVA_LANG = Set.of(
            "Object",
            "String",
            "Integer",
            "Long",
            "Short",
            "Byte",
            "Float",
            "Double",
            "Boolean",
            "Character",
            "Number",
            "Void",
            "Class",
            "Enum",
            "Record",
            "Override",
            "Deprecated",
            "SuppressWarnings",
            "SafeVarargs",
            "FunctionalInterface",
            "Exception",
            "RuntimeException",
            "Error",
            "Throwable",
            "IllegalStateException",
            "IllegalArgumentException",
            "NullPointerException",
            "Math",
            "System",
            "Thread",
            "Iterable",
            "Comparable",
            "CharSequence",
            "StringBuilder",
            "AutoCloseable",
            "Runnable",
            "Process",
            "Runtime",
            "Module",
            "Package",
            "ClassLoader",
            "Cloneable",
            "StrictMath",
            "Appendable",
            "Readable",
            "ThreadLocal",
            "SecurityManager",
            "StackTraceElement",
            "UnsupportedOperationException",
            "IndexOutOfBoundsException",
            "ClassCastException",
            "ArithmeticException",
            "InterruptedException",
            "CloneNotSupportedException",
            "AssertionError",
            "Compiler");

    /**
     * Nested classes the generated types declare ({@code Pet.Builder}, a union's {@code Unknown}
     * and {@code Deserializer}): a model of that name could not declare them or be referred to
     * inside them, so it takes the {@code Model} suffix too.
     */
    static final Set<String> NESTED_CLASSES = Set.of("Builder", "Unknown", "Deserializer");

    /** The component that keeps properties a schema does not declare, unless a property takes its name. */
    static final String ADDITIONAL_PROPERTIES = "additionalProperties";

    /**
     * Names a record component may not have, and names our records and builders already use; the
     * additional-properties component is reserved per record (see {@link #additionalName}).
     */
    static final Set<String> RECORD_MEMBERS = Set.of(
            "clone",
            "finalize",
            "getClass",
            "hashCode",
            "notify",
            "notifyAll",
            "toString",
            "wait",
            "equals",
            "builder",
            "toBuilder",
            "additionalProperty",
            "build");

    /** Members of our open enums that constants must not shadow. */
    static final Set<String> ENUM_MEMBERS = Set.of("BY_VALUE");

    /**
     * The longest class file name (without {@code .class}) a nested type may have: javac writes
     * {@code Customer$Address.class}, and file systems allow 255 bytes. A type nested so deep that its
     * name would be longer becomes a top-level type instead.
     */
    static final int MAX_CLASS_FILE_NAME = 240;

    private final String modelPackage;
    private final NameSpace classes = NameSpace.forClasses();

    TypeNamer(String modelPackage) {
        this.modelPackage = modelPackage;
    }

    /**
     * The class name of every top-level definition (those {@code owners} nests nowhere), components
     * first so they keep their own names.
     */
    Map<SchemaId, ClassName> topLevelNames(List<SchemaDef> definitions, TypeOwners owners) {
        Map<SchemaId, ClassName> names = new LinkedHashMap<>();
        for (SchemaDef definition : definitions) {
            if (owners.definitionOwner(definition.id()).isEmpty()
                    && owners.operationOwner(definition.id()).isEmpty()) {
                names.put(
                        definition.id(), ClassName.get(modelPackage, classes.claim(className(definition.nameHint()))));
            }
        }
        return names;
    }

    /**
     * Adds the class name of every definition nested in another definition's type, in model order,
     * each after its owner's: {@code names} holds the others (top-level and API-owned) already.
     *
     * @param scopes the nested class names taken in each top-level class, the API classes' included
     */
    void addNestedNames(
            List<SchemaDef> definitions,
            TypeOwners owners,
            Map<SchemaId, ClassName> names,
            Map<ClassName, NameSpace> scopes) {
        Map<SchemaId, SchemaDef> byId = new LinkedHashMap<>();
        definitions.forEach(definition -> byId.put(definition.id(), definition));
        for (SchemaDef definition : definitions) {
            nestedName(definition, byId, owners, names, scopes);
        }
    }

    private ClassName nestedName(
            SchemaDef definition,
            Map<SchemaId, SchemaDef> byId,
            TypeOwners owners,
            Map<SchemaId, ClassName> names,
            Map<ClassName, NameSpace> scopes) {
        ClassName known = names.get(definition.id());
        if (known != null) {
            return known;
        }
        SchemaDef owner = byId.get(owners.definitionOwner(definition.id()).orElseThrow());
        ClassName outer = nestedName(owner, byId, owners, names, scopes);
        String wanted = className(relativeHint(definition.nameHint(), owner.nameHint()));
        ClassName name = classFileLength(outer) + 1 + wanted.getBytes(StandardCharsets.UTF_8).length
                        > MAX_CLASS_FILE_NAME
                ? ClassName.get(modelPackage, classes.claim(className(definition.nameHint())))
                : outer.nestedClass(scope(outer.topLevelClassName(), scopes).claim(wanted));
        names.put(definition.id(), name);
        return name;
    }

    /** The bytes of a class's file name without {@code .class}: {@code Customer$Address}. */
    private static int classFileLength(ClassName name) {
        return String.join("$", name.simpleNames()).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The nested class names taken anywhere in one top-level class, so no nested type shadows
     * another of the same file. Nested names in a model never take a top-level model's name either:
     * a record's header is read inside the record, where its member types shadow classes of the
     * package, and JavaPoet (which writes the header before entering the record) would not
     * qualify them. A class the generated code imports is guarded by {@code alwaysQualify} instead.
     */
    private NameSpace scope(ClassName topLevel, Map<ClassName, NameSpace> scopes) {
        return scopes.computeIfAbsent(topLevel, key -> fileScope(key, classes));
    }

    /** A top-level class's nested-name scope: its own name and the nested classes we declare are taken. */
    static NameSpace fileScope(ClassName topLevel, NameSpace packageScope) {
        return NameSpace.forClassesWithin(packageScope)
                .reserve(List.of(topLevel.simpleName()))
                .reserve(NESTED_CLASSES);
    }

    /** What a nested type's name is made of: its hint's parts after those its owner's hint shares. */
    private static NameHint relativeHint(NameHint hint, NameHint ownerHint) {
        List<String> parts = hint.parts();
        List<String> outer = ownerHint.parts();
        int common = 0;
        while (common < parts.size()
                && common < outer.size()
                && parts.get(common).equals(outer.get(common))) {
            common++;
        }
        return NameHint.inline(
                common == parts.size() ? List.of(parts.get(parts.size() - 1)) : parts.subList(common, parts.size()));
    }

    /** The class name a hint asks for, never one that would shadow a java.lang type or our nested classes. */
    static String className(NameHint hint) {
        StringBuilder name = new StringBuilder();
        for (String part : hint.parts()) {
            name.append(JavaNames.typeName(part, ""));
        }
        String result = name.length() == 0 ? "Model" : JavaNames.typeName(name.toString(), "Model");
        return JAVA_LANG.contains(result) || NESTED_CLASSES.contains(result) ? result + "Model" : result;
    }

    /**
     * The Java name of the record component holding undeclared properties: {@code
     * additionalProperties}, unless that is the JSON name of a property (Jackson matches JSON names
     * against component names, so the two would merge), then the first free {@code
     * additionalProperties2}, {@code additionalProperties3}...
     */
    static String additionalName(List<Property> properties) {
        return NameSpace.forMembers()
                .reserve(RECORD_MEMBERS)
                .reserve(properties.stream().map(Property::jsonName).toList())
                .claim(ADDITIONAL_PROPERTIES);
    }

    /**
     * Java names of an object's properties: unique, never a record's reserved member nor the
     * additional-properties component.
     */
    static Map<String, String> propertyNames(List<Property> properties) {
        NameSpace space = NameSpace.forMembers().reserve(RECORD_MEMBERS).reserve(List.of(additionalName(properties)));
        Map<String, String> names = new LinkedHashMap<>();
        for (Property property : properties) {
            names.put(property.jsonName(), space.claim(JavaNames.memberName(property.jsonName(), "value")));
        }
        return names;
    }

    static Map<String, String> constantNames(EnumDef definition) {
        NameSpace space = NameSpace.forMembers().reserve(ENUM_MEMBERS);
        Map<String, String> names = new LinkedHashMap<>();
        for (EnumDef.EnumValue value : definition.values()) {
            String wanted =
                    value.nameHint().map(JavaNames::constantName).orElseGet(() -> JavaNames.constantName(value.text()));
            names.put(value.text(), space.claim(wanted));
        }
        return names;
    }

    /**
     * Nested record names for the union variants that are not a model of their own. They never take
     * a model's name: the variants inherit the union's nested types, which would shadow that model
     * inside them.
     *
     * @param typeNames every simple name of {@code classNames}, from {@link #typeNames}: built once for
     *     all unions, because a spec with thousands of types and unions would otherwise fold every
     *     name to lower case once per union
     */
    static Map<TypeRef, String> wrapperNames(
            UnionDef union,
            ClassName unionName,
            Map<SchemaId, SchemaDef> definitions,
            Map<SchemaId, ClassName> classNames,
            NameSpace typeNames) {
        NameSpace space = NameSpace.forClassesWithin(typeNames)
                .reserve(unionName.simpleNames())
                .reserve(List.of("Unknown", "Deserializer"));
        Map<TypeRef, String> names = new LinkedHashMap<>();
        for (UnionDef.Variant variant : union.variants()) {
            if (isWrapped(union, variant.type(), definitions)) {
                names.put(variant.type(), space.claim(describe(variant.type(), classNames) + "Value"));
            }
        }
        return names;
    }

    /** The simple names of {@code classNames}, taken: the scope {@link #wrapperNames} claims within. */
    static NameSpace typeNames(Map<SchemaId, ClassName> classNames) {
        return NameSpace.forClasses()
                .reserve(classNames.values().stream().map(ClassName::simpleName).toList());
    }

    /**
     * True when a variant needs a wrapper record: scalars, lists and maps, and unions inside a
     * oneOf/anyOf (implementing both interfaces could make a cycle). Objects and enums implement the
     * union's interface themselves; a hierarchy's sub-parent extends it.
     */
    static boolean isWrapped(UnionDef union, TypeRef type, Map<SchemaId, SchemaDef> definitions) {
        if (!(type instanceof NamedType named)) {
            return true;
        }
        SchemaDef definition = definitions.get(named.id());
        if (definition instanceof UnionDef inner) {
            return !(union.kind() == UnionDef.Kind.INHERITANCE && inner.kind() == UnionDef.Kind.INHERITANCE);
        }
        return definition == null;
    }

    private static String describe(TypeRef type, Map<SchemaId, ClassName> classNames) {
        if (type instanceof ScalarType scalar) {
            return switch (scalar.scalar()) {
                case STRING -> "String";
                case INT32 -> "Integer";
                case INT64 -> "Long";
                case FLOAT -> "Float";
                case DOUBLE -> "Double";
                case DECIMAL -> "Number";
                case BOOLEAN -> "Boolean";
                case DATE -> "Date";
                case DATE_TIME -> "DateTime";
                case UUID -> "Uuid";
                case URI -> "Uri";
                case BYTES -> "Bytes";
                case BINARY -> "File";
                case ANY -> "Any";
            };
        }
        if (type instanceof ArrayType array) {
            return describe(array.items(), classNames) + "List";
        }
        if (type instanceof MapType map) {
            return describe(map.values(), classNames) + "Map";
        }
        ClassName name = classNames.get(((NamedType) type).id());
        return name == null ? "Any" : name.simpleName();
    }

    /** Which unions each definition is a direct, non-wrapped variant of, in union order. */
    static Map<SchemaId, List<SchemaId>> implementedUnions(List<SchemaDef> definitions, Map<SchemaId, SchemaDef> byId) {
        Map<SchemaId, List<SchemaId>> implemented = new LinkedHashMap<>();
        for (SchemaDef definition : definitions) {
            if (definition instanceof UnionDef union) {
                for (UnionDef.Variant variant : union.variants()) {
                    if (!isWrapped(union, variant.type(), byId)) {
                        SchemaId variantId = ((NamedType) variant.type()).id();
                        if (!variantId.equals(union.id())) {
                            implemented
                                    .computeIfAbsent(variantId, key -> new ArrayList<>())
                                    .add(union.id());
                        }
                    }
                }
            }
        }
        return implemented;
    }

    /**
     * The common properties a hierarchy parent's interface declares: those every direct variant
     * has with the same type and Java name (so each variant's accessor implements it).
     */
    static List<Property> accessors(
            UnionDef union, Map<SchemaId, SchemaDef> byId, Map<SchemaId, Map<String, String>> memberNames) {
        if (union.kind() != UnionDef.Kind.INHERITANCE) {
            return List.of();
        }
        Map<String, String> own = propertyNames(union.commonProperties());
        List<Property> accessors = new ArrayList<>();
        for (Property property : union.commonProperties()) {
            boolean everywhere = !union.variants().isEmpty();
            for (UnionDef.Variant variant : union.variants()) {
                SchemaDef definition = byId.get(((NamedType) variant.type()).id());
                List<Property> properties = definition instanceof ObjectDef object
                        ? object.properties()
                        : definition instanceof UnionDef inner ? inner.commonProperties() : List.of();
                Map<String, String> names =
                        memberNames.getOrDefault(definition == null ? null : definition.id(), Map.of());
                everywhere &= properties.stream()
                        .anyMatch(p -> p.jsonName().equals(property.jsonName())
                                && p.type().equals(property.type())
                                && p.distinguishesNullFromAbsent() == property.distinguishesNullFromAbsent()
                                && own.get(property.jsonName()).equals(names.get(p.jsonName())));
            }
            if (everywhere) {
                accessors.add(property);
            }
        }
        return accessors;
    }
}
