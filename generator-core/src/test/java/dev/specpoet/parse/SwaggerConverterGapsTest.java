package dev.specpoet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.SpecSource;
import dev.specpoet.testing.InProcessCompiler;
import dev.specpoet.testing.InProcessCompiler.GeneratedClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swagger 2.0 documents that Swagger Parser's converter mishandles, and what Specpoet makes of them. */
class SwaggerConverterGapsTest {
    @TempDir
    Path folder;

    /** SendGrid: the converter threw a NullPointerException on {@code type: 'null'}. */
    @Test
    void aNullTypedResponseSchemaIsReadAsNoBody() throws Exception {
        String spec = """
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths:
                  /keys/{id}:
                    delete:
                      operationId: deleteKey
                      parameters:
                        - {name: id, in: path, required: true, type: string}
                      responses:
                        '204':
                          description: deleted
                          schema:
                            type: 'null'
                """;
        Path file = Files.writeString(folder.resolve("spec.yaml"), spec);

        ParsedSpec parsed = new SpecParser().parse(SpecSource.file(file), false);

        assertThat(parsed.diagnostics())
                .filteredOn(d -> d.code().equals("NULL_RESPONSE_SCHEMA"))
                .extracting(Diagnostic::toString)
                .containsExactly("spec.yaml#/paths/~1keys~1{id}/delete/responses/204/schema:"
                        + " 'null' is not a Swagger 2.0 type; read as a response without a body");
        GeneratedClient client = InProcessCompiler.generate(folder.resolve("client"), spec);
        assertThat(client.compileErrors()).isEmpty();
        assertThat(client.source("api/DefaultApi.java")).contains("public void deleteKey(String id)");
    }

    /** Zoom: a {@code #/definitions/} reference inside a property's allOf survived the conversion. */
    @Test
    void definitionReferencesTheConverterLeavesAreRewritten() throws Exception {
        String spec = """
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths:
                  /meetings:
                    get:
                      operationId: listMeetings
                      responses:
                        '200':
                          description: ok
                          schema:
                            allOf:
                              - $ref: '#/definitions/Page'
                              - properties:
                                  past:
                                    allOf:
                                      - $ref: '#/definitions/Page'
                definitions:
                  Page:
                    type: object
                    properties:
                      next_page_token: {type: string}
                """;

        GeneratedClient client = InProcessCompiler.generate(folder, spec);

        assertThat(client.compileErrors()).isEmpty();
        assertThat(client.has("model/Page.java")).isTrue();
    }
}
