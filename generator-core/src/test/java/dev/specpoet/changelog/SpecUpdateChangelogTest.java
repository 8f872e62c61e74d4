package dev.specpoet.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changelog of the spec pair that covers every kind of change, end to end through {@link Specpoet#diff}. */
class SpecUpdateChangelogTest {
    @TempDir
    Path folder;

    private ApiChangelog diff(List<String> accepted) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(SpecPair.v2()), folder)
                .acceptedBreakingChanges(accepted)
                .build();
        return Specpoet.diff(SpecSource.file(SpecPair.v1()), config, GenerationListener.NONE);
    }

    @Test
    void everyKindOfChangeIsFoundWithItsCompatibility() throws Exception {
        ApiChangelog changelog = diff(List.of());

        assertThat(changelog.changes())
                .extracting(ApiChange::toString)
                .containsExactly(
                        "DefaultApi.deleteKey: method removed (DELETE /keys/{id}) [breaks compile]",
                        "DefaultApi.getKey: return type changed from Key to KeyDetails [breaks compile]",
                        "DefaultApi.getKey: exception ProblemException added (404) [compatible]",
                        "DefaultApi.listKeys: parameter cursor added (string, optional) [compatible]",
                        "DefaultApi.listKeys: parameter tenant added (string, required) [breaks compile]",
                        "DefaultApi.rotateKey: method added (POST /keys/{id}/rotate) [compatible]",
                        "Key.createdAt: property removed (date-time, optional) [breaks compile]",
                        "Key.expiresAt: property added (date-time, optional) [compatible]",
                        "Key.id: property retyped from string to int64 [breaks compile]",
                        "KeyDetails: model added (record) [compatible]",
                        "NewKey.role: property made required [breaks at run time]",
                        "Owner: union variant Robot added (exhaustive switches over Owner must handle it)"
                                + " [breaks compile]",
                        "Owner: union variant Team removed [breaks compile]",
                        "Problem: model added (record) [compatible]",
                        "Robot: model added (record) [compatible]",
                        "Role: enum value AUDITOR added [compatible]",
                        "Role: enum value GUEST removed [breaks compile]",
                        "Role: enum value L01 removed [breaks compile]",
                        "Role: enum value L02 removed [breaks compile]",
                        "Role: enum value L03 removed [breaks compile]",
                        "Role: enum value L04 removed [breaks compile]",
                        "Role: enum value L05 removed [breaks compile]",
                        "Role: enum value L06 removed [breaks compile]",
                        "Role: enum value L07 removed [breaks compile]",
                        "Role: enum value L08 removed [breaks compile]",
                        "Role: enum value L09 removed [breaks compile]",
                        "Role: enum value L10 removed [breaks compile]",
                        "Role: enum value L11 removed [breaks compile]",
                        "Team: model removed (record) [breaks compile]");
        assertThat(changelog.verdict()).isEqualTo(SemverVerdict.MAJOR);
        assertThat(changelog.summary())
                .isEqualTo("semver major: 21 breaking (20 at compile time, 1 at run time), 8 compatible");
    }

    @Test
    void eachChangePointsIntoTheNewSpecOrForARemovalTheOldOne() throws Exception {
        ApiChangelog changelog = diff(List.of());

        assertThat(changelog.changes().stream()
                        .filter(change -> change.name().equals("deleteKey")
                                || change.name().equals("tenant")
                                || change.name().equals("GUEST"))
                        .map(change -> change.location().orElseThrow().toString()))
                .containsExactly(
                        "spec-v1.yaml:41:7#/paths/~1keys~1{id}/delete",
                        "spec-v2.yaml:11:11#/paths/~1keys/get/parameters/2",
                        "spec-v1.yaml:63:13#/components/schemas/Role/enum");
    }

    @Test
    void acceptedChangesAreMarkedAndLeaveTheVerdictMajor() throws Exception {
        ApiChangelog changelog = diff(List.of("DefaultApi.*", "Key", "NewKey.role", "Owner", "Role", "Team"));

        assertThat(changelog.unacceptedBreaking()).isEmpty();
        assertThat(changelog.accepted()).isEqualTo(21);
        assertThat(changelog.verdict()).isEqualTo(SemverVerdict.MAJOR);

        ApiChangelog partly = diff(List.of("DefaultApi.listKeys", "Key"));
        assertThat(partly.unacceptedBreaking())
                .extracting(ApiChange::subject)
                .startsWith("DefaultApi.deleteKey", "DefaultApi.getKey", "NewKey.role", "Owner", "Owner")
                .hasSize(5 + 12 + 1)
                .endsWith("Role", "Team");
    }
}
