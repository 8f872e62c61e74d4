package dev.specpoet.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.changelog.ApiChange;
import org.junit.jupiter.api.Test;

/** The compatibility of each kind of change, on surfaces written in their text form. */
class ChangeRulesTest {
    private static final String HEADER = "#specpoet-api-surface 2\n";

    private static String changes(String before, String after) {
        return String.join(
                "\n",
                ApiSurface.parse(HEADER + after).changesSince(ApiSurface.parse(HEADER + before)).stream()
                        .map(ApiChange::toString)
                        .toList());
    }

    @Test
    void parametersBreakCompileUnlessAnOptionalOneIsAdded() {
        assertThat(changes("", "parameter A.m q\tstring, optional")).endsWith("[compatible]");
        assertThat(changes("", "parameter A.m q\tstring, required")).endsWith("[breaks compile]");
        assertThat(changes("parameter A.m q\tstring, optional", "")).endsWith("[breaks compile]");
        assertThat(changes("parameter A.m q\tstring, optional", "parameter A.m q\tint32, optional"))
                .isEqualTo("A.m: parameter q retyped from string to int32 [breaks compile]");
        assertThat(changes("parameter A.m q\tstring, optional", "parameter A.m q\tstring, required"))
                .isEqualTo("A.m: parameter q made required [breaks compile]");
        assertThat(changes("parameter A.m q\tstring, required", "parameter A.m q\tstring, optional"))
                .isEqualTo("A.m: parameter q made optional [breaks compile]");
    }

    @Test
    void aNewlyRequiredPropertyBreaksAtRunTime() {
        assertThat(changes("", "property M p\tstring, required"))
                .isEqualTo("M.p: property added (string, required) [breaks at run time]");
        assertThat(changes("property M p\tstring, optional", "property M p\tstring, required"))
                .isEqualTo("M.p: property made required [breaks at run time]");
        assertThat(changes("property M p\tstring, required", "property M p\tstring, optional"))
                .isEqualTo("M.p: property made optional [compatible]");
        assertThat(changes("property M p\tstring, optional", "property M p\tlist of string, required"))
                .isEqualTo("M.p: property retyped from string to list of string, now required [breaks compile]");
    }

    @Test
    void anExceptionRemovedBreaksAtRunTimeWhileItsClassLivesOnAndCompileWhenItIsGone() {
        String both = "exception A.m NotFound\t404\nexception A.n NotFound\t404\n";
        assertThat(changes(both, "exception A.n NotFound\t404"))
                .isEqualTo("A.m: exception NotFound removed (404; the error now arrives as ApiException)"
                        + " [breaks at run time]");
        assertThat(changes("exception A.m NotFound\t404", ""))
                .isEqualTo("A.m: exception NotFound removed (404; the class is gone) [breaks compile]");
        assertThat(changes("", "exception A.m Conflict\t409"))
                .isEqualTo("A.m: exception Conflict added (409) [compatible]");
        assertThat(changes("exception A.m E\t404", "exception A.m E\t404, 410")).endsWith("[compatible]");
        assertThat(changes("exception A.m E\t404, 410", "exception A.m E\t404")).endsWith("[breaks at run time]");
    }

    @Test
    void aChangedSignatureIsReportedOnlyWhenNoPartExplainsIt() {
        assertThat(changes(
                        "signature A.m\tvoid m(String a)\nreturn A.m\tvoid",
                        "signature A.m\tKey m(String a)\nreturn A.m\tKey"))
                .isEqualTo("A.m: return type changed from void to Key [breaks compile]");
        assertThat(changes("signature A.m\tvoid m(String a, String b)", "signature A.m\tvoid m(String b, String a)"))
                .isEqualTo("A.m: signature now void m(String b, String a) (was void m(String a, String b))"
                        + " [breaks compile]");
        assertThat(changes("operation A.m\tGET /a", "operation A.m\tGET /b"))
                .isEqualTo("A.m: endpoint now GET /b (was GET /a) [compatible]");
    }

    @Test
    void thePartsOfAMethodOrModelAddedOrRemovedAsAWholeAreNotListed() {
        assertThat(changes(
                        "",
                        "operation A.m\tGET /a\nsignature A.m\tvoid m(String id)\nreturn A.m\tvoid\n"
                                + "parameter A.m id\tstring, required"))
                .isEqualTo("A.m: method added (GET /a) [compatible]");
        assertThat(changes("model M\trecord\nproperty M p\tstring, optional", ""))
                .isEqualTo("M: model removed (record) [breaks compile]");
        assertThat(changes("model M\tenum\nenum-value M A\t", "model M\tunion\nvariant M A\t"))
                .isEqualTo("M: model now union (was enum) [breaks compile]\n"
                        + "M: enum value A removed [breaks compile]\n"
                        + "M: union variant A added (exhaustive switches over M must handle it) [breaks compile]");
    }

    @Test
    void enumValuesBreakOnlyWhenRemovedAndUnionVariantsAlways() {
        assertThat(changes("", "enum-value E X\t")).isEqualTo("E: enum value X added [compatible]");
        assertThat(changes("enum-value E X\t", "")).isEqualTo("E: enum value X removed [breaks compile]");
        assertThat(changes("variant U V\t", "")).isEqualTo("U: union variant V removed [breaks compile]");
    }

    @Test
    void aSurfaceOfTheFirstFormatIsComparedOnTheKindsItRecorded() {
        ApiSurface old =
                ApiSurface.parse("signature A.m\tvoid m() throws ApiException\nproperty M p\tstring, optional\n");
        ApiSurface now = ApiSurface.parse(HEADER
                + "signature A.m\tvoid m()\treturn A.m\tvoid\nmodel M\trecord\n"
                + "exception A.m E\t404\nproperty M p\tstring, optional\tspec.yaml\t/components/schemas/M\t3\t5\n");

        assertThat(old.format()).isEqualTo(1);
        assertThat(now.changesSince(old)).isEmpty();
        assertThat(now.entries().get("property M p").location().orElseThrow().toString())
                .isEqualTo("spec.yaml:3:5#/components/schemas/M");
        assertThat(ApiSurface.parse(now.toText())).isEqualTo(now);
    }
}
