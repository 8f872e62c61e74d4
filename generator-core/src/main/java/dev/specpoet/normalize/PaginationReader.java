package dev.specpoet.normalize;

import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.PaginationStyle;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.Content;
import dev.specpoet.model.MediaTypes;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Pagination;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.model.Response;
import dev.specpoet.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides how each operation pages. The sources, in order: the spec's vendor extensions, the
 * configuration's rules, then detection of common shapes. A rule of style {@code none} turns paging
 * off whatever the other sources say. What a source says is checked against the operation (its
 * query parameters, and the pointers against the JSON body of its first success response); a
 * description that does not fit is a warning naming the pointer or parameter, and the operation
 * stays unpaged. Each paged operation is reported as a note.
 */
final class PaginationReader {
    private static final List<String> EXTENSIONS = List.of(
            PagingExtensions.SPEAKEASY, PagingExtensions.FERN, PagingExtensions.APIMATIC, PagingExtensions.AZURE);

    private final List<PaginationRule> rules;
    private final boolean detect;
    private final TypePointer pointers;
    private final PagingDetector detector;
    private final Problems problems;

    PaginationReader(List<PaginationRule> rules, boolean detect, TypePointer pointers, Problems problems) {
        this.rules = List.copyOf(rules);
        this.detect = detect;
        this.pointers = pointers;
        this.detector = new PagingDetector(pointers);
        this.problems = problems;
    }

    /** The operation, with its pagination when it pages. */
    Operation read(Operation operation) {
        Optional<PaginationRule> configured = rules.stream()
                .filter(rule -> rule.matches(operation.operationId()))
                .findFirst();
        if (configured.filter(rule -> rule.style() == PaginationStyle.NONE).isPresent()) {
            return operation;
        }
        Optional<PagingDraft> draft;
        try {
            draft = PagingExtensions.read(operation);
        } catch (IllegalArgumentException e) {
            String name = extensionName(operation);
            problems.warning(
                    "PAGINATION_IGNORED",
                    operation.location().child(name),
                    name + " cannot be read: " + e.getMessage() + "; " + unpaged(operation));
            return operation;
        }
        if (draft.isEmpty() && hasExtension(operation)) {
            // The spec says the operation is not paged (x-ms-pageable with nextLinkName: null).
            return operation;
        }
        Optional<TypeRef> body = body(operation);
        if (draft.isEmpty()) {
            draft = configured.map(rule -> new PagingDraft(
                    rule, "configuration rule '" + rule.operations() + "'", operation.location(), false));
        }
        if (draft.isEmpty() && detect && body.isPresent()) {
            draft = detector.detect(operation, body.get());
        }
        if (draft.isEmpty()) {
            return operation;
        }
        Optional<Pagination> pagination = check(operation, draft.get(), body);
        pagination.ifPresent(paged -> problems.info(
                "PAGINATION",
                paged.location(),
                operation.operationId() + " " + paged.describe() + " [" + paged.source() + "]"));
        return pagination.map(operation::withPagination).orElse(operation);
    }

    private Optional<Pagination> check(Operation operation, PagingDraft draft, Optional<TypeRef> body) {
        PaginationRule rule = draft.rule();
        List<String> misfits = new ArrayList<>();
        if (body.isEmpty()) {
            misfits.add("no success response has a JSON body to read items from");
        }
        rule.parameter()
                .filter(name -> !isQuery(operation, name))
                .ifPresent(name -> misfits.add("'" + name + "' is not a query parameter of the operation"));
        rule.sizeParameter()
                .filter(name -> !isQuery(operation, name))
                .ifPresent(name -> misfits.add("'" + name + "' is not a query parameter of the operation"));
        String items = rule.items().orElse("");
        Optional<TypeRef> itemType = Optional.empty();
        if (body.isPresent()) {
            Optional<TypeRef> array = pointers.at(body.get(), items);
            if (array.isEmpty()) {
                misfits.add("the items pointer '" + items + "' names nothing in the response body");
            } else if (!(array.get() instanceof ArrayType list)) {
                misfits.add("the items pointer '" + items + "' names no array");
            } else {
                itemType = Optional.of(list.items());
            }
            for (Optional<String> pointer : List.of(rule.nextCursor(), rule.hasMore(), rule.nextLink(), rule.total())) {
                pointer.filter(p -> pointers.at(body.get(), p).isEmpty())
                        .ifPresent(p -> misfits.add("the pointer '" + p + "' names nothing in the response body"));
            }
        }
        if (itemType.isPresent() && rule.lastItemCursor().isPresent()) {
            String inItem = rule.lastItemCursor().get();
            if (pointers.at(itemType.get(), inItem).isEmpty()) {
                misfits.add("the cursor pointer '" + inItem + "' names nothing in an item");
            }
        }
        if (!misfits.isEmpty()) {
            if (!draft.detected()) {
                problems.warning(
                        "PAGINATION_IGNORED",
                        draft.location(),
                        draft.source() + " does not fit " + operation.operationId() + ": " + String.join("; ", misfits)
                                + "; " + unpaged(operation));
            }
            return Optional.empty();
        }
        return Optional.of(new Pagination(
                rule.style(),
                draft.source(),
                rule.parameter(),
                rule.sizeParameter(),
                items,
                itemType.orElseThrow(),
                rule.nextCursor(),
                rule.lastItemCursor(),
                rule.hasMore(),
                rule.nextLink(),
                rule.total(),
                draft.location()));
    }

    /** The JSON body of the first success response that has one: where the client reads a page. */
    private static Optional<TypeRef> body(Operation operation) {
        for (Response response : operation.successResponses()) {
            for (Content content : response.contents()) {
                if (MediaTypes.isJson(content.mediaType()) && content.type().isPresent()) {
                    return content.type();
                }
            }
            if (!response.contents().isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isQuery(Operation operation, String name) {
        return operation.parameters().stream()
                .anyMatch(
                        p -> p.location() == ParameterLocation.QUERY && p.name().equals(name));
    }

    private static boolean hasExtension(Operation operation) {
        return EXTENSIONS.stream().anyMatch(name -> operation.extensions().has(name));
    }

    private static String extensionName(Operation operation) {
        return EXTENSIONS.stream()
                .filter(name -> operation.extensions().has(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no pagination extension on " + operation.operationId()));
    }

    private static String unpaged(Operation operation) {
        return operation.operationId() + " is generated unpaged";
    }
}
