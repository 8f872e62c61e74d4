package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits a record's nested {@code Builder}: one setter per component, required properties checked
 * in {@code build()}, a discriminator preset to the variant's value.
 */
final class RecordBuilderEmitter {
    private final RecordShape shape;
    private final List<RecordEmitter.Component> components;
    private final ClassName builder;

    RecordBuilderEmitter(RecordShape shape, List<RecordEmitter.Component> components, ClassName builder) {
        this.shape = shape;
        this.components = components;
        this.builder = builder;
    }

    TypeSpec emit() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@link $T} values.", shape.name())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder empty = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        MethodSpec.Builder copy =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(shape.name(), "source");
        for (RecordEmitter.Component component : components) {
            type.addField(field(component));
            if (component.isAdditional()) {
                copy.addStatement("this.$L.putAll(source.$L())", component.name(), component.name());
            } else {
                copy.addStatement("this.$L = source.$L()", component.name(), component.name());
            }
            CodeBlock preset = shape.builderDefaults().get(component.name());
            if (preset != null) {
                empty.addStatement("this.$L = $L", component.name(), preset);
            }
        }
        type.addMethod(empty.build()).addMethod(copy.build());
        for (RecordEmitter.Component component : components) {
            setters(component).forEach(type::addMethod);
        }
        type.addMethod(build());
        return type.build();
    }

    private FieldSpec field(RecordEmitter.Component component) {
        FieldSpec.Builder field = FieldSpec.builder(component.type(), component.name(), Modifier.PRIVATE);
        if (component.isAdditional()) {
            field.addModifiers(Modifier.FINAL).initializer("new $T<>()", LinkedHashMap.class);
        } else if (component.isTristate()) {
            field.initializer("$T.undefined()", ((ParameterizedTypeName) component.type()).rawType());
        }
        return field.build();
    }

    private List<MethodSpec> setters(RecordEmitter.Component component) {
        if (component.isAdditional()) {
            TypeName values =
                    ((ParameterizedTypeName) component.type()).typeArguments().get(1);
            return List.of(
                    MethodSpec.methodBuilder("additionalProperty")
                            .addJavadoc("Adds a property the schema does not declare.")
                            .addModifiers(Modifier.PUBLIC)
                            .returns(builder)
                            .addParameter(String.class, "name")
                            .addParameter(values, "value")
                            .addStatement("this.$L.put(name, value)", component.name())
                            .addStatement("return this")
                            .build(),
                    MethodSpec.methodBuilder(component.name())
                            .addJavadoc("Adds properties the schema does not declare.")
                            .addModifiers(Modifier.PUBLIC)
                            .returns(builder)
                            .addParameter(
                                    ParameterizedTypeName.get(
                                            JavaTypes.MAP, JavaTypes.STRING, WildcardTypeName.subtypeOf(values)),
                                    "values")
                            .addStatement("this.$L.putAll(values)", component.name())
                            .addStatement("return this")
                            .build());
        }
        MethodSpec.Builder setter = MethodSpec.methodBuilder(component.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder);
        if (component.doc() != null) {
            setter.addJavadoc("$L", component.doc());
        }
        if (component.property().deprecated()) {
            setter.addAnnotation(Deprecated.class);
        }
        if (component.isTristate()) {
            ClassName nullable = ((ParameterizedTypeName) component.type()).rawType();
            setter.addParameter(component.setterType(), component.name())
                    .addStatement(
                            "this.$L = $L == null ? $T.nullValue() : $T.of($L)",
                            component.name(),
                            component.name(),
                            nullable,
                            nullable,
                            component.name());
        } else {
            setter.addParameter(component.type(), component.name())
                    .addStatement("this.$L = $L", component.name(), component.name());
        }
        return List.of(setter.addStatement("return this").build());
    }

    private MethodSpec build() {
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the record.")
                .addModifiers(Modifier.PUBLIC)
                .returns(shape.name());
        boolean checks = false;
        for (RecordEmitter.Component component : components) {
            if (!component.isAdditional()
                    && component.property().required()
                    && !component.property().nullable()
                    && !component.property().readOnly()) {
                checks = true;
                build.beginControlFlow("if ($L == null)", component.name())
                        .addStatement(
                                "throw new $T($S)",
                                IllegalStateException.class,
                                "Missing required property '"
                                        + component.property().jsonName() + "' of "
                                        + shape.name().simpleName())
                        .endControlFlow();
            }
        }
        if (checks) {
            // Only a builder that checks says it throws: the Javadoc of the others would promise a failure never
            // raised.
            build.addJavadoc("\n\n@throws $T if a required property is missing", IllegalStateException.class);
        }
        String arguments =
                components.stream().map(RecordEmitter.Component::name).collect(Collectors.joining(", "));
        return build.addStatement("return new $T($L)", shape.name(), arguments).build();
    }
}
