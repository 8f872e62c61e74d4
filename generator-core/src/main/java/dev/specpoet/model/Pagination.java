package dev.specpoet.model;

import dev.specpoet.api.PaginationStyle;
import dev.specpoet.api.SpecLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * How one operation pages, whichever source said so (a vendor extension, the configuration, or
 * detection), checked against the operation: its parameters exist and its pointers name a part of
 * the success response body.
 *
 * @param style how the next page is asked for; never {@link PaginationStyle#NONE}
 * @param source where the description comes from, for messages: {@code x-fern-pagination},
 *     {@code configuration rule 'list*'}, {@code detected: Stripe's cursor}
 * @param parameter the query parameter of the cursor, page number or offset; empty for the link
 *     styles
 * @param sizeParameter the query parameter of the page size or limit, when the operation has one
 * @param items the JSON pointer of the items array in the body ({@code ""} is the body itself)
 * @param itemType the type of one item
 * @param nextCursor the pointer of the next cursor in the body
 * @param lastItemCursor the pointer, inside the last item, of the next cursor
 * @param hasMore the pointer of a boolean that is true while more pages follow
 * @param nextLink the pointer of the next page's URL in the body
 * @param total the pointer of the number of pages (page-number style) or items (offset style)
 * @param location where the description is: the extension's node, or the operation for the
 *     configuration and detection
 */
public record Pagination(
        PaginationStyle style,
        String source,
        Optional<String> parameter,
        Optional<String> sizeParameter,
        String items,
        TypeRef itemType,
        Optional<String> nextCursor,
        Optional<String> lastItemCursor,
        Optional<String> hasMore,
        Optional<String> nextLink,
        Optional<String> total,
        SpecLocation location) {

    public Pagination {
        Objects.requireNonNull(style, "style");
        if (style == PaginationStyle.NONE) {
            throw new IllegalArgumentException("An unpaged operation has no Pagination");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(sizeParameter, "sizeParameter");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(lastItemCursor, "lastItemCursor");
        Objects.requireNonNull(hasMore, "hasMore");
        Objects.requireNonNull(nextLink, "nextLink");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(location, "location");
    }

    /** How the client pages, in one sentence for docs and the build log. */
    public String describe() {
        String at = items.isEmpty() ? "the body" : "'" + items + "'";
        String how = switch (style) {
            case CURSOR ->
                "by the cursor in query parameter '" + parameter.orElseThrow() + "', taken from "
                        + nextCursor
                                .map(p -> "'" + p + "'")
                                .orElseGet(() -> "'" + lastItemCursor.orElseThrow() + "' of the last item");
            case PAGE_NUMBER -> "by the page number in query parameter '" + parameter.orElseThrow() + "'";
            case OFFSET -> "by the item offset in query parameter '" + parameter.orElseThrow() + "'";
            case NEXT_LINK -> "by following the link at '" + nextLink.orElseThrow() + "'";
            case LINK_HEADER -> "by following the Link header's rel=\"next\" URL";
            case NONE -> throw new IllegalStateException();
        };
        StringBuilder text = new StringBuilder("pages " + how + "; items at " + at);
        hasMore.ifPresent(p -> text.append("; more pages while '").append(p).append("' is true"));
        if (style != PaginationStyle.NEXT_LINK) {
            nextLink.ifPresent(
                    p -> text.append("; more pages while '").append(p).append("' is present"));
        }
        total.ifPresent(p -> text.append("; total ")
                .append(style == PaginationStyle.OFFSET ? "items" : "pages")
                .append(" at '")
                .append(p)
                .append("'"));
        return text.toString();
    }
}
