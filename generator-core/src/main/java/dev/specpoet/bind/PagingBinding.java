package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.Pagination;
import java.util.Objects;

/**
 * How a paged operation's methods page: the plain method returns a {@code Page<T, B>} of the
 * items, and an auto-paging method iterates every item of every page.
 *
 * @param pagination how the operation pages, as normalize decided
 * @param itemType the Java type of one item ({@code T})
 * @param pageType {@code Page<T, B>}, with {@code B} the decoded response body
 * @param iterableType {@code PagedIterable<T>}
 * @param autoPagingMethod the name of the auto-paging method: the plain method's plus {@code AutoPaging}
 * @param constant the name of the static {@code Paging<T>} field that describes the paging
 */
public record PagingBinding(
        Pagination pagination,
        TypeName itemType,
        ParameterizedTypeName pageType,
        ParameterizedTypeName iterableType,
        String autoPagingMethod,
        String constant) {

    public PagingBinding {
        Objects.requireNonNull(pagination, "pagination");
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(pageType, "pageType");
        Objects.requireNonNull(iterableType, "iterableType");
        Objects.requireNonNull(autoPagingMethod, "autoPagingMethod");
        Objects.requireNonNull(constant, "constant");
    }

    static PagingBinding of(
            Pagination pagination,
            TypeName itemType,
            TypeName bodyType,
            String supportPackage,
            String method,
            String operationConstant) {
        TypeName item = itemType.box();
        return new PagingBinding(
                pagination,
                item,
                ParameterizedTypeName.get(ClassName.get(supportPackage, "Page"), item, bodyType),
                ParameterizedTypeName.get(ClassName.get(supportPackage, "PagedIterable"), item),
                method + "AutoPaging",
                operationConstant + "_PAGING");
    }
}
