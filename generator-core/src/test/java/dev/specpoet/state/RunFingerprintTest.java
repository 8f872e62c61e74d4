package dev.specpoet.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.parse.SourceDocument;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The switches that change the generated code change the fingerprint, so the next run regenerates. */
class RunFingerprintTest {
    private static final List<RecordedDocument> DOCUMENTS = List.of(RecordedDocument.of(
            new SourceDocument("keys.yaml", URI.create("file:///specs/keys.yaml"), "openapi: 3.0.3\n"), Instant.now()));

    @Test
    void turningNullableAnnotationsOffRegeneratesAndTheDefaultIsUnchanged() {
        GeneratorConfig defaults = GeneratorConfig.builder(SpecSource.file(Path.of("keys.yaml")), Path.of("out"))
                .basePackage("com.acme")
                .build();
        GeneratorConfig off = defaults.toBuilder().nullableAnnotations(false).build();

        assertThat(defaults.nullableAnnotations()).isTrue();
        assertThat(off.nullableAnnotations()).isFalse();
        assertThat(off.toBuilder().build()).isEqualTo(off);
        assertThat(fingerprint(off)).isNotEqualTo(fingerprint(defaults));
        assertThat(fingerprint(defaults.toBuilder().nullableAnnotations(true).build()))
                .isEqualTo(fingerprint(defaults));
    }

    private static RunFingerprint fingerprint(GeneratorConfig config) {
        return RunFingerprint.of("1.0.0", config, DOCUMENTS);
    }
}
