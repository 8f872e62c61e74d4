package dev.specpoet.normalize;

import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.PaginationStyle;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Operation;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.model.Property;
import dev.specpoet.model.Response;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.TypeRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the common paging shapes in operations no extension or rule describes: Stripe's cursor,
 * Adyen's page number and size with {@code _links.next}, offset and limit, and a {@code Link}
 * response header. Names are compared as the APIs write them; a shape that only looks similar is
 * not guessed at.
 */
final class PagingDetector {
    private static final List<String> HAS_MORE = List.of("hasNext", "has_more", "hasMore", "has_next");
    private static final Set<String> TOTALS = Set.of("total", "totalCount", "total_count", "itemsTotal", "count");

    private final TypePointer pointers;

    PagingDetector(TypePointer pointers) {
        this.pointers = pointers;
    }

    /** The first shape the operation has, with the body type it was found in. */
    Optional<PagingDraft> detect(Operation operation, TypeRef body) {
        return stripe(operation, body)
                .or(() -> adyen(operation, body))
                .or(() -> offsetLimit(operation, body))
                .or(() -> linkHeader(operation, body))
                .map(found -> new PagingDraft(found.rule(), "detected " + found.shape(), operation.location(), true));
    }

    private record Found(PaginationRule rule, String shape) {}

    private Optional<Found> stripe(Operation operation, TypeRef body) {
        if (!hasQuery(operation, "starting_after")
                || !isArray(body, "/data")
                || !isBoolean(body, "/has_more")
                || pointers.at(body, "/data/0/id").isEmpty()) {
            return Optional.empty();
        }
        PaginationRule.Builder rule = PaginationRule.builder(operation.operationId(), PaginationStyle.CURSOR)
                .parameter("starting_after")
                .items("/data")
                .lastItemCursor("/id")
                .hasMore("/has_more");
        if (hasQuery(operation, "limit")) {
            rule.sizeParameter("limit");
        }
        return Optional.of(new Found(rule.build(), "Stripe's cursor (starting_after, has_more, data)"));
    }

    private Optional<Found> adyen(Operation operation, TypeRef body) {
        if (!hasQuery(operation, "pageNumber")
                || !isArray(body, "/data")
                || pointers.at(body, "/_links/next/href").isEmpty()) {
            return Optional.empty();
        }
        PaginationRule.Builder rule = PaginationRule.builder(operation.operationId(), PaginationStyle.PAGE_NUMBER)
                .parameter("pageNumber")
                .items("/data")
                .nextLink("/_links/next/href");
        if (hasQuery(operation, "pageSize")) {
            rule.sizeParameter("pageSize");
        }
        if (isInteger(body, "/pagesTotal")) {
            rule.total("/pagesTotal");
        }
        return Optional.of(new Found(rule.build(), "Adyen's page number and size (pageNumber, data, _links.next)"));
    }

    private Optional<Found> offsetLimit(Operation operation, TypeRef body) {
        if (!hasQuery(operation, "offset") || !hasQuery(operation, "limit")) {
            return Optional.empty();
        }
        return onlyArray(body).map(items -> {
            PaginationRule.Builder rule = PaginationRule.builder(operation.operationId(), PaginationStyle.OFFSET)
                    .parameter("offset")
                    .sizeParameter("limit")
                    .items(items);
            pointers.object(body)
                    .flatMap(object -> object.properties().stream()
                            .filter(p -> TOTALS.contains(p.jsonName()) && isInteger(p.type()))
                            .findFirst())
                    .ifPresent(total -> rule.total(PathSyntax.property(total.jsonName())));
            HAS_MORE.stream()
                    .filter(name -> isBoolean(body, PathSyntax.property(name)))
                    .findFirst()
                    .ifPresent(flag -> rule.hasMore(PathSyntax.property(flag)));
            return new Found(rule.build(), "offset and limit");
        });
    }

    private Optional<Found> linkHeader(Operation operation, TypeRef body) {
        boolean declared = operation.successResponses().stream()
                .map(Response::headers)
                .flatMap(List::stream)
                .anyMatch(header -> header.name().equalsIgnoreCase("Link"));
        if (!declared) {
            return Optional.empty();
        }
        return onlyArray(body)
                .map(items -> new Found(
                        PaginationRule.builder(operation.operationId(), PaginationStyle.LINK_HEADER)
                                .items(items)
                                .build(),
                        "an RFC 8288 Link header"));
    }

    /** The body itself when it is an array, or its one array property. */
    private Optional<String> onlyArray(TypeRef body) {
        if (body instanceof ArrayType) {
            return Optional.of("");
        }
        List<Property> arrays = pointers.object(body).map(ObjectDef::properties).orElse(List.of()).stream()
                .filter(p -> p.type() instanceof ArrayType)
                .toList();
        return arrays.size() == 1
                ? Optional.of(PathSyntax.property(arrays.get(0).jsonName()))
                : Optional.empty();
    }

    private static boolean hasQuery(Operation operation, String name) {
        return operation.parameters().stream()
                .anyMatch(
                        p -> p.location() == ParameterLocation.QUERY && p.name().equals(name));
    }

    private boolean isArray(TypeRef body, String pointer) {
        return pointers.at(body, pointer).filter(ArrayType.class::isInstance).isPresent();
    }

    private boolean isBoolean(TypeRef body, String pointer) {
        return pointers.at(body, pointer)
                .filter(type -> type instanceof ScalarType scalar && scalar.scalar() == ScalarType.Scalar.BOOLEAN)
                .isPresent();
    }

    private boolean isInteger(TypeRef body, String pointer) {
        return pointers.at(body, pointer).filter(PagingDetector::isInteger).isPresent();
    }

    private static boolean isInteger(TypeRef type) {
        return type instanceof ScalarType scalar
                && (scalar.scalar() == ScalarType.Scalar.INT32 || scalar.scalar() == ScalarType.Scalar.INT64);
    }
}
