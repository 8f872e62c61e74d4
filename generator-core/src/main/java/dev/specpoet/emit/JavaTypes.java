package dev.specpoet.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.api.JacksonEdition;
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

    private final JavaTypeNames typeNames;
    private final String support;
    private final JacksonNames jackson;

    /** The types of a Jackson 2 client. */
    public JavaTypes(NamedModel named) {
        this(named, JacksonEdition.JACKSON_2);
    }

    public JavaTypes(NamedModel named, JacksonEdition jackson) {
        this.typeNames = new JavaTypeNames(named);
        this.support = named.runtimePackage();
        this.jackson = JacksonNames.of(jackson);
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
