package dev.specpoet.docs;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.emit.JavaTypes;
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
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Java expressions that build an example value of a type, for the examples in the docs: models
 * through their builders with the required properties set, enums as their first constant, unions
 * as their first alternative.
 */
final class ExampleValues {
    /** Deep enough to show a nested model; shallow enough that recursive schemas end. */
    private static final int MAX_DEPTH = 3;

    private final NamedModel named;
    private final JavaTypes types;

    ExampleValues(NamedModel named, JavaTypes types) {
        this.named = named;
        this.types = types;
    }

    /** An expression of {@code type}; {@code hint} names the value, as in {@code "companyId_example"}. */
    String of(TypeRef type, String hint, Optional<JsonValue> example, JavaSnippet code) {
        return of(type, hint, example, code, 0);
    }

    /** An expression for a Java type that was not made from a schema (raw or text bodies). */
    String of(TypeName type, String hint, JavaSnippet code) {
        if (type.equals(ClassName.get(String.class))) {
            return JavaSnippet.literal(hint + "_example");
        }
        if (type instanceof ArrayTypeName) {
            return "new byte[0]";
        }
        if (type instanceof ParameterizedTypeName generic && generic.rawType().equals(ClassName.get(Map.class))) {
            return code.type(ClassName.get(Map.class)) + ".of()";
        }
        if (type.equals(ClassName.get(Object.class))) {
            return "new Object()";
        }
        return "(" + code.type(type) + ") null";
    }

    private String of(TypeRef type, String hint, Optional<JsonValue> example, JavaSnippet code, int depth) {
        if (type instanceof ScalarType scalar) {
            return scalar(scalar.scalar(), hint, example, code);
        }
        if (type instanceof ArrayType array) {
            return code.type(ClassName.get(List.class)) + ".of("
                    + of(array.items(), hint, Optional.empty(), code, depth + 1) + ")";
        }
        if (type instanceof MapType map) {
            return code.type(ClassName.get(Map.class)) + ".of(\"key\", "
                    + of(map.values(), hint, Optional.empty(), code, depth + 1) + ")";
        }
        return named((NamedType) type, hint, code, depth);
    }

    private String named(NamedType type, String hint, JavaSnippet code, int depth) {
        SchemaDef definition = named.definition(type.id());
        TypeNames names = named.names(type.id());
        String className = code.type(names.className());
        if (definition instanceof EnumDef enumeration) {
            return enumeration.values().isEmpty()
                    ? "(" + className + ") null"
                    : className + "." + names.member(enumeration.values().get(0).text());
        }
        if (definition instanceof UnionDef union) {
            if (union.variants().isEmpty() || depth >= MAX_DEPTH) {
                return "(" + className + ") null";
            }
            TypeRef variant = union.variants().get(0).type();
            String wrapper = names.wrappers().get(variant);
            String value = of(variant, hint, Optional.empty(), code, depth + 1);
            return wrapper == null ? value : "new " + className + "." + wrapper + "(" + value + ")";
        }
        StringBuilder builder = new StringBuilder(className).append(".builder()");
        if (depth < MAX_DEPTH) {
            for (Property property : ((ObjectDef) definition).properties()) {
                if (property.required() && !property.readOnly()) {
                    builder.append('.')
                            .append(names.member(property.jsonName()))
                            .append('(')
                            .append(of(property.type(), property.jsonName(), property.example(), code, depth + 1))
                            .append(')');
                }
            }
        }
        return builder.append(".build()").toString();
    }

    private String scalar(ScalarType.Scalar scalar, String hint, Optional<JsonValue> example, JavaSnippet code) {
        Optional<String> text = example.filter(JsonValue.Text.class::isInstance).map(v -> ((JsonValue.Text) v).value());
        return switch (scalar) {
            case STRING -> JavaSnippet.literal(text.orElse(hint + "_example"));
            case INT32 -> "56";
            case INT64 -> "789L";
            case FLOAT -> "3.4f";
            case DOUBLE -> "3.4";
            case DECIMAL -> "new " + code.type(ClassName.get(BigDecimal.class)) + "(\"12.50\")";
            case BOOLEAN -> "true";
            case DATE -> code.type(ClassName.get(LocalDate.class)) + ".parse(\"2024-01-31\")";
            case DATE_TIME -> code.type(ClassName.get(OffsetDateTime.class)) + ".parse(\"2024-01-31T10:15:30Z\")";
            case UUID -> code.type(ClassName.get(UUID.class)) + ".fromString(\"00000000-0000-0000-0000-000000000001\")";
            case URI -> code.type(ClassName.get(URI.class)) + ".create(\"https://example.com\")";
            case BYTES -> "new byte[0]";
            case BINARY -> code.type(types.support("FilePart")) + ".of(\"file.bin\", new byte[0])";
            case ANY -> JavaSnippet.literal(hint + "_example");
        };
    }
}
