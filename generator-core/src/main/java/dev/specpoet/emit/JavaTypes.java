package dev.specpoet.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.model.Property;
import dev.specpoet.model.TypeRef;
import dev.specpoet.naming.JavaTypeNames;
import dev.specpoet.naming.NamedModel;
import java.util.List;
import java.util.Map;

/**
 * Maps model types to Java types, and names the support classes the generated code uses; public so
 * the documentation shows exactly the types the code declares.
 */
public final class JavaTypes {
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName OBJECT = ClassName.get(Object.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);
    /** JSpecify's type-use annotation: the value may be null. */
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

    private final JavaTypeNames typeNames;
    private final String support;
    private final JacksonNames jackson;
    private final AnnotationSpec nullable;

    /** The types of a Jackson 2 client. */
    public JavaTypes(NamedModel named) {
        this(named, JacksonEdition.JACKSON_2);
    }

    /** The types of a client with JSpecify's {@code @Nullable} on what may be null. */
    public JavaTypes(NamedModel named, JacksonEdition jackson) {
        this(named, jackson, true);
    }

    /** @param nullableAnnotations whether what may be null carries JSpecify's {@code @Nullable} */
    public JavaTypes(NamedModel named, JacksonEdition jackson, boolean nullableAnnotations) {
        this.typeNames = new JavaTypeNames(named);
        this.support = named.runtimePackage();
        this.jackson = JacksonNames.of(jackson);
        this.nullable = nullableAnnotations ? AnnotationSpec.builder(NULLABLE).build() : null;
    }

    /** The Jackson databind and core types of the client's Jackson edition. */
    JacksonNames jackson() {
        return jackson;
    }

    /** A support class copied into the client's base package, such as {@code ApiResponse}. */
    public ClassName support(String simpleName) {
        return ClassName.get(support, simpleName);
    }

    public TypeName of(TypeRef type) {
        return typeNames.of(type);
    }

    /**
     * {@code type} marked as one whose value may be null: annotated with {@code @Nullable} when the
     * client carries the annotations, else as it is. A type-use annotation, so JavaPoet puts it where
     * Java wants it: before the simple name of a nested or qualified class, before the brackets of an
     * array ({@code byte @Nullable []}). Primitives are never null and stay bare.
     */
    TypeName nullable(TypeName type) {
        return nullable == null || type.isPrimitive() ? type : type.annotated(nullable);
    }

    /**
     * Whether a record component of this property may hold null: an optional property (unless a
     * {@code JsonNullable} carries it, which is never null), a nullable one, and a read-only one,
     * which a built request leaves out; only what the builder insists on is never null.
     */
    static boolean mayBeNull(Property property) {
        return !property.distinguishesNullFromAbsent()
                && (!property.required() || property.nullable() || property.readOnly());
    }

    /** True for types whose values are compared by identity in a record's default equals. */
    static boolean isArray(TypeName type) {
        return type instanceof ArrayTypeName;
    }

    /**
     * An expression for Jackson's view of a type: {@code Pet.class}, or {@code new
     * TypeReference<List<Pet>>() {}} for generic types.
     */
    CodeBlock typeToken(TypeName type) {
        if (type instanceof ParameterizedTypeName) {
            return CodeBlock.of("new $T<$T>() {}", jackson.typeReference(), type);
        }
        return CodeBlock.of("$T.class", type);
    }
}
