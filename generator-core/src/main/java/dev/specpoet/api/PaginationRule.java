package dev.specpoet.api;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the operations a rule matches page, as the user configures it: the style, the query
 * parameters and the JSON pointers (RFC 6901, into the success response body) the client uses.
 *
 * @param operations the operationId, or a pattern of them where {@code *} matches any characters
 *     ({@code list*})
 * @param style how the next page is asked for; {@link PaginationStyle#NONE} turns paging off
 * @param parameter the query parameter of the cursor, page number or offset
 * @param sizeParameter the query parameter of the page size or limit
 * @param items the pointer of the items array; empty means {@code ""}, the body itself
 * @param nextCursor the pointer of the next cursor in the body
 * @param lastItemCursor the pointer, inside the last item, of the next cursor ({@code /id} for Stripe)
 * @param hasMore the pointer of a boolean that is {@code true} while more pages follow
 * @param nextLink the pointer of the next page's URL (followed in the next-link style; in the
 *     others, the next page exists while it is present)
 * @param total the pointer of the number of pages (page-number style) or items (offset style)
 */
public record PaginationRule(
        String operations,
        PaginationStyle style,
        Optional<String> parameter,
        Optional<String> sizeParameter,
        Optional<String> items,
        Optional<String> nextCursor,
        Optional<String> lastItemCursor,
        Optional<String> hasMore,
        Optional<String> nextLink,
        Optional<String> total) {

    public PaginationRule {
        Objects.requireNonNull(operations, "operations");
        if (operations.isBlank()) {
            throw new IllegalArgumentException("A pagination rule needs an operationId or pattern");
        }
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(sizeParameter, "sizeParameter");
        for (Optional<String> pointer :
                java.util.List.of(items, nextCursor, lastItemCursor, hasMore, nextLink, total)) {
            pointer.ifPresent(PaginationRule::checkPointer);
        }
        boolean needsParameter = style == PaginationStyle.CURSOR
                || style == PaginationStyle.PAGE_NUMBER
                || style == PaginationStyle.OFFSET;
        if (needsParameter && parameter.isEmpty()) {
            throw new IllegalArgumentException(
                    "Pagination rule '" + operations + "': style " + style.text() + " needs a parameter");
        }
        if (style == PaginationStyle.CURSOR && nextCursor.isEmpty() && lastItemCursor.isEmpty()) {
            throw new IllegalArgumentException(
                    "Pagination rule '" + operations + "': style cursor needs nextCursor or lastItemCursor");
        }
        if (style == PaginationStyle.NEXT_LINK && nextLink.isEmpty()) {
            throw new IllegalArgumentException("Pagination rule '" + operations + "': style next-link needs nextLink");
        }
    }

    /** A rule that turns paging off for the matched operations. */
    public static PaginationRule none(String operations) {
        return builder(operations, PaginationStyle.NONE).build();
    }

    public static Builder builder(String operations, PaginationStyle style) {
        return new Builder(operations, style);
    }

    /** True when the rule matches this operationId. */
    public boolean matches(String operationId) {
        String[] parts = operations.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.matches(regex.toString(), operationId);
    }

    private static void checkPointer(String pointer) {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException(
                    "Not a JSON pointer (RFC 6901, like /data or /_links/next/href): '" + pointer + "'");
        }
    }

    /** Builds a {@link PaginationRule}. */
    public static final class Builder {
        private final String operations;
        private final PaginationStyle style;
        private Optional<String> parameter = Optional.empty();
        private Optional<String> sizeParameter = Optional.empty();
        private Optional<String> items = Optional.empty();
        private Optional<String> nextCursor = Optional.empty();
        private Optional<String> lastItemCursor = Optional.empty();
        private Optional<String> hasMore = Optional.empty();
        private Optional<String> nextLink = Optional.empty();
        private Optional<String> total = Optional.empty();

        private Builder(String operations, PaginationStyle style) {
            this.operations = operations;
            this.style = style;
        }

        public Builder parameter(String value) {
            this.parameter = Optional.of(value);
            return this;
        }

        public Builder sizeParameter(String value) {
            this.sizeParameter = Optional.of(value);
            return this;
        }

        public Builder items(String pointer) {
            this.items = Optional.of(pointer);
            return this;
        }

        public Builder nextCursor(String pointer) {
            this.nextCursor = Optional.of(pointer);
            return this;
        }

        public Builder lastItemCursor(String pointer) {
            this.lastItemCursor = Optional.of(pointer);
            return this;
        }

        public Builder hasMore(String pointer) {
            this.hasMore = Optional.of(pointer);
            return this;
        }

        public Builder nextLink(String pointer) {
            this.nextLink = Optional.of(pointer);
            return this;
        }

        public Builder total(String pointer) {
            this.total = Optional.of(pointer);
            return this;
        }

        public PaginationRule build() {
            return new PaginationRule(
                    operations,
                    style,
                    parameter,
                    sizeParameter,
                    items,
                    nextCursor,
                    lastItemCursor,
                    hasMore,
                    nextLink,
                    total);
        }
    }
}
