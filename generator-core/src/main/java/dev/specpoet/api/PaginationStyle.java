package dev.specpoet.api;

/** How a list operation asks for its next page; {@link #NONE} generates the operation unpaged. */
public enum PaginationStyle {
    /** A cursor from the response (a field, or a field of the last item) in a query parameter. */
    CURSOR,
    /** A page number in a query parameter, one more for each page. */
    PAGE_NUMBER,
    /** An item offset in a query parameter, advanced by the items received. */
    OFFSET,
    /** The next page's URL, in a field of the response body. */
    NEXT_LINK,
    /** The next page's URL, in an RFC 8288 {@code Link: <url>; rel="next"} response header. */
    LINK_HEADER,
    /** Not paged: the operation returns its body, even when the spec or detection says otherwise. */
    NONE;

    /** The style a configuration names: {@code cursor}, {@code page-number}, {@code offset}, {@code next-link}, {@code link-header} or {@code none}. */
    public static PaginationStyle fromText(String text) {
        String normal = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (PaginationStyle style : values()) {
            if (style.name().equals(normal)) {
                return style;
            }
        }
        throw new IllegalArgumentException("Unknown pagination style '" + text
                + "': use cursor, page-number, offset, next-link, link-header or none");
    }

    /** The style as configurations write it: {@code page-number}. */
    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
