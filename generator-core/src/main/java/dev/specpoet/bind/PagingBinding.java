package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.Pagination;
import dev.specpoet.model.TypeRef;
import java.util.Objects;
import java.util.Optional;

/**
 * How a paged operation's methods page: the plain method returns a {@code Page<T, B>} of the
 * items, and an auto-paging method iterates every item of every page.
 *
 * @param pagination how the operation pages, as normalize decided
 * @param itemType the Java type of one item ({@code T})
 * @param bodyType the Java type of the decoded response body ({@code B})
 * @param pageType {@code Page<T, B>}, with {@code B} the decoded response body
 * @param iterableType {@code PagedIterable<T>}
 * @param autoPagingMethod the name of the auto-paging method: the plain method's plus {@code AutoPaging}
 * @param constant the name of the static {@code Paging<T, B>} field that describes the paging
 * @param items how the page's items are read from the body
 * @param nextCursor how the next cursor is read from the body
 * @param lastItemCursor how the next cursor is read from the last item
 * @param hasMore how the has-more flag is read from the body
 * @param nextLink how the next page's link is read from the body
 * @param total how the total of pages or items is read from the body
 */
public record PagingBinding(
        Pagination pagination,
        TypeName itemType,
        TypeName bodyType,
        ParameterizedTypeName pageType,
        ParameterizedTypeName iterableType,
        String autoPagingMethod,
        String constant,
        PagingPart items,
        Optional<PagingPart> nextCursor,
        Optional<PagingPart> lastItemCursor,
        Optional<PagingPart> hasMore,
        Optional<PagingPart> nextLink,
        Optional<PagingPart> total) {

    public PagingBinding {
        Objects.requireNonNull(pagination, "pagination");
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(bodyType, "bodyType");
        Objects.requireNonNull(pageType, "pageType");
        Objects.requireNonNull(iterableType, "iterableType");
        Objects.requireNonNull(autoPagingMethod, "autoPagingMethod");
        Objects.requireNonNull(constant, "constant");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(lastItemCursor, "lastItemCursor");
        Objects.requireNonNull(hasMore, "hasMore");
        Objects.requireNonNull(nextLink, "nextLink");
        Objects.requireNonNull(total, "total");
    }

    /**
     * The binding of a paged operation whose body ({@code bodySchema}, empty when the spec gives none)
     * decodes into {@code bodyType}: each part is read through record accessors where they reach it.
     */
    static PagingBinding of(
            Pagination pagination,
            PagingParts parts,
            TypeName itemType,
            Optional<TypeRef> bodySchema,
            TypeName bodyType,
            String runtimePackage,
            String method,
            String operationConstant) {
        TypeName item = itemType.box();
        Optional<TypeRef> itemSchema = Optional.of(pagination.itemType());
        return new PagingBinding(
                pagination,
                item,
                bodyType,
                ParameterizedTypeName.get(ClassName.get(runtimePackage, "Page"), item, bodyType),
                ParameterizedTypeName.get(ClassName.get(runtimePackage, "PagedIterable"), item),
                method + "AutoPaging",
                operationConstant + "_PAGING",
                parts.part(bodySchema, pagination.items(), PagingParts.Kind.ITEMS, item),
                pagination.nextCursor().map(p -> parts.part(bodySchema, p, PagingParts.Kind.TEXT, item)),
                pagination.lastItemCursor().map(p -> parts.part(itemSchema, p, PagingParts.Kind.TEXT, item)),
                pagination.hasMore().map(p -> parts.part(bodySchema, p, PagingParts.Kind.FLAG, item)),
                pagination.nextLink().map(p -> parts.part(bodySchema, p, PagingParts.Kind.TEXT, item)),
                pagination.total().map(p -> parts.part(bodySchema, p, PagingParts.Kind.COUNT, item)));
    }
}
