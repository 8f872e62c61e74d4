package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.bind.Argument;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.ParameterStyle;
import dev.specpoet.naming.NamedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The request side of an operation as code: its Java parameters as the binding orders them, the
 * optional-parameters class, and the private method that turns them into an {@code ApiRequest}.
 */
final class RequestPlan {
    private final NamedModel named;
    private final JavaTypes types;
    private final OperationBinding binding;

    RequestPlan(NamedModel named, JavaTypes types, OperationBinding binding) {
        this.named = named;
        this.types = types;
        this.binding = binding;
    }

    /** The positional parameters: required parameters, then the body. */
    List<ParameterSpec> arguments() {
        List<ParameterSpec> arguments = new ArrayList<>();
        for (Argument argument : binding.arguments()) {
            TypeName type = argument.optional() ? types.nullable(argument.type()) : argument.type();
            arguments.add(ParameterSpec.builder(type, argument.name()).build());
        }
        return arguments;
    }

    /** The positional parameters followed by the optional-parameters object, when there is one. */
    List<ParameterSpec> argumentsWithParams() {
        List<ParameterSpec> arguments = arguments();
        binding.params()
                .ifPresent(params -> arguments.add(
                        // Null is no optional parameter: the overload without it passes null.
                        ParameterSpec.builder(types.nullable(params.type()), "params")
                                .build()));
        return arguments;
    }

    Optional<TypeSpec> paramsClass() {
        return binding.params().map(params -> new ParamsClassEmitter(types, binding.method()).emit(params));
    }

    MethodSpec requestMethod(TypeName responseBody) {
        ClassName apiRequest = types.support("ApiRequest");
        TypeName builderType = ParameterizedTypeName.get(apiRequest.nestedClass("Builder"), responseBody);
        MethodSpec.Builder method = MethodSpec.methodBuilder(binding.method() + "Request")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(apiRequest, responseBody))
                .addParameters(argumentsWithParams());
        // Without optional parameters or a body, nothing is conditional: one chain builds the request.
        boolean chained = binding.params().isEmpty() && binding.bodyArgument().isEmpty();
        CodeBlock.Builder chain = chained
                ? CodeBlock.builder()
                        .add(
                                "return $T.builder($L)$>$>",
                                apiRequest,
                                binding.names().constant())
                : CodeBlock.builder()
                        .add(
                                "$T request = $T.builder($L)$>$>",
                                builderType,
                                apiRequest,
                                binding.names().constant());
        for (Argument argument : binding.arguments()) {
            argument.parameter()
                    .ifPresent(parameter ->
                            chain.add("\n$L", parameterCall(parameter, CodeBlock.of("$L", argument.name()))));
        }
        if (chained) {
            return method.addStatement("$L\n.build()$<$<", chain.build()).build();
        }
        method.addStatement("$L$<$<", chain.build());
        if (binding.params().isPresent()) {
            method.beginControlFlow("if (params != null)");
            for (Argument argument : binding.optionalParameters()) {
                method.addStatement(
                        "request$L",
                        parameterCall(
                                argument.parameter().orElseThrow(), CodeBlock.of("params.$L()", argument.name())));
            }
            method.endControlFlow();
        }
        binding.bodyArgument()
                .ifPresent(body -> new BodyWriter(named)
                        .write(method, binding.requestBody().orElseThrow(), body.name()));
        return method.addStatement("return request.build()").build();
    }

    private CodeBlock parameterCall(Parameter parameter, CodeBlock value) {
        return switch (parameter.location()) {
            case PATH -> CodeBlock.of(".pathParam($S, $L)", parameter.name(), value);
            case HEADER -> CodeBlock.of(".header($S, $L)", parameter.name(), value);
            case COOKIE -> CodeBlock.of(".cookie($S, $L)", parameter.name(), value);
            case QUERYSTRING ->
                CodeBlock.of(
                        ".queryString($S, $L, $S)",
                        parameter.name(),
                        value,
                        parameter.mediaType().orElseThrow());
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
}
