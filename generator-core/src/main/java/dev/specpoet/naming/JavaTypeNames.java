package dev.specpoet.naming;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.MapType;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.TypeRef;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Java type of each model type in one client: scalars to JDK types, arrays to lists, maps to
 * string-keyed maps, named schemas to their classes. The binding and the emitters both ask here,
 * so a type reads the same in a signature, a record and the docs.
 */
public final class JavaTypeNames {
    private final NamedModel named;

    public JavaTypeNames(NamedModel named) {
        this.named = named;
    }

    /** The Java type of a model type. */
    public TypeName of(TypeRef type) {
        if (type instanceof ScalarType scalar) {
            return scalar(scalar.scalar());
        }
        if (type instanceof ArrayType array) {
            return ParameterizedTypeName.get(ClassName.get(List.class), of(array.items()));
        }
        if (type instanceof MapType map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), of(map.values()));
        }
        return named.className((NamedType) type);
    }

    private TypeName scalar(ScalarType.Scalar scalar) {
        return switch (scalar) {
            case STRING -> ClassName.get(String.class);
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
            case BINARY -> ClassName.get(named.runtimePackage(), "FilePart");
            case ANY -> ClassName.get(Object.class);
        };
    }
}
