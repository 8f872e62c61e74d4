package dev.specpoet.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.RuntimeMode;
import org.junit.jupiter.api.Test;

/**
 * JSpecify is named in a client's requirements exactly when its code carries {@code @Nullable} and
 * no runtime library brings it along.
 */
class ClientRequirementsTest {
    private static final String JSPECIFY =
            "<groupId>org.jspecify</groupId>\n  <artifactId>jspecify</artifactId>\n  <version>1.0.0</version>";

    @Test
    void anEmbeddedRuntimeWithAnnotationsNamesJSpecify() {
        for (JacksonEdition jackson : JacksonEdition.values()) {
            assertThat(render(jackson, RuntimeMode.EMBEDDED, true)).contains(JSPECIFY);
        }
    }

    @Test
    void theLibraryBringsItAndWithoutAnnotationsNoneIsNeeded() {
        assertThat(render(JacksonEdition.JACKSON_2, RuntimeMode.LIBRARY, true))
                .contains("<artifactId>specpoet-runtime</artifactId>")
                .doesNotContain("jspecify");
        assertThat(render(JacksonEdition.JACKSON_3, RuntimeMode.LIBRARY, true)).doesNotContain("jspecify");
        assertThat(render(JacksonEdition.JACKSON_2, RuntimeMode.EMBEDDED, false))
                .doesNotContain("jspecify");
    }

    private static String render(JacksonEdition jackson, RuntimeMode runtime, boolean annotations) {
        return new ClientRequirements(jackson, "2.22.1", runtime, annotations, "1.4.0").render();
    }
}
