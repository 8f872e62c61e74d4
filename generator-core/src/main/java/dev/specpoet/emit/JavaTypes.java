package dev.specpoet.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.MapType;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.TypeRef;
import dev.specpoet.naming.NamedModel;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maps model types to Java types, and names the support classes the generated code uses; public so
 * the documentation shows exactly the types the code declares.
 */
public final class JavaTypes {
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName OBJECT = ClassName.get(Object.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);
    static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

    private final NamedModel named;
    private final String support;

    public JavaTypes(NamedModel named) {
        this.named = named;
        this.support = named.supportPackage();
    }

    /** A support class copied into the client's base package, such as {@code ApiResponse}. */
    public ClassName support(String simpleName) {
        return ClassName.get(support, simpleName);
    }

    public TypeName of(TypeRef type) {
        if (type instanceof ScalarType scalar) {
            return scalar(scalar.scalar());
        }
        if (type instanceof ArrayType array) {
            return ParameterizedTypeName.get(LIST, of(array.items()));
        }
        if (type instanceof MapType map) {
            return ParameterizedTypeName.get(MAP, STRING, of(map.values()));
        }
        return named.className((NamedType) type);
    }

    private TypeName scalar(ScalarType.Scalar scalar) {
        return switch (scalar) {
            case STRING -> STRING;
            case INT32 -> ClassName.get(Integer.class);
            case INT64 -> ClassName.get(Long.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case DATE -> ClassName.get(LocalDate.class);
            case DATE_TIME -> ClassName.get(OffsetDateTime.class);
            case UUID -> ClassName.get(UUID.class);
            case URI -> ClassName.get(URI.class);
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
            case BINARY -> support("FilePart");
            case ANY -> OBJECT;
        };
    }

    /** True for types whose values are compared by identity in a record's default equals. */
    static boolean isArray(TypeName type) {
        return type instanceof ArrayTypeName;
    }

    /**
     * An expression for Jackson's view of a type: {@code Pet.class}, or {@code new
     * TypeReference<List<Pet>>() {}} for generic types.
     */
    static CodeBlock typeToken(TypeName type) {
        if (type instanceof ParameterizedTypeName) {
            return CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type);
        }
        return CodeBlock.of("$T.class", type);
    }
}
