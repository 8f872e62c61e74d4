package dev.specpoet.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptedChangesTest {
    private static ApiChange change(String owner, String member, Element element, Compatibility compatibility) {
        return new ApiChange(
                owner,
                Optional.ofNullable(member),
                element,
                member == null ? owner : member,
                ChangeType.REMOVED,
                "removed",
                compatibility,
                Optional.empty(),
                false);
    }

    private static final ApiChange METHOD =
            change("ApiKeysApi", "listApiKeys", Element.METHOD, Compatibility.BREAKS_COMPILE);
    private static final ApiChange PROPERTY =
            change("ApiKeyResponse", "roles", Element.PROPERTY, Compatibility.BREAKS_COMPILE);
    private static final ApiChange ENUM_VALUE = change("Role", null, Element.ENUM_VALUE, Compatibility.BREAKS_COMPILE);

    @Test
    void entriesNameAMethodAClassOrModelOrAProperty() {
        assertThat(AcceptedChanges.of(List.of("ApiKeysApi.listApiKeys")).accepts(METHOD))
                .isTrue();
        assertThat(AcceptedChanges.of(List.of("ApiKeysApi")).accepts(METHOD)).isTrue();
        assertThat(AcceptedChanges.of(List.of("ApiKeysApi.createApiKey")).accepts(METHOD))
                .isFalse();
        assertThat(AcceptedChanges.of(List.of("ApiKeyResponse")).accepts(PROPERTY))
                .isTrue();
        assertThat(AcceptedChanges.of(List.of("ApiKeyResponse.roles")).accepts(PROPERTY))
                .isTrue();
        assertThat(AcceptedChanges.of(List.of("ApiKeyResponse.role")).accepts(PROPERTY))
                .isFalse();
        assertThat(AcceptedChanges.of(List.of("Role")).accepts(ENUM_VALUE)).isTrue();
        // A prefix is not a match: Role does not accept RoleSet's changes.
        assertThat(AcceptedChanges.of(List.of("Rol")).accepts(ENUM_VALUE)).isFalse();
    }

    @Test
    void aStarMatchesAnyRunOfCharacters() {
        assertThat(AcceptedChanges.of(List.of("ApiKeysApi.*")).accepts(METHOD)).isTrue();
        assertThat(AcceptedChanges.of(List.of("*Response")).accepts(PROPERTY)).isTrue();
        assertThat(AcceptedChanges.of(List.of("*Response")).accepts(METHOD)).isFalse();
        assertThat(AcceptedChanges.of(List.of("*.list*")).accepts(METHOD)).isTrue();
        assertThat(AcceptedChanges.of(List.of("*")).accepts(ENUM_VALUE)).isTrue();
    }

    @Test
    void blankEntriesAreIgnoredAndMalformedOnesRejected() {
        assertThat(AcceptedChanges.of(List.of(" Role ", "", "  ")).entries()).containsExactly("Role");
        assertThatThrownBy(() -> AcceptedChanges.of(List.of("ApiKeysApi#listApiKeys")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ApiKeysApi#listApiKeys'");
    }

    @Test
    void entriesThatMatchNoBreakingChangeAreReportedAsUnused() {
        ApiChange compatible = change("Key", "note", Element.PROPERTY, Compatibility.COMPATIBLE);

        assertThat(AcceptedChanges.of(List.of("Role", "Key", "Gone.*")).unused(List.of(ENUM_VALUE, compatible)))
                .containsExactly("Key", "Gone.*");
    }
}
