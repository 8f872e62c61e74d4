package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits the exception thrown when a response carries a declared error schema, so callers catch
 * {@code RestServiceErrorException} and read a typed {@code error()} without casting.
 */
final class ErrorEmitter {
    private final JavaTypes types;

    ErrorEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(ClassName exception, ClassName errorType) {
        return TypeSpec.classBuilder(exception)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(types.support("ApiException"))
                .addJavadoc("Thrown when an operation answers with an error status and a {@link $T} body.", errorType)
                .addField(FieldSpec.builder(
                                TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Wraps a decoded error body; the client calls this, callers catch it.")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(types.support("ErrorResponse"), "response")
                        .addParameter(errorType, "error")
                        .addStatement("super(response, error)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("error")
                        .addJavadoc("The decoded error body.")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(errorType)
                        .addStatement("return ($T) errorBody()", errorType)
                        .build())
                .build();
    }
}
