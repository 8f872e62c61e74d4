package dev.specpoet.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.TypeRef;
import dev.specpoet.model.UnionDef;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits a union as a sealed interface: one permitted type per alternative (models implement it,
 * other values get a small wrapper record), and an {@code Unknown} fallback that keeps what this
 * client cannot place. A nested deserializer picks the variant: by discriminator when there is
 * one, else by the shape of the JSON.
 */
final class UnionEmitter {
    private final NamedModel named;
    private final JavaTypes types;
    private final RecordEmitter records;
    private final UnionVariants variants;

    UnionEmitter(NamedModel named, JavaTypes types, RecordEmitter records) {
        this.named = named;
        this.types = types;
        this.records = records;
        this.variants = new UnionVariants(named, types);
    }

    /** The union's interface, with {@code members} (nested types, say) added to it before it is built. */
    TypeSpec emit(UnionDef union, Consumer<TypeSpec.Builder> members) {
        TypeNames names = named.names(union.id());
        ClassName self = names.className();
        ClassName unknown = self.nestedClass("Unknown");
        ClassName deserializer = self.nestedClass("Deserializer");
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(Annotations.deserializeWith(types.jackson(), deserializer))
                .addJavadoc("$L", javadoc(union, self));
        if (union.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        names.implemented()
                .forEach(parent -> type.addSuperinterface(named.names(parent).className()));
        List<TypeName> permitted = new ArrayList<>();
        for (UnionDef.Variant variant : union.variants()) {
            String wrapper = names.wrappers().get(variant.type());
            if (wrapper != null) {
                ClassName wrapperName = self.nestedClass(wrapper);
                permitted.add(wrapperName);
                type.addType(wrapper(wrapperName, self, variant.type()));
            } else {
                permitted.add(named.className((NamedType) variant.type()));
            }
        }
        permitted.add(unknown);
        type.addPermittedSubclasses(permitted);
        for (Property accessor : names.accessors()) {
            type.addMethod(accessor(accessor, names));
        }
        type.addType(fallback(union, names, unknown, self));
        type.addType(variants.deserializer(union, names, deserializer, unknown));
        members.accept(type);
        return type.build();
    }

    private MethodSpec accessor(Property property, TypeNames names) {
        TypeName base = types.of(property.type());
        TypeName returned = property.distinguishesNullFromAbsent()
                ? ParameterizedTypeName.get(types.support("JsonNullable"), base.box())
                : JavaTypes.mayBeNull(property) ? types.nullable(base) : base;
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.member(property.jsonName()))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(returned);
        property.description().ifPresent(text -> method.addJavadoc("$L", Javadocs.text(text)));
        return method.build();
    }

    /** A record holding one non-model alternative, written as the bare value. */
    private TypeSpec wrapper(ClassName name, ClassName union, TypeRef type) {
        TypeName value = types.of(type);
        return TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(union)
                .addAnnotation(Annotations.plainDeserializer(types.jackson()))
                .addJavadoc("A {@code $L} alternative of {@link $T}.", simple(value), union)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(value, "value")
                                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_VALUE)
                                        .build())
                                .build())
                        .build())
                .build();
    }

    /**
     * The fallback: for a hierarchy, a record with the parent's properties (unknown fields kept);
     * for oneOf/anyOf, the raw JSON.
     */
    private TypeSpec fallback(UnionDef union, TypeNames names, ClassName unknown, ClassName self) {
        if (union.kind() == UnionDef.Kind.INHERITANCE) {
            RecordShape shape = new RecordShape(
                    unknown,
                    union.commonProperties(),
                    names.members(),
                    ScalarType.ANY,
                    List.of(self),
                    "A {@link " + self.simpleName() + "} whose type this client does not know, or the base type"
                            + " itself; properties it does not declare are kept.",
                    false,
                    Map.of(),
                    true,
                    names.additionalMember());
            return records.emit(shape, true);
        }
        return TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .addAnnotation(Annotations.plainDeserializer(types.jackson()))
                .addJavadoc(
                        "A value that matches none of the alternatives this client knows; the JSON is kept as received.")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(types.jackson().jsonNode(), "raw")
                                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_VALUE)
                                        .build())
                                .build())
                        .build())
                .build();
    }

    private String javadoc(UnionDef union, ClassName self) {
        String text = Javadocs.paragraphs(union.title(), union.description());
        String lead = text.isEmpty() ? "The {@code " + self.simpleName() + "} alternatives." : text;
        String how = union.discriminator()
                .map(property -> "The {@code " + Javadocs.line(property) + "} property tells the alternatives apart.")
                .orElse("The alternative is recognised from the shape of the JSON.");
        String fallback = union.defaultVariant()
                .filter(NamedType.class::isInstance)
                .map(type -> " A value whose {@code "
                        + Javadocs.line(union.discriminator().orElseThrow())
                        + "} is missing or names no alternative decodes as {@link "
                        + String.join(".", named.className((NamedType) type).simpleNames())
                        + "} (the spec's default); other values"
                        + " this client does not recognise decode as {@link Unknown}.")
                .orElse(" Values this client does not recognise decode as {@link Unknown}.");
        return lead + "\n\n<p>" + how + fallback;
    }

    /** A type as a reader writes it: {@code List<Pet>}, not {@code java.util.List<com.acme.Pet>}. */
    static String simple(TypeName type) {
        return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }
}
