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
            type.addAnnotation(Annotations.plainDeserializer(types.jackson()));
        }
        if (enumeration.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        ClassName known = self.nestedClass(knownName(self));
        TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(known)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The values the spec lists, as a Java enum for an exhaustive {@code switch}: see {@link $T#known()}.",
                        self);
        for (EnumDef.EnumValue constant : enumeration.values()) {
            String member = names.member(constant.text());
            knownEnum.addEnumConstant(member);
            FieldSpec.Builder field = FieldSpec.builder(self, member, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer(
                            "new $T($L, $T.$L)", self, literal(enumeration.base(), constant.text()), known, member);
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
        type.addField(FieldSpec.builder(known, "known", Modifier.PRIVATE, Modifier.FINAL)
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(value, "value")
                .addParameter(known, "known")
                .addStatement("super(value, known != null)")
                .addStatement("this.known = known")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for {@code value}, or a new unknown value that keeps it.")
                .addAnnotation(Annotations.JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(value, "value")
                .addStatement("$T constant = BY_VALUE.get(value)", self)
                .addStatement("return constant != null ? constant : new $T(value, null)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("values")
                .addJavadoc("The values the spec lists, in its order.")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(JavaTypes.LIST, self))
                .addStatement("return $T.copyOf(BY_VALUE.values())", List.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("known")
                .addJavadoc("This value as a {@link $T} constant, for an exhaustive {@code switch}.\n\n", known)
                .addJavadoc(
                        "@throws IllegalStateException if the spec does not list this value: check {@link #isKnown()}"
                                + " first\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(known)
                .addStatement("return requireKnown(known)")
                .build());
        type.addType(knownEnum.build());
        members.accept(type);
        return type.build();
    }

    /**
     * {@code Known}, unless the enum or a type around it (a nested enum's owner) already has that
     * name, which a member type may not repeat; then {@code KnownValue}, {@code KnownValue2}, ...
     */
    private static String knownName(ClassName self) {
        List<String> taken = self.simpleNames();
        String name = "Known";
        for (int suffix = 1; taken.contains(name); suffix++) {
            name = suffix == 1 ? "KnownValue" : "KnownValue" + suffix;
        }
        return name;
    }

    private static String javadoc(EnumDef enumeration, ClassName self) {
        String text = Javadocs.paragraphs(enumeration.title(), enumeration.description());
        String lead = text.isEmpty() ? "The {@code " + self.simpleName() + "} values." : text;
        return lead + "\n\n<p>Values the spec does not list are kept: {@link #isKnown()} tells them apart,"
                + "\nand {@link #known()} turns a listed one into a Java enum constant.";
    }

    private static CodeBlock literal(ScalarType.Scalar base, String text) {
        return switch (base) {
            case INT32 -> CodeBlock.of("$L", new java.math.BigDecimal(text).intValueExact());
            case INT64 -> CodeBlock.of("$LL", new java.math.BigDecimal(text).longValueExact());
            default -> CodeBlock.of("$S", text);
        };
    }
}
