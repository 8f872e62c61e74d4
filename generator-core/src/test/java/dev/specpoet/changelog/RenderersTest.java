package dev.specpoet.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Markdown and JSON forms of a changelog, pinned whole, and the semver verdict. */
class RenderersTest {
    private static final ApiChange REMOVED_METHOD = new ApiChange(
            "KeysApi",
            Optional.of("deleteKey"),
            Element.METHOD,
            "deleteKey",
            ChangeType.REMOVED,
            "removed (DELETE /keys/{id})",
            Compatibility.BREAKS_COMPILE,
            Optional.of(
                    SpecLocation.of("keys.json", "/paths/~1keys~1{id}/delete").withPosition(1, 210)),
            false);
    private static final ApiChange REQUIRED_PROPERTY = new ApiChange(
            "NewKey",
            Optional.of("role"),
            Element.PROPERTY,
            "role",
            ChangeType.CHANGED,
            "made required",
            Compatibility.BREAKS_AT_RUN_TIME,
            Optional.empty(),
            true);
    private static final ApiChange ADDED_VALUE = new ApiChange(
            "Role",
            Optional.empty(),
            Element.ENUM_VALUE,
            "A|B",
            ChangeType.ADDED,
            "added",
            Compatibility.COMPATIBLE,
            Optional.of(SpecLocation.of("keys.json", "/components/schemas/Role/enum")),
            false);

    private static final ApiChangelog CHANGELOG =
            new ApiChangelog("keys.json", List.of(ADDED_VALUE, REQUIRED_PROPERTY, REMOVED_METHOD));

    @Test
    void markdownHasTheVerdictAndCountsThenATablePerClassAndModel() {
        assertThat(MarkdownChangelog.render(CHANGELOG)).isEqualTo("""
                # API changes: keys.json

                **Semver major.** 2 breaking (1 at compile time, 1 at run time, 1 accepted), 1 compatible; \
                1 added, 1 removed, 1 changed.

                ## API classes

                ### KeysApi

                | Element | Change | Compatibility | Spec location |
                |---|---|---|---|
                | method `deleteKey` | removed (DELETE /keys/{id}) | **breaks compile** | \
                `keys.json:1:210#/paths/~1keys~1{id}/delete` |

                ## Models

                ### NewKey

                | Element | Change | Compatibility | Spec location |
                |---|---|---|---|
                | property `role` | made required | **breaks at run time** (accepted) | unknown |

                ### Role

                | Element | Change | Compatibility | Spec location |
                |---|---|---|---|
                | enum value `A\\|B` | added | compatible | `keys.json#/components/schemas/Role/enum` |
                """);
    }

    @Test
    void jsonIsStableAndComplete() {
        assertThat(JsonChangelog.render(CHANGELOG)).isEqualTo("""
                {
                  "format" : 1,
                  "spec" : "keys.json",
                  "verdict" : "major",
                  "counts" : {
                    "total" : 3,
                    "breaksCompile" : 1,
                    "breaksAtRunTime" : 1,
                    "compatible" : 1,
                    "accepted" : 1,
                    "added" : 1,
                    "removed" : 1,
                    "changed" : 1
                  },
                  "apiClasses" : [
                    {
                      "name" : "KeysApi",
                      "changes" : [
                        {
                          "element" : "method",
                          "subject" : "KeysApi.deleteKey",
                          "name" : "deleteKey",
                          "change" : "removed",
                          "summary" : "removed (DELETE /keys/{id})",
                          "compatibility" : "breaks-compile",
                          "accepted" : false,
                          "location" : {
                            "document" : "keys.json",
                            "pointer" : "/paths/~1keys~1{id}/delete",
                            "line" : 1,
                            "column" : 210
                          }
                        }
                      ]
                    }
                  ],
                  "models" : [
                    {
                      "name" : "NewKey",
                      "changes" : [
                        {
                          "element" : "property",
                          "subject" : "NewKey.role",
                          "name" : "role",
                          "change" : "changed",
                          "summary" : "made required",
                          "compatibility" : "breaks-at-run-time",
                          "accepted" : true
                        }
                      ]
                    },
                    {
                      "name" : "Role",
                      "changes" : [
                        {
                          "element" : "enum-value",
                          "subject" : "Role",
                          "name" : "A|B",
                          "change" : "added",
                          "summary" : "added",
                          "compatibility" : "compatible",
                          "accepted" : false,
                          "location" : {
                            "document" : "keys.json",
                            "pointer" : "/components/schemas/Role/enum"
                          }
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void theOrderOfTheInputDoesNotChangeTheOutput() {
        ApiChangelog reversed = new ApiChangelog("keys.json", List.of(REMOVED_METHOD, REQUIRED_PROPERTY, ADDED_VALUE));

        assertThat(MarkdownChangelog.render(reversed)).isEqualTo(MarkdownChangelog.render(CHANGELOG));
        assertThat(JsonChangelog.render(reversed)).isEqualTo(JsonChangelog.render(CHANGELOG));
    }

    @Test
    void theVerdictIsMajorForAnyBreakMinorForAnAdditionElsePatch() {
        assertThat(new ApiChangelog("s", List.of(ADDED_VALUE, REQUIRED_PROPERTY)).verdict())
                .isEqualTo(SemverVerdict.MAJOR);
        assertThat(new ApiChangelog("s", List.of(ADDED_VALUE)).verdict()).isEqualTo(SemverVerdict.MINOR);
        ApiChange moved = new ApiChange(
                "KeysApi",
                Optional.of("getKey"),
                Element.ENDPOINT,
                "getKey",
                ChangeType.CHANGED,
                "now GET /v2/keys/{id} (was GET /keys/{id})",
                Compatibility.COMPATIBLE,
                Optional.empty(),
                false);
        assertThat(new ApiChangelog("s", List.of(moved)).verdict()).isEqualTo(SemverVerdict.PATCH);
        assertThat(new ApiChangelog("s", List.of()).verdict()).isEqualTo(SemverVerdict.PATCH);
        assertThat(MarkdownChangelog.render(new ApiChangelog("s", List.of())))
                .isEqualTo("# API changes: s\n\n**Semver patch.** The generated API did not change.\n");
    }
}
