package dev.specpoet.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.testing.InProcessCompiler;
import dev.specpoet.testing.InProcessCompiler.GeneratedClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema whose allOf, anyOf and oneOf parts only constrain (OpenAPI Generator's JSON Schema test
 * suite) names no type of its own: the normalizer used to crash looking for its one real
 * alternative.
 */
class ConstraintOnlyAlternativesTest {
    @TempDir
    Path folder;

    @Test
    void allOfWithConstraintOnlyAlternativesIsAnyValue() throws Exception {
        GeneratedClient client = InProcessCompiler.generate(folder, """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Holder:
                      type: object
                      properties:
                        value: {$ref: '#/components/schemas/Combined'}
                    Combined:
                      allOf: [{multipleOf: 2}]
                      anyOf: [{multipleOf: 3}]
                      oneOf: [{multipleOf: 5}]
                """);

        assertThat(client.compileErrors()).isEmpty();
        assertThat(client.source("model/Holder.java")).contains("Object value");
    }
}
