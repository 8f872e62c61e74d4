package dev.specpoet.maven;

import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.PaginationStyle;

/**
 * One {@code <rule>} of the {@code <pagination>} parameter, as Maven fills it from the POM:
 *
 * <pre>{@code
 * <pagination>
 *   <rule>
 *     <operations>list*</operations>
 *     <style>cursor</style>
 *     <parameter>after</parameter>
 *     <items>/data</items>
 *     <nextCursor>/next_cursor</nextCursor>
 *   </rule>
 * </pagination>
 * }</pre>
 */
public final class PaginationRuleParameter {
    private String operations;
    private String style;
    private String parameter;
    private String sizeParameter;
    private String items;
    private String nextCursor;
    private String lastItemCursor;
    private String hasMore;
    private String nextLink;
    private String total;

    /** The rule in the core's terms; fails with a message that names the rule's operations. */
    PaginationRule toRule() {
        if (operations == null || operations.isBlank()) {
            throw new IllegalArgumentException("a <rule> needs <operations> (an operationId or a pattern like list*)");
        }
        if (style == null || style.isBlank()) {
            throw new IllegalArgumentException("the <rule> for '" + operations + "' needs a <style>");
        }
        PaginationRule.Builder rule = PaginationRule.builder(operations.trim(), PaginationStyle.fromText(style));
        if (parameter != null) {
            rule.parameter(parameter.trim());
        }
        if (sizeParameter != null) {
            rule.sizeParameter(sizeParameter.trim());
        }
        if (items != null) {
            rule.items(items.trim());
        }
        if (nextCursor != null) {
            rule.nextCursor(nextCursor.trim());
        }
        if (lastItemCursor != null) {
            rule.lastItemCursor(lastItemCursor.trim());
        }
        if (hasMore != null) {
            rule.hasMore(hasMore.trim());
        }
        if (nextLink != null) {
            rule.nextLink(nextLink.trim());
        }
        if (total != null) {
            rule.total(total.trim());
        }
        return rule.build();
    }
}
