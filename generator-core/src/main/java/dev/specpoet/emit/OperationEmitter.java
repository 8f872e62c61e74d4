package dev.specpoet.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.OperationNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits everything one operation needs in its API class: the static operation description, the
 * plain method returning the body, its {@code WithResponse} companion, the async pair, the
 * private request builder, and the optional-parameters class.
 */
final class OperationEmitter {
    private final NamedModel named;
    private final JavaTypes types;
    private final OperationNames names;
    private final Operation operation;
    private final ResponsePlan responses;
    private final RequestPlan request;

    OperationEmitter(NamedModel named, JavaTypes types, OperationNames names) {
        this.named = named;
        this.types = types;
        this.names = names;
        this.operation = names.operation();
        this.responses = ResponsePlan.of(operation);
        this.request = new RequestPlan(named, types, names);
    }

    void addTo(TypeSpec.Builder api) {
        api.addField(constant());
        request.paramsClass().ifPresent(api::addType);
        TypeName body = bodyType();
        List<ParameterSpec> arguments = request.arguments();
        List<ParameterSpec> withParams = request.argumentsWithParams();
        String argumentList = names(arguments);
        String fullList = names(withParams);
        ParameterSpec options = ParameterSpec.builder(types.support("RequestOptions"), "options")
                .build();
        TypeName response = ParameterizedTypeName.get(types.support("ApiResponse"), body);
        boolean isVoid = body.equals(ClassName.get(Void.class));

        if (request.paramsClass().isPresent()) {
            api.addMethod(publicMethod(names.method(), isVoid ? TypeName.VOID : body)
                    .addJavadoc("$L", new OperationDocs(named, types, names, responses).plain(false))
                    .addParameters(arguments)
                    .addStatement("$L$L($L)", isVoid ? "" : "return ", names.method(), join(argumentList, "null"))
                    .build());
        }
        api.addMethod(publicMethod(names.method(), isVoid ? TypeName.VOID : body)
                .addJavadoc(
                        "$L",
                        new OperationDocs(named, types, names, responses)
                                .plain(request.paramsClass().isPresent()))
                .addParameters(withParams)
                .addStatement(
                        "$L$LWithResponse($L).body()", isVoid ? "" : "return ", names.method(), withNoOptions(fullList))
                .build());
        api.addMethod(publicMethod(names.method() + "WithResponse", response)
                .addJavadoc(
                        "Same as {@link #$L}, with per-request options, returning the status and headers too.",
                        names.method())
                .addParameters(withParams)
                .addParameter(options)
                .addStatement("return invoker.send($LRequest($L), options)", names.method(), fullList)
                .build());
        api.addMethod(publicMethod(
                        names.method() + "Async",
                        ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), body))
                .addJavadoc(
                        "Same as {@link #$L}, without blocking: the future completes with the body or the exception.",
                        names.method())
                .addParameters(withParams)
                .addStatement(
                        "return $LWithResponseAsync($L).thenApply($T::body)",
                        names.method(),
                        withNoOptions(fullList),
                        types.support("ApiResponse"))
                .build());
        api.addMethod(publicMethod(
                        names.method() + "WithResponseAsync",
                        ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response))
                .addJavadoc("Same as {@link #$LWithResponse}, without blocking.", names.method())
                .addParameters(withParams)
                .addParameter(options)
                .addStatement("return invoker.sendAsync($LRequest($L), options)", names.method(), fullList)
                .build());
        api.addMethod(request.requestMethod(body));
    }

    private MethodSpec.Builder publicMethod(String name, TypeName returns) {
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
        if (operation.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    /** The Java type of the success body: {@code Void} when there is none. */
    TypeName bodyType() {
        if (responses.success().isEmpty()) {
            return ClassName.get(Void.class);
        }
        BodyChoice choice = responses.success().get();
        return switch (choice.encoding()) {
            case BINARY -> ArrayTypeName.of(TypeName.BYTE);
            case TEXT, FORM, MULTIPART -> JavaTypes.STRING;
            case JSON -> choice.type().map(types::of).map(TypeName::box).orElse(JavaTypes.OBJECT);
        };
    }

    private FieldSpec constant() {
        TypeName body = bodyType();
        CodeBlock.Builder init = CodeBlock.builder()
                .add(
                        "$T.builder($S, $S, $L)",
                        types.support("Operation"),
                        operation.method().name(),
                        operation.path(),
                        responseType(responses.success(), body))
                .add("\n$>$>.operationId($S)", operation.operationId());
        responses.accept().ifPresent(accept -> init.add("\n.accept($S)", accept));
        if (!operation.security().isEmpty()) {
            CodeBlock alternatives = operation.security().stream()
                    .map(names -> CodeBlock.of(
                            "$T.of($L)",
                            List.class,
                            names.stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", "))))
                    .collect(CodeBlock.joining(", "));
            init.add("\n.security($T.of($L))", List.class, alternatives);
        }
        for (ResponsePlan.ErrorBody error : responses.errors()) {
            init.add(
                    "\n.error($S, $L",
                    error.statusKey(),
                    responseType(Optional.of(error.body()), errorType(error.body())));
            Optional<ClassName> exception = error.body().encoding() == BodyChoice.Encoding.JSON
                    ? error.body()
                            .type()
                            .filter(NamedType.class::isInstance)
                            .map(t -> ((NamedType) t).id())
                            .flatMap(named::errorException)
                    : Optional.empty();
            exception.ifPresent(type -> init.add(", $T::new", type));
            init.add(")");
        }
        init.add("\n.build()$<$<");
        return FieldSpec.builder(
                        ParameterizedTypeName.get(types.support("Operation"), body),
                        names.constant(),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    private TypeName errorType(BodyChoice choice) {
        return switch (choice.encoding()) {
            case BINARY -> ArrayTypeName.of(TypeName.BYTE);
            case JSON -> choice.type().map(types::of).map(TypeName::box).orElse(JavaTypes.OBJECT);
            default -> JavaTypes.STRING;
        };
    }

    private CodeBlock responseType(Optional<BodyChoice> choice, TypeName body) {
        ClassName responseType = types.support("ResponseType");
        if (choice.isEmpty()) {
            return CodeBlock.of("$T.none()", responseType);
        }
        return switch (choice.get().encoding()) {
            case BINARY -> CodeBlock.of("$T.bytes()", responseType);
            case TEXT, FORM, MULTIPART -> CodeBlock.of("$T.text()", responseType);
            case JSON -> CodeBlock.of("$T.json($L)", responseType, JavaTypes.typeToken(body));
        };
    }

    private static String names(List<ParameterSpec> parameters) {
        return parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }

    private CodeBlock withNoOptions(String arguments) {
        CodeBlock none = CodeBlock.of("$T.none()", types.support("RequestOptions"));
        return arguments.isEmpty() ? none : CodeBlock.of("$L, $L", arguments, none);
    }

    private static String join(String first, String last) {
        return first.isEmpty() ? last : first + ", " + last;
    }

    /** The required parameters in call order: path parameters as the path has them, then the others. */
    static List<Parameter> requiredInOrder(Operation operation) {
        List<Parameter> ordered = new ArrayList<>();
        for (String name : dev.specpoet.model.PathTemplate.names(operation.path())) {
            operation.parameters().stream()
                    .filter(p ->
                            p.location() == ParameterLocation.PATH && p.name().equals(name))
                    .findFirst()
                    .ifPresent(ordered::add);
        }
        operation.parameters().stream()
                .filter(p -> p.required() && p.location() != ParameterLocation.PATH)
                .forEach(ordered::add);
        return ordered;
    }
}
