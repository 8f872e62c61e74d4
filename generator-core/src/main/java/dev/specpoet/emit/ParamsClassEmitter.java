package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.bind.Argument;
import dev.specpoet.bind.ParamsBinding;
import dev.specpoet.model.Parameter;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits the record that carries an operation's optional parameters, with a builder, so calls
 * with many optional query or header parameters stay readable.
 */
final class ParamsClassEmitter {
    private final JavaTypes types;
    private final String method;

    /** @param method the operation's plain method, which takes the record */
    ParamsClassEmitter(JavaTypes types, String method) {
        this.types = types;
        this.method = method;
    }

    TypeSpec emit(ParamsBinding params) {
        ClassName type = params.type();
        ClassName builder = type.nestedClass("Builder");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        StringBuilder doc =
                new StringBuilder("The optional parameters of {@code " + method + "}; unset ones are not sent.\n");
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@link $T}.", type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        for (Argument argument : params.parameters()) {
            Parameter parameter = argument.parameter().orElseThrow();
            String name = argument.name();
            // An unset parameter is null, and is not sent.
            TypeName javaType = argument.optional() ? types.nullable(argument.type()) : argument.type();
            constructor.addParameter(ParameterSpec.builder(javaType, name).build());
            String description = parameter
                    .description()
                    .map(Javadocs::line)
                    .orElse(parameter.location().name().toLowerCase(java.util.Locale.ROOT) + " parameter {@code "
                            + Javadocs.line(parameter.name()) + "}");
            doc.append("\n@param ").append(name).append(' ').append(description);
            builderType.addField(
                    FieldSpec.builder(javaType, name, Modifier.PRIVATE).build());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                    .addJavadoc("$L", description)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(javaType, name)
                    .addStatement("this.$L = $L", name, name)
                    .addStatement("return this");
            if (parameter.deprecated()) {
                setter.addAnnotation(Deprecated.class);
            }
            builderType.addMethod(setter.build());
        }
        String arguments = params.parameters().stream().map(Argument::name).collect(Collectors.joining(", "));
        builderType.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return new $T($L)", type, arguments)
                .build());
        return TypeSpec.recordBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("$L", doc.toString())
                .recordConstructor(constructor.build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder with no parameter set.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addType(builderType.build())
                .build();
    }
}
