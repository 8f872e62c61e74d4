package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.bind.PagingBinding;
import dev.specpoet.bind.PagingPart;
import dev.specpoet.model.Pagination;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits the methods of a paged operation, as its {@link PagingBinding} says: the static {@code
 * Paging} description, the plain method and its async twin returning the first {@code Page}, and the
 * auto-paging method returning a {@code PagedIterable} of every item. The {@code WithResponse}
 * methods stay as for any operation: one request, one response.
 */
final class PagingEmitter {
    private final JavaTypes types;
    private final OperationBinding binding;
    private final PagingBinding paging;

    PagingEmitter(JavaTypes types, OperationBinding binding) {
        this.types = types;
        this.binding = binding;
        this.paging = binding.paging().orElseThrow();
    }

    /** The Javadoc paragraph that says how the operation pages and where the other pages are. */
    static String javadoc(PagingBinding paging) {
        return "Paged: the client " + Javadocs.line(paging.pagination().describe())
                + ". {@code nextPage()} on the page returned fetches the next one; {@link #"
                + paging.autoPagingMethod() + "} iterates every item of every page.";
    }

    /** The paging description and the plain method (and its overload without the params record). */
    void addPlain(
            TypeSpec.Builder api, OperationDocs docs, List<ParameterSpec> arguments, List<ParameterSpec> withParams) {
        api.addField(constant());
        String method = binding.method();
        String argumentList = names(arguments);
        String fullList = names(withParams);
        boolean overloads = binding.params().isPresent();
        if (overloads) {
            // As for unpaged operations: the full Javadoc is on the overload with the optional parameters.
            api.addMethod(publicMethod(method, paging.pageType())
                    .addJavadoc(
                            "Same as {@link #$L($L)}, without the optional parameters.",
                            method,
                            OperationEmitter.signature(withParams))
                    .addParameters(arguments)
                    .addStatement("return $L($L)", method, join(argumentList, "null"))
                    .build());
        }
        api.addMethod(publicMethod(method, paging.pageType())
                .addJavadoc("$L", docs.plain(overloads))
                .addParameters(withParams)
                .addStatement(
                        "return $L.first(invoker, $LRequest($L), $L)", paging.constant(), method, fullList, none())
                .build());
    }

    /** The async twin of the plain method, completing with the first page. */
    void addAsync(TypeSpec.Builder api, List<ParameterSpec> withParams) {
        String method = binding.method();
        String fullList = names(withParams);
        api.addMethod(publicMethod(
                        method + "Async",
                        ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), paging.pageType()))
                .addJavadoc(
                        "Same as {@link #$L}, without blocking: the future completes with the first page or the"
                                + " exception.",
                        method)
                .addParameters(withParams)
                .addStatement(
                        "return $L.firstAsync(invoker, $LRequest($L), $L)", paging.constant(), method, fullList, none())
                .build());
    }

    /** The auto-paging method (and its overload without the params record). */
    void addAutoPaging(TypeSpec.Builder api, List<ParameterSpec> arguments, List<ParameterSpec> withParams) {
        String method = binding.method();
        String argumentList = names(arguments);
        String fullList = names(withParams);
        boolean overloads = binding.params().isPresent();
        String autoPaging = paging.autoPagingMethod();
        String autoDoc = "Every item of {@link #" + method + "}, page after page: each page is fetched when"
                + " iteration reaches it, and iterating again starts again from the first page. {@code"
                + " forEachAsync} on the result pages without blocking.\n";
        if (overloads) {
            api.addMethod(publicMethod(autoPaging, paging.iterableType())
                    .addJavadoc(autoDoc)
                    .addParameters(arguments)
                    .addStatement("return $L($L)", autoPaging, join(argumentList, "null"))
                    .build());
        }
        api.addMethod(publicMethod(autoPaging, paging.iterableType())
                .addJavadoc(autoDoc)
                .addParameters(withParams)
                .addStatement("return $L($L)", autoPaging, withNone(fullList))
                .build());
        api.addMethod(publicMethod(autoPaging, paging.iterableType())
                .addJavadoc("Same as {@link #$L}, with per-request options that every page's request uses.", autoPaging)
                .addParameters(withParams)
                .addParameter(ParameterSpec.builder(types.support("RequestOptions"), "options")
                        .build())
                .addStatement(
                        "return $L.autoPaging(invoker, $LRequest($L), options)", paging.constant(), method, fullList)
                .build());
    }

    private MethodSpec.Builder publicMethod(String name, TypeName returns) {
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
        if (binding.operation().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    private FieldSpec constant() {
        Pagination pagination = paging.pagination();
        ClassName support = types.support("Paging");
        TypeName item = paging.itemType();
        TypeName body = paging.bodyType();
        CodeBlock.Builder init = CodeBlock.builder();
        switch (pagination.style()) {
            case CURSOR ->
                init.add(
                        "$T.<$T, $T>cursor($S)",
                        support,
                        item,
                        body,
                        pagination.parameter().orElseThrow());
            case PAGE_NUMBER ->
                init.add(
                        "$T.<$T, $T>pageNumber($S)",
                        support,
                        item,
                        body,
                        pagination.parameter().orElseThrow());
            case OFFSET ->
                init.add(
                        "$T.<$T, $T>offset($S)",
                        support,
                        item,
                        body,
                        pagination.parameter().orElseThrow());
            case NEXT_LINK -> init.add("$T.<$T, $T>nextLink()", support, item, body);
            case LINK_HEADER -> init.add("$T.<$T, $T>linkHeader()", support, item, body);
            case NONE -> throw new IllegalStateException("An unpaged operation has no paging binding");
        }
        init.add("$>$>");
        pagination.sizeParameter().ifPresent(p -> init.add("\n.sizeParameter($S)", p));
        PagingPart items = paging.items();
        if (items.typed()) {
            init.add("\n.items($L)", accessor("body", body, items.path().orElseThrow()));
        } else {
            init.add("\n.items($S, $L)", items.pointer(), types.typeToken(item));
        }
        paging.nextCursor().ifPresent(part -> init.add("\n.nextCursor($L)", read("body", body, part)));
        paging.lastItemCursor().ifPresent(part -> init.add("\n.lastItemCursor($L)", read("item", item, part)));
        paging.hasMore().ifPresent(part -> init.add("\n.hasMore($L)", read("body", body, part)));
        paging.nextLink().ifPresent(part -> init.add("\n.nextLink($L)", read("body", body, part)));
        paging.total().ifPresent(part -> init.add("\n.total($L)", read("body", body, part)));
        init.add("\n.build()$<$<");
        return FieldSpec.builder(
                        ParameterizedTypeName.get(support, item, body),
                        paging.constant(),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    /** The accessor of a part, or its JSON pointer where the binding found no typed way to it. */
    private static CodeBlock read(String variable, TypeName source, PagingPart part) {
        return part.path()
                .map(path -> accessor(variable, source, path))
                .orElseGet(() -> CodeBlock.of("$S", part.pointer()));
    }

    /**
     * A function from the body (or item) to a part, null-safe through every level: a method reference
     * for one plain component, else a lambda that answers null at the first null on the way.
     */
    private static CodeBlock accessor(String variable, TypeName source, List<PagingPart.Step> path) {
        if (path.size() == 1 && !path.get(0).nullable()) {
            return CodeBlock.of("$T::$L", source, path.get(0).accessor());
        }
        List<String> prefixes = new ArrayList<>();
        StringBuilder expression = new StringBuilder(variable);
        for (PagingPart.Step step : path) {
            prefixes.add(expression.toString());
            expression.append('.').append(step.accessor()).append("()");
            if (step.nullable()) {
                expression.append(".orElse(null)");
            }
        }
        // The first prefix is the variable itself, which the runtime never passes as null.
        List<String> checks =
                prefixes.stream().skip(1).map(prefix -> prefix + " == null").toList();
        return checks.isEmpty()
                ? CodeBlock.of("$L -> $L", variable, expression)
                : CodeBlock.of("$L -> $L ? null : $L", variable, String.join(" || ", checks), expression);
    }

    private CodeBlock none() {
        return CodeBlock.of("$T.none()", types.support("RequestOptions"));
    }

    private static String names(List<ParameterSpec> parameters) {
        return parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }

    private CodeBlock withNone(String arguments) {
        return arguments.isEmpty() ? none() : CodeBlock.of("$L, $L", arguments, none());
    }

    private static String join(String first, String last) {
        return first.isEmpty() ? last : first + ", " + last;
    }
}
