package dev.specpoet.normalize;

import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.SpecLocation;

/**
 * A description of how an operation pages, as one source gives it, before it is checked against the
 * operation.
 *
 * @param rule the style, parameters and pointers, in the configuration's terms
 * @param source the source, for messages: {@code x-fern-pagination}, {@code configuration rule 'list*'}
 * @param location where the description is written
 * @param detected whether detection found it (reported as a note, not only when it fails)
 */
record PagingDraft(PaginationRule rule, String source, SpecLocation location, boolean detected) {}
