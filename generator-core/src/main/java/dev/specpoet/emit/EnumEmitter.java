package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.ScalarType;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.TypeNames;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits a forward-compatible enum: a final class with one constant per listed value, where a value
 * the spec does not list still decodes, keeps its raw value and is written back unchanged.
 */
final class EnumEmitter {
    private final NamedModel named;
    private final JavaTypes types;

    EnumEmitter(NamedModel named, JavaTypes types) {
        this.named = named;
        this.types = types;
    }

    TypeSpec emit(EnumDef enumeration) {
        return emit(enumeration, type -> {});
    }

    /** The enum's class, with {@code members} (nested types, say) added to it before it is built. */
    TypeSpec emit(EnumDef enumeration, Consumer<TypeSpec.Builder> members) {
        TypeNames names = named.names(enumeration.id());
        ClassName self = names.className();
        TypeName value = switch (enumeration.base()) {
            case INT32 -> ClassName.get(Integer.class);
            case INT64 -> ClassName.get(Long.class);
            default -> JavaTypes.STRING;
        };
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(types.support("OpenEnum"), value))
                .addJavadoc("$L", javadoc(enumeration, self));
        names.implemented()
                .forEach(union -> type.addSuperinterface(named.names(union).className()));
        if (!names.implemented().isEmpty()) {
            type.addAnnotation(Annotations.plainDeserializer());
        }
        if (enumeration.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        for (EnumDef.EnumValue constant : enumeration.values()) {
            FieldSpec.Builder field = FieldSpec.builder(
                            self, names.member(constant.text()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($L, true)", self, literal(enumeration.base(), constant.text()));
            field.addJavadoc(
                    "$L",
                    constant.description()
                            .map(Javadocs::text)
                            .orElse("The value {@code " + Javadocs.line(constant.text()) + "}."));
            type.addField(field.build());
        }
        String constants =
                enumeration.values().stream().map(v -> names.member(v.text())).collect(Collectors.joining(", "));
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(JavaTypes.MAP, value, self),
                        "BY_VALUE",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("index($L)", constants)
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(value, "value")
                .addParameter(TypeName.BOOLEAN, "known")
                .addStatement("super(value, known)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for {@code value}, or a new unknown value that keeps it.")
                .addAnnotation(Annotations.JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(value, "value")
                .addStatement("$T constant = BY_VALUE.get(value)", self)
                .addStatement("return constant != null ? constant : new $T(value, false)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("values")
                .addJavadoc("The values the spec lists, in its order.")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(JavaTypes.LIST, self))
                .addStatement("return $T.copyOf(BY_VALUE.values())", List.class)
                .build());
        members.accept(type);
        return type.build();
    }

    private static String javadoc(EnumDef enumeration, ClassName self) {
        String text = Javadocs.paragraphs(enumeration.title(), enumeration.description());
        String lead = text.isEmpty() ? "The {@code " + self.simpleName() + "} values." : text;
        return lead + "\n\n<p>Values the spec does not list are kept: {@link #isKnown()} tells them apart.";
    }

    private static CodeBlock literal(ScalarType.Scalar base, String text) {
        return switch (base) {
            case INT32 -> CodeBlock.of("$L", new java.math.BigDecimal(text).intValueExact());
            case INT64 -> CodeBlock.of("$LL", new java.math.BigDecimal(text).longValueExact());
            default -> CodeBlock.of("$S", text);
        };
    }
}
