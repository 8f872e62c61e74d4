package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.MapType;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.TypeRef;
import dev.specpoet.model.UnionDef;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.TypeNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Emits a union's nested {@code Deserializer}: the variants, how to recognise each, the fallback. */
final class UnionVariants {
    private final NamedModel named;
    private final JavaTypes types;

    UnionVariants(NamedModel named, JavaTypes types) {
        this.named = named;
        this.types = types;
    }

    TypeSpec deserializer(UnionDef union, TypeNames names, ClassName deserializer, ClassName unknown) {
        ClassName self = names.className();
        ClassName variantType = types.support("UnionVariant");
        TypeName variantOfSelf = ParameterizedTypeName.get(variantType, WildcardTypeName.subtypeOf(self));
        List<UnionDef.Variant> ordered = new ArrayList<>(union.variants());
        ordered.sort(Comparator.comparingInt(v -> priority(v.type())));
        CodeBlock list =
                ordered.stream().map(variant -> variant(variant, names, self)).collect(CodeBlock.joining(",\n"));
        CodeBlock fallback = union.kind() == UnionDef.Kind.INHERITANCE
                ? CodeBlock.of(
                        "$T.of($T.class, $T.OBJECT, $T.of(), $T.of())",
                        variantType,
                        unknown,
                        kind(),
                        List.class,
                        List.class)
                : CodeBlock.of(
                        "$T.wrapping($T.class, $T.ANY, $T::new)",
                        variantType,
                        types.jackson().jsonNode(),
                        kind(),
                        unknown);
        CodeBlock discriminator =
                union.discriminator().map(d -> CodeBlock.of("$S", d)).orElse(CodeBlock.of("null"));
        // OpenAPI 3.2's defaultMapping: a missing or unclaimed discriminator value picks this variant.
        CodeBlock defaultVariant = union.defaultVariant()
                .flatMap(type -> union.variants().stream()
                        .filter(v -> v.type().equals(type))
                        .findFirst())
                .map(variant -> CodeBlock.of(",\n$L", variant(variant, names, self)))
                .orElse(CodeBlock.of(""));
        return TypeSpec.classBuilder(deserializer)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(types.support("UnionDeserializer"), self))
                .addJavadoc("Reads a {@link $T} from JSON.", self)
                .addField(FieldSpec.builder(
                                TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addCode(
                                "super($T.class, $L, $T.<$T>of(\n$>$L$<),\n$L$L);\n",
                                self,
                                discriminator,
                                List.class,
                                variantOfSelf,
                                list,
                                fallback,
                                defaultVariant)
                        .build())
                .build();
    }

    private CodeBlock variant(UnionDef.Variant variant, TypeNames names, ClassName self) {
        ClassName variantType = types.support("UnionVariant");
        String wrapper = names.wrappers().get(variant.type());
        if (wrapper != null) {
            return CodeBlock.of(
                    "$T.wrapping($L, $T.$L, $T::new)",
                    variantType,
                    types.typeToken(types.of(variant.type())),
                    kind(),
                    kindOf(variant.type()),
                    self.nestedClass(wrapper));
        }
        NamedType type = (NamedType) variant.type();
        CodeBlock.Builder code = CodeBlock.builder()
                .add(
                        "$T.of($T.class, $T.$L, $L, $L)",
                        variantType,
                        named.className(type),
                        kind(),
                        kindOf(type),
                        strings(variant.discriminatorValues()),
                        strings(required(type)));
        if (named.definition(type.id()) instanceof ObjectDef object) {
            for (Property property : object.properties()) {
                property.tag()
                        .flatMap(UnionVariants::literal)
                        .ifPresent(value -> code.add("\n$>.tagged($S, $L)$<", property.jsonName(), value));
            }
            if (object.isClosed()) {
                List<String> declared =
                        object.properties().stream().map(Property::jsonName).toList();
                code.add("\n$>.closed($L)$<", strings(declared));
            }
        }
        return code.build();
    }

    /** A tag as a Java literal the runtime compares JSON with; only scalar tags tell alternatives apart. */
    private static Optional<CodeBlock> literal(JsonValue value) {
        if (value instanceof JsonValue.Text text) {
            return Optional.of(CodeBlock.of("$S", text.value()));
        }
        if (value instanceof JsonValue.Bool bool) {
            return Optional.of(CodeBlock.of("$L", bool.value()));
        }
        if (value instanceof JsonValue.Number number) {
            BigDecimal decimal = number.value();
            if (number.isIntegral()
                    && decimal.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    && decimal.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
                return Optional.of(CodeBlock.of("$LL", decimal.longValueExact()));
            }
            return Optional.of(CodeBlock.of("new $T($S)", BigDecimal.class, decimal.toString()));
        }
        return Optional.empty();
    }

    private List<String> required(NamedType type) {
        SchemaDef definition = named.definition(type.id());
        if (!(definition instanceof ObjectDef object)) {
            return List.of();
        }
        return object.properties().stream()
                .filter(p -> p.required() && !p.writeOnly())
                .map(Property::jsonName)
                .toList();
    }

    private static CodeBlock strings(List<String> values) {
        return CodeBlock.of(
                "$T.of($L)",
                List.class,
                values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
    }

    private ClassName kind() {
        return types.support("JsonKind");
    }

    private String kindOf(TypeRef type) {
        if (type instanceof ArrayType) {
            return "ARRAY";
        }
        if (type instanceof MapType) {
            return "OBJECT";
        }
        if (type instanceof ScalarType scalar) {
            return switch (scalar.scalar()) {
                case INT32, INT64 -> "INTEGER";
                case FLOAT, DOUBLE, DECIMAL -> "NUMBER";
                case BOOLEAN -> "BOOLEAN";
                case ANY -> "ANY";
                default -> "STRING";
            };
        }
        SchemaDef definition = named.definition(((NamedType) type).id());
        if (definition instanceof ObjectDef) {
            return "OBJECT";
        }
        if (definition instanceof EnumDef enumeration) {
            return enumeration.base() == ScalarType.Scalar.STRING ? "STRING" : "INTEGER";
        }
        return "ANY";
    }

    /**
     * The order alternatives are tried in when nothing names the variant: strict string formats
     * before plain strings, plain strings before lenient ones (URIs, base64), anything-goes last.
     */
    private int priority(TypeRef type) {
        if (type instanceof ScalarType scalar) {
            return switch (scalar.scalar()) {
                case DATE_TIME -> 1;
                case DATE -> 2;
                case UUID -> 3;
                case STRING -> 5;
                case URI -> 6;
                case BYTES, BINARY -> 7;
                case ANY -> 9;
                default -> 4;
            };
        }
        if (type instanceof NamedType reference && named.definition(reference.id()) instanceof EnumDef) {
            return 0;
        }
        if (type instanceof NamedType reference && named.definition(reference.id()) instanceof UnionDef) {
            return 8;
        }
        return 4;
    }
}
