package dev.specpoet.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.ParameterStyle;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.OperationNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The request side of an operation: its Java parameters (required ones positional, optional ones
 * in a params class), its body, and the private method that turns them into an {@code ApiRequest}.
 */
final class RequestPlan {
    private final NamedModel named;
    private final JavaTypes types;
    private final OperationNames names;
    private final Operation operation;
    private final Optional<BodyChoice> body;

    RequestPlan(NamedModel named, JavaTypes types, OperationNames names) {
        this.named = named;
        this.types = types;
        this.names = names;
        this.operation = names.operation();
        this.body = operation.requestBody().flatMap(requestBody -> BodyChoice.of(requestBody.contents()));
    }

    /** The positional parameters: required parameters, then the body. */
    List<ParameterSpec> arguments() {
        List<ParameterSpec> arguments = new ArrayList<>();
        for (Parameter parameter : OperationEmitter.requiredInOrder(operation)) {
            arguments.add(ParameterSpec.builder(types.of(parameter.type()), names.parameter(parameter))
                    .build());
        }
        names.body()
                .ifPresent(name ->
                        arguments.add(ParameterSpec.builder(bodyType(), name).build()));
        return arguments;
    }

    /** The positional parameters followed by the optional-parameters object, when there is one. */
    List<ParameterSpec> argumentsWithParams() {
        List<ParameterSpec> arguments = arguments();
        names.paramsClass()
                .ifPresent(type ->
                        arguments.add(ParameterSpec.builder(type, "params").build()));
        return arguments;
    }

    Optional<BodyChoice> body() {
        return body;
    }

    /** The Java type of the request body. */
    TypeName bodyType() {
        if (body.isEmpty()) {
            return JavaTypes.OBJECT;
        }
        BodyChoice choice = body.get();
        return switch (choice.encoding()) {
            case BINARY -> ArrayTypeName.of(TypeName.BYTE);
            case TEXT -> JavaTypes.STRING;
            case FORM, MULTIPART ->
                choice.type()
                        .map(types::of)
                        .orElse(ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, JavaTypes.OBJECT));
            case JSON -> choice.type().map(types::of).orElse(JavaTypes.OBJECT);
        };
    }

    Optional<TypeSpec> paramsClass() {
        return names.paramsClass().map(type -> new ParamsClassEmitter(types, names).emit(type, optionalParameters()));
    }

    List<Parameter> optionalParameters() {
        return operation.parameters().stream().filter(p -> !p.required()).toList();
    }

    MethodSpec requestMethod(TypeName responseBody) {
        ClassName apiRequest = types.support("ApiRequest");
        TypeName builderType = ParameterizedTypeName.get(apiRequest.nestedClass("Builder"), responseBody);
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.method() + "Request")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(apiRequest, responseBody))
                .addParameters(argumentsWithParams());
        CodeBlock.Builder chain =
                CodeBlock.builder().add("$T request = $T.builder($L)$>$>", builderType, apiRequest, names.constant());
        for (Parameter parameter : OperationEmitter.requiredInOrder(operation)) {
            chain.add("\n$L", parameterCall(parameter, CodeBlock.of("$L", names.parameter(parameter))));
        }
        method.addStatement("$L$<$<", chain.build());
        if (names.paramsClass().isPresent()) {
            method.beginControlFlow("if (params != null)");
            for (Parameter parameter : optionalParameters()) {
                method.addStatement(
                        "request$L", parameterCall(parameter, CodeBlock.of("params.$L()", names.parameter(parameter))));
            }
            method.endControlFlow();
        }
        names.body().ifPresent(name -> new BodyWriter(named, types).write(method, body.get(), name));
        return method.addStatement("return request.build()").build();
    }

    private CodeBlock parameterCall(Parameter parameter, CodeBlock value) {
        return switch (parameter.location()) {
            case PATH -> CodeBlock.of(".pathParam($S, $L)", parameter.name(), value);
            case HEADER -> CodeBlock.of(".header($S, $L)", parameter.name(), value);
            case COOKIE -> CodeBlock.of(".cookie($S, $L)", parameter.name(), value);
            case QUERY ->
                parameter.style() == ParameterStyle.FORM && parameter.explode()
                        ? CodeBlock.of(".queryParam($S, $L)", parameter.name(), value)
                        : CodeBlock.of(
                                ".queryParam($S, $L, $T.$L, $L)",
                                parameter.name(),
                                value,
                                types.support("ApiRequest").nestedClass("ParamStyle"),
                                queryStyle(parameter.style()),
                                parameter.explode());
        };
    }

    private static String queryStyle(ParameterStyle style) {
        return switch (style) {
            case SPACE_DELIMITED -> "SPACE_DELIMITED";
            case PIPE_DELIMITED -> "PIPE_DELIMITED";
            case DEEP_OBJECT -> "DEEP_OBJECT";
            default -> "FORM";
        };
    }

    static String join(List<ParameterSpec> parameters) {
        return parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }
}
