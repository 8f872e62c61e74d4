package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdditionalPropertiesTest {

    @Test
    void copyKeepsOrderAndNullsAndCannotBeChanged() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("zeta", 1);
        source.put("alpha", null);
        source.put("mid", "m");

        Map<String, Object> copy = AdditionalProperties.copyOf(source);
        source.put("late", true);

        assertThat(copy.keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(copy).containsEntry("zeta", 1).containsEntry("alpha", null).containsEntry("mid", "m");
        Map<String, Object> same = new java.util.HashMap<>(copy);
        assertThat(copy).isEqualTo(same).hasSameHashCodeAs(same);
        assertThatThrownBy(() -> copy.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(AdditionalProperties.copyOf(null)).isEmpty();
        assertThat(AdditionalProperties.copyOf(copy)).isSameAs(copy);
    }

    @Test
    void toStringMasksSecretLookingNames() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("region", "eu");
        source.put("apiKey", "AQEyhmfx-secret");
        source.put("client_secret", "s3cr3t");

        assertThat(AdditionalProperties.copyOf(source))
                .hasToString("{region=eu, apiKey=****, client_secret=****}")
                .containsEntry("apiKey", "AQEyhmfx-secret");
    }
}
