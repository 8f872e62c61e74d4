package dev.specpoet.bind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the generated client reads one part of a page (its items, a cursor, a has-more flag, a total, a
 * next link): through the record accessors of the decoded body (or, for the last item's cursor, of
 * the item), or by the part's JSON pointer at run time where those accessors do not reach it.
 *
 * @param pointer the part's JSON pointer, as the operation's pagination names it
 * @param path the accessors from the body (or item) to the part, in order; empty (no path) when the
 *     pointer crosses what no record component types (a map of additionalProperties, an untyped value,
 *     a union, an array element) or ends in a type the part cannot have; an empty list is the body
 *     itself
 */
public record PagingPart(String pointer, Optional<List<Step>> path) {

    public PagingPart {
        Objects.requireNonNull(pointer, "pointer");
        path = path.map(List::copyOf);
    }

    /** A part read by the run-time JSON pointer, because the types do not reach it. */
    static PagingPart pointer(String pointer) {
        return new PagingPart(pointer, Optional.empty());
    }

    /** True when generated accessors read the part. */
    public boolean typed() {
        return path.isPresent();
    }

    /**
     * One record accessor on the way to a part.
     *
     * @param accessor the record component's name
     * @param nullable true when the component is a {@code JsonNullable}, read with {@code orElse(null)}
     */
    public record Step(String accessor, boolean nullable) {
        public Step {
            Objects.requireNonNull(accessor, "accessor");
        }
    }
}
