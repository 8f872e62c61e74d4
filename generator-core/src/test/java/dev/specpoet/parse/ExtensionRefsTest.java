package dev.specpoet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code $ref} inside a vendor extension is data (OpenAPI Generator's own test spec keeps JSON
 * Schema test cases there); one under a name that merely starts with {@code x-} is a reference.
 */
class ExtensionRefsTest {
    @TempDir
    Path folder;

    @Test
    void referencesInsideExtensionsAreNotFollowed() throws Exception {
        Path file = Files.writeString(folder.resolve("spec.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  x-schema-test-examples:
                    RefInNot:
                      data: {$ref: a}
                  schemas:
                    Pet:
                      type: object
                      x-links: {$ref: '#/nowhere'}
                """);

        ParsedSpec parsed = new SpecParser().parse(SpecSource.file(file), false);

        assertThat(parsed.openApi().getComponents().getSchemas()).containsKey("Pet");
    }

    @Test
    void namesThatStartWithXAreStillChecked() throws Exception {
        Path file = Files.writeString(folder.resolve("spec.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      responses:
                        '200':
                          description: ok
                          headers:
                            x-rate-limit: {$ref: '#/components/headers/Missing'}
                """);

        assertThatThrownBy(() -> new SpecParser().parse(SpecSource.file(file), false))
                .isInstanceOfSatisfying(
                        GenerationException.class,
                        e -> assertThat(e.errors())
                                .extracting(d -> d.code() + " " + d.location().pointer())
                                .containsExactly(
                                        "DANGLING_REF /paths/~1pets/get/responses/200/headers/x-rate-limit/$ref"));
    }
}
