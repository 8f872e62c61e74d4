package dev.specpoet.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.MapType;
import dev.specpoet.model.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits an immutable, Jackson-mapped record with a builder: JSON names kept exactly, collections
 * copied, required properties checked when building, undeclared properties kept and written back,
 * secrets masked in {@code toString}.
 */
final class RecordEmitter {
    /**
     * The JSON name Jackson knows the additional-properties component by. Jackson matches incoming
     * keys against component names too, so with its Java name an undeclared {@code
     * "additionalProperties"} key would land in the map component itself and break decoding; this
     * name is one no API sends.
     */
    static final String ADDITIONAL_JSON_NAME = "\u0000additionalProperties";

    private final JavaTypes types;

    RecordEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(RecordShape shape, boolean nested) {
        return emit(shape, nested, record -> {});
    }

    /** The record, with {@code members} (nested types, say) added to it before it is built. */
    TypeSpec emit(RecordShape shape, boolean nested, Consumer<TypeSpec.Builder> members) {
        List<Component> components = components(shape);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        components.forEach(component -> constructor.addParameter(component.parameter()));
        TypeSpec.Builder record = TypeSpec.recordBuilder(shape.name())
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterfaces(shape.interfaces())
                .addAnnotation(Annotations.include("NON_NULL"))
                .recordConstructor(constructor.build());
        if (nested) {
            record.addModifiers(Modifier.STATIC);
        }
        if (!shape.javadoc().isEmpty() || components.stream().anyMatch(c -> c.doc() != null)) {
            record.addJavadoc("$L", javadoc(shape, components));
        }
        if (shape.deprecated()) {
            record.addAnnotation(Deprecated.class);
        }
        if (shape.unionVariant()) {
            record.addAnnotation(Annotations.plainDeserializer(types.jackson()));
        }
        CodeBlock compact = compactBody(components);
        if (!compact.isEmpty()) {
            record.addMethod(MethodSpec.compactConstructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addCode(compact)
                    .build());
        }
        ClassName builder = shape.name().nestedClass("Builder");
        record.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder for {@link $T}.", shape.name())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        record.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder preset with this record's values.")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        new RecordMethods(shape, components).addTo(record);
        record.addType(new RecordBuilderEmitter(shape, components, builder).emit());
        members.accept(record);
        return record.build();
    }

    private String javadoc(RecordShape shape, List<Component> components) {
        StringBuilder doc = new StringBuilder(
                shape.javadoc().isEmpty() ? "The {@code " + shape.name().simpleName() + "} model." : shape.javadoc());
        doc.append("\n");
        for (Component component : components) {
            if (component.doc() != null) {
                doc.append("\n@param ").append(component.name()).append(' ').append(component.doc());
            }
        }
        return doc.toString();
    }

    private List<Component> components(RecordShape shape) {
        List<Component> components = new ArrayList<>();
        for (Property property : shape.properties()) {
            TypeName base = types.of(property.type());
            boolean tristate = property.distinguishesNullFromAbsent();
            TypeName type = tristate
                    ? ParameterizedTypeName.get(types.support("JsonNullable"), base.box())
                    : JavaTypes.mayBeNull(property) ? types.nullable(base) : base;
            List<AnnotationSpec> annotations = new ArrayList<>();
            annotations.add(Annotations.property(property.jsonName()));
            if (tristate) {
                annotations.add(Annotations.include("NON_EMPTY"));
            } else if (property.nullable() && property.required()) {
                annotations.add(Annotations.include("ALWAYS"));
            }
            // @Deprecated on a record component also lands on the canonical constructor's
            // parameter, where javac warns that it has no effect; the builder setter carries the
            // annotation instead, and the Javadoc says it.
            String description = property.description().map(Javadocs::line).orElse(null);
            String doc = !property.deprecated()
                    ? description
                    : description == null ? "Deprecated." : "Deprecated. " + description;
            // A tristate's setter takes the bare value, null meaning JSON null.
            TypeName setterType = tristate ? types.nullable(base) : type;
            components.add(new Component(
                    shape.javaNames().get(property.jsonName()), type, setterType, property, annotations, doc));
        }
        TypeName values = types.of(shape.additional()).box();
        TypeName map = ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, values);
        components.add(new Component(
                shape.additionalName(),
                map,
                map,
                null,
                List.of(
                        AnnotationSpec.builder(Annotations.JSON_ANY_SETTER).build(),
                        AnnotationSpec.builder(Annotations.JSON_ANY_GETTER).build(),
                        Annotations.property(ADDITIONAL_JSON_NAME)),
                "properties the schema does not declare, kept as received (explicit nulls"
                        + " included) and written back"));
        return components;
    }

    private CodeBlock compactBody(List<Component> components) {
        CodeBlock.Builder body = CodeBlock.builder();
        for (Component component : components) {
            String name = component.name();
            if (component.property() == null) {
                body.addStatement("$L = $T.copyOf($L)", name, types.support("AdditionalProperties"), name);
            } else if (component.isTristate()) {
                body.addStatement(
                        "$L = $L == null ? $T.undefined() : $L", name, name, types.support("JsonNullable"), name);
            } else if (component.property().type() instanceof ArrayType) {
                body.addStatement(
                        "$L = $L == null ? null : $T.unmodifiableList(new $T<>($L))",
                        name,
                        name,
                        Collections.class,
                        ArrayList.class,
                        name);
            } else if (component.property().type() instanceof MapType) {
                body.addStatement(
                        "$L = $L == null ? null : $T.unmodifiableMap(new $T<>($L))",
                        name,
                        name,
                        Collections.class,
                        LinkedHashMap.class,
                        name);
            }
        }
        return body.build();
    }

    /**
     * One record component and what it came from ({@code property} is null for the
     * additional-properties map).
     *
     * @param setterType what the builder's setter takes: the component's type, or for a {@code
     *     JsonNullable} component the value it wraps
     */
    record Component(
            String name,
            TypeName type,
            TypeName setterType,
            Property property,
            List<AnnotationSpec> annotations,
            String doc) {

        ParameterSpec parameter() {
            return ParameterSpec.builder(type, name).addAnnotations(annotations).build();
        }

        boolean isTristate() {
            return property != null && property.distinguishesNullFromAbsent();
        }

        boolean isAdditional() {
            return property == null;
        }

        FieldSpec builderField() {
            return FieldSpec.builder(type, name, Modifier.PRIVATE).build();
        }
    }
}
