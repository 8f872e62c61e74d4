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
import dev.specpoet.model.Pagination;
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
            api.addMethod(publicMethod(method, paging.pageType())
                    .addJavadoc("$L", docs.plain(false))
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
        CodeBlock token = types.typeToken(paging.itemType());
        CodeBlock.Builder init = CodeBlock.builder();
        switch (pagination.style()) {
            case CURSOR ->
                init.add(
                        "$T.cursor($S, $L)",
                        types.support("Paging"),
                        pagination.parameter().orElseThrow(),
                        token);
            case PAGE_NUMBER ->
                init.add(
                        "$T.pageNumber($S, $L)",
                        types.support("Paging"),
                        pagination.parameter().orElseThrow(),
                        token);
            case OFFSET ->
                init.add(
                        "$T.offset($S, $L)",
                        types.support("Paging"),
                        pagination.parameter().orElseThrow(),
                        token);
            case NEXT_LINK ->
                init.add(
                        "$T.nextLink($S, $L)",
                        types.support("Paging"),
                        pagination.nextLink().orElseThrow(),
                        token);
            case LINK_HEADER -> init.add("$T.linkHeader($L)", types.support("Paging"), token);
            case NONE -> throw new IllegalStateException("An unpaged operation has no paging binding");
        }
        init.add("$>$>");
        pagination.sizeParameter().ifPresent(p -> init.add("\n.sizeParameter($S)", p));
        if (!pagination.items().isEmpty()) {
            init.add("\n.items($S)", pagination.items());
        }
        pagination.nextCursor().ifPresent(p -> init.add("\n.nextCursor($S)", p));
        pagination.lastItemCursor().ifPresent(p -> init.add("\n.lastItemCursor($S)", p));
        pagination.hasMore().ifPresent(p -> init.add("\n.hasMore($S)", p));
        if (pagination.style() != dev.specpoet.api.PaginationStyle.NEXT_LINK) {
            pagination.nextLink().ifPresent(p -> init.add("\n.nextLink($S)", p));
        }
        pagination.total().ifPresent(p -> init.add("\n.total($S)", p));
        init.add("\n.build()$<$<");
        return FieldSpec.builder(
                        ParameterizedTypeName.get(types.support("Paging"), paging.itemType()),
                        paging.constant(),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(init.build())
                .build();
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
