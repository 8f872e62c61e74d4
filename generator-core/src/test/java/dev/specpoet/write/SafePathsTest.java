package dev.specpoet.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.api.GenerationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A path a manifest or an emitter gives stays a plain relative path inside the output folder. */
class SafePathsTest {
    private static final Path ROOT = Path.of("/out").toAbsolutePath();

    @Test
    void aWindowsDrivePrefixIsNotARelativePath() {
        for (String drive : new String[] {"C:/Evil.java", "z:Evil.java", "C:"}) {
            assertThatThrownBy(() -> SafePaths.resolve(ROOT, drive))
                    .isInstanceOf(GenerationException.class)
                    .hasMessageContaining("not a relative path");
        }
    }

    @Test
    void plainRelativePathsResolveInsideTheRoot() throws Exception {
        assertThat(SafePaths.resolve(ROOT, "C/Pet.java")).isEqualTo(ROOT.resolve("C/Pet.java"));
        assertThat(SafePaths.resolve(ROOT, "com/example/Cx.java")).isEqualTo(ROOT.resolve("com/example/Cx.java"));
        assertThatThrownBy(() -> SafePaths.resolve(ROOT, "1:/Evil.java")).hasMessageContaining("do not allow");
    }
}
