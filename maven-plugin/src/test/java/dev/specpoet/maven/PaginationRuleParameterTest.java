package dev.specpoet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.PaginationStyle;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** A {@code <rule>} of {@code <pagination>}, filled as Maven fills it, maps to the core's rule. */
class PaginationRuleParameterTest {
    private static PaginationRuleParameter rule(String... namesAndValues) throws Exception {
        PaginationRuleParameter rule = new PaginationRuleParameter();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Field field = PaginationRuleParameter.class.getDeclaredField(namesAndValues[i]);
            field.setAccessible(true);
            field.set(rule, namesAndValues[i + 1]);
        }
        return rule;
    }

    @Test
    void mapsEveryElement() throws Exception {
        assertThat(rule(
                                "operations", "list*",
                                "style", "page-number",
                                "parameter", "page",
                                "sizeParameter", "size",
                                "items", "/data",
                                "hasMore", "/more",
                                "nextLink", "/links/next",
                                "total", "/pages")
                        .toRule())
                .isEqualTo(PaginationRule.builder("list*", PaginationStyle.PAGE_NUMBER)
                        .parameter("page")
                        .sizeParameter("size")
                        .items("/data")
                        .hasMore("/more")
                        .nextLink("/links/next")
                        .total("/pages")
                        .build());
        assertThat(rule("operations", "old", "style", "none").toRule()).isEqualTo(PaginationRule.none("old"));
    }

    @Test
    void anIncompleteRuleSaysWhatIsMissing() throws Exception {
        assertThatThrownBy(() -> rule("style", "cursor").toRule())
                .hasMessage("a <rule> needs <operations> (an operationId or a pattern like list*)");
        assertThatThrownBy(() -> rule("operations", "list*").toRule())
                .hasMessage("the <rule> for 'list*' needs a <style>");
        assertThatThrownBy(() -> rule("operations", "list*", "style", "cursor", "parameter", "after")
                        .toRule())
                .hasMessage("Pagination rule 'list*': style cursor needs nextCursor or lastItemCursor");
    }

    @Test
    void patternsMatchOperationIds() {
        assertThat(PaginationRule.none("list*").matches("listPets")).isTrue();
        assertThat(PaginationRule.none("list*").matches("getList")).isFalse();
        assertThat(PaginationRule.none("*Pets").matches("listPets")).isTrue();
        assertThat(PaginationRule.none("list.Pets").matches("listXPets")).isFalse();
        assertThat(PaginationRule.none("listPets").matches("listPets")).isTrue();
    }
}
