package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.bind.BodyBinding;
import dev.specpoet.bind.BodyEncoding;
import dev.specpoet.bind.ErrorBinding;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.bind.StreamBinding;
import dev.specpoet.model.Operation;
import dev.specpoet.naming.ApiGroup;
import dev.specpoet.naming.NamedModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits everything one operation needs in its API class, as its binding says: the static
 * operation description, the plain method returning the body, its {@code WithResponse} companion,
 * the async pair, the private request builder, and the optional-parameters class. A paged
 * operation's plain and async methods, and its auto-paging method, come from {@link PagingEmitter}.
 */
final class OperationEmitter {
    private final JavaTypes types;
    private final OperationBinding binding;
    private final Operation operation;
    private final RequestPlan request;
    private final Optional<List<List<String>>> sharedSecurity;

    /**
     * @param sharedSecurity the security alternatives the API class holds in its {@link
     *     ApiGroup#SECURITY_CONSTANT}, if it has that constant
     */
    OperationEmitter(
            NamedModel named, JavaTypes types, OperationBinding binding, Optional<List<List<String>>> sharedSecurity) {
        this.types = types;
        this.sharedSecurity = sharedSecurity;
        this.binding = binding;
        this.operation = binding.operation();
        this.request = new RequestPlan(named, types, binding);
    }

    void addTo(TypeSpec.Builder api) {
        api.addField(constant());
        request.paramsClass().ifPresent(api::addType);
        TypeName body = binding.result().type();
        List<ParameterSpec> arguments = request.arguments();
        List<ParameterSpec> withParams = request.argumentsWithParams();
        String fullList = names(withParams);
        ParameterSpec options = ParameterSpec.builder(types.support("RequestOptions"), "options")
                .build();
        TypeName response = ParameterizedTypeName.get(types.support("ApiResponse"), body);
        String method = binding.method();
        OperationDocs docs = new OperationDocs(types, binding);

        // A paged operation's plain and async methods return pages; PagingEmitter decides their shape.
        Optional<PagingEmitter> paged = binding.paging().map(paging -> new PagingEmitter(types, binding));
        if (paged.isPresent()) {
            paged.get().addPlain(api, docs, arguments, withParams);
        } else {
            addPlain(api, docs, arguments, withParams);
        }
        api.addMethod(publicMethod(method + "WithResponse", response)
                .addJavadoc(
                        "Same as {@link #$L}, with per-request options, returning the status and headers too.", method)
                .addParameters(withParams)
                .addParameter(options)
                .addStatement("return invoker.send($LRequest($L), options)", method, fullList)
                .build());
        if (paged.isPresent()) {
            paged.get().addAsync(api, withParams);
        } else if (binding.result().stream().isPresent()) {
            api.addMethod(streamPublisher(withParams, fullList));
        } else {
            addAsync(api, withParams);
        }
        api.addMethod(publicMethod(
                        method + "WithResponseAsync",
                        ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response))
                .addJavadoc("Same as {@link #$LWithResponse}, without blocking.", method)
                .addParameters(withParams)
                .addParameter(options)
                .addStatement("return invoker.sendAsync($LRequest($L), options)", method, fullList)
                .build());
        paged.ifPresent(emitter -> emitter.addAutoPaging(api, arguments, withParams));
        api.addMethod(request.requestMethod(body));
    }

    /** The plain method (and its overload without the params record) and its async twin, returning the body. */
    private void addPlain(
            TypeSpec.Builder api, OperationDocs docs, List<ParameterSpec> arguments, List<ParameterSpec> withParams) {
        String argumentList = names(arguments);
        String fullList = names(withParams);
        boolean isVoid = binding.result().isVoid();
        String method = binding.method();
        if (binding.params().isPresent()) {
            // The full Javadoc is on the overload with the optional parameters; this one links to it.
            api.addMethod(publicMethod(method, returnType())
                    .addJavadoc(
                            "Same as {@link #$L($L)}, without the optional parameters.", method, signature(withParams))
                    .addParameters(arguments)
                    .addStatement("$L$L($L)", isVoid ? "" : "return ", method, join(argumentList, "null"))
                    .build());
        }
        api.addMethod(publicMethod(method, returnType())
                .addJavadoc("$L", docs.plain(binding.params().isPresent()))
                .addParameters(withParams)
                .addStatement("$L$LWithResponse($L).body()", isVoid ? "" : "return ", method, withNoOptions(fullList))
                .build());
    }

    /** What the plain method returns: {@code void}, or the body, marked when it may be null. */
    private TypeName returnType() {
        TypeName returned = binding.result().returnType();
        return binding.result().mayBeNull() ? types.nullable(returned) : returned;
    }

    /** The parameter types of a method as a Javadoc link names them: erased, in order. */
    static CodeBlock signature(List<ParameterSpec> parameters) {
        return parameters.stream()
                .map(parameter -> CodeBlock.of("$T", erasure(parameter.type())))
                .collect(CodeBlock.joining(", "));
    }

    private static TypeName erasure(TypeName type) {
        TypeName bare = type.withoutAnnotations();
        return bare instanceof ParameterizedTypeName generic ? generic.rawType() : bare;
    }

    /** The async twin of the plain method, completing with the body. */
    private void addAsync(TypeSpec.Builder api, List<ParameterSpec> withParams) {
        TypeName body = binding.result().type();
        TypeName returned = binding.result().mayBeNull() ? types.nullable(body) : body;
        String fullList = names(withParams);
        String method = binding.method();
        api.addMethod(publicMethod(
                        method + "Async", ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), returned))
                .addJavadoc(
                        "Same as {@link #$L}, without blocking: the future completes with the body or the exception.",
                        method)
                .addParameters(withParams)
                .addStatement(
                        "return $LWithResponseAsync($L).thenApply($T::body)",
                        method,
                        withNoOptions(fullList),
                        types.support("ApiResponse"))
                .build());
    }

    /**
     * The async form of a streamed operation: a publisher of the items that makes the call per
     * subscriber and reads only as the subscriber requests, with no thread waiting on the network.
     */
    private MethodSpec streamPublisher(List<ParameterSpec> withParams, String fullList) {
        TypeName item = binding.result().stream().orElseThrow().itemType();
        String method = binding.method();
        return publicMethod(method + "Async", ParameterizedTypeName.get(ClassName.get(Flow.Publisher.class), item))
                .addJavadoc(
                        "Same as {@link #$L}, without blocking: each subscriber makes the call and receives the items"
                                + " as it requests them; an error status before the stream starts is its {@code onError}.",
                        method)
                .addParameters(withParams)
                .addStatement(
                        "return $T.publisherOf(() -> $LWithResponseAsync($L))",
                        types.support("EventStream"),
                        method,
                        withNoOptions(fullList))
                .build();
    }

    private MethodSpec.Builder publicMethod(String name, TypeName returns) {
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
        if (operation.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    private FieldSpec constant() {
        TypeName body = binding.result().type();
        CodeBlock.Builder init = CodeBlock.builder()
                .add(
                        "$T.builder($S, $S, $L)",
                        types.support("Operation"),
                        operation.method().name(),
                        operation.path(),
                        responseType(binding.result().body()))
                .add("\n$>$>.operationId($S)", operation.operationId());
        binding.accept().ifPresent(accept -> init.add("\n.accept($S)", accept));
        if (sharedSecurity.filter(operation.security()::equals).isPresent()) {
            init.add("\n.security($L)", ApiGroup.SECURITY_CONSTANT);
        } else if (!operation.security().isEmpty()) {
            init.add("\n.security($L)", security(operation.security()));
        }
        errorMappings().forEach((mapping, statuses) -> {
            if (statuses.size() == 1) {
                init.add("\n.error($S, $L)", statuses.get(0), mapping);
            } else {
                CodeBlock keys =
                        statuses.stream().map(s -> CodeBlock.of("$S", s)).collect(CodeBlock.joining(", "));
                init.add("\n.errors($T.of($L), $L)", List.class, keys, mapping);
            }
        });
        init.add("\n.build()$<$<");
        return FieldSpec.builder(
                        ParameterizedTypeName.get(types.support("Operation"), body),
                        binding.names().constant(),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    /** {@code List.of(List.of("ApiKeyAuth"), List.of("BasicAuth"))}: the alternatives, each a list of scheme names. */
    static CodeBlock security(List<List<String>> alternatives) {
        return CodeBlock.of(
                "$T.of($L)",
                List.class,
                alternatives.stream()
                        .map(names -> CodeBlock.of(
                                "$T.of($L)",
                                List.class,
                                names.stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", "))))
                        .collect(CodeBlock.joining(", ")));
    }

    /**
     * The operation's error statuses grouped by what the client does with them ({@code
     * ResponseType.json(Problem.class), ProblemException::new}), in declaration order: specs commonly
     * give five statuses one error schema, and one {@code errors(...)} line per distinct mapping reads
     * (and compiles) better than five identical ones. The runtime looks a status up the same either way.
     */
    private Map<CodeBlock, List<String>> errorMappings() {
        Map<CodeBlock, List<String>> mappings = new LinkedHashMap<>();
        for (ErrorBinding error : binding.errors()) {
            CodeBlock type = responseType(Optional.of(error.body()));
            CodeBlock mapping = error.typed() ? CodeBlock.of("$L, $T::new", type, error.exception()) : type;
            mappings.computeIfAbsent(mapping, m -> new ArrayList<>()).add(error.statusKey());
        }
        return mappings;
    }

    private CodeBlock responseType(Optional<BodyBinding> body) {
        ClassName responseType = types.support("ResponseType");
        if (body.isEmpty()) {
            return CodeBlock.of("$T.none()", responseType);
        }
        if (body == binding.result().body() && binding.result().stream().isPresent()) {
            return streamType(binding.result().stream().get(), body.get());
        }
        return switch (body.get().encoding()) {
            case BINARY -> CodeBlock.of("$T.bytes()", responseType);
            case TEXT, FORM, MULTIPART -> CodeBlock.of("$T.text()", responseType);
            case JSON ->
                CodeBlock.of(
                        "$T.json($L)", responseType, types.typeToken(body.get().javaType()));
        };
    }

    /** {@code ResponseType.serverSentEvents(ResponseType.json(Chunk.class), "[DONE]")} and the like. */
    private CodeBlock streamType(StreamBinding stream, BodyBinding item) {
        ClassName responseType = types.support("ResponseType");
        CodeBlock itemType = item.encoding() == BodyEncoding.TEXT
                ? CodeBlock.of("$T.text()", responseType)
                : CodeBlock.of("$T.json($L)", responseType, types.typeToken(item.javaType()));
        return switch (stream.framing()) {
            case SSE ->
                stream.sentinel().isPresent()
                        ? CodeBlock.of(
                                "$T.serverSentEvents($L, $S)",
                                responseType,
                                itemType,
                                stream.sentinel().get())
                        : CodeBlock.of("$T.serverSentEvents($L)", responseType, itemType);
            case JSON_LINES -> CodeBlock.of("$T.jsonLines($L)", responseType, itemType);
            case JSON_SEQ -> CodeBlock.of("$T.jsonSequence($L)", responseType, itemType);
            case NONE -> throw new IllegalStateException("a stream without framing: " + binding.method());
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
}
