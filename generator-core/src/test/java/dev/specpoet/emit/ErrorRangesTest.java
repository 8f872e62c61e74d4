package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.testing.InProcessCompiler;
import dev.specpoet.testing.InProcessCompiler.GeneratedClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error bodies declared for a range ({@code 4XX}, {@code 5XX}) or {@code default} are decoded into
 * typed exceptions just like those of an exact status, so callers never cast.
 */
class ErrorRangesTest {
    @TempDir
    Path folder;

    @Test
    void rangeAndDefaultErrorBodiesGetTypedExceptions() throws Exception {
        GeneratedClient client = InProcessCompiler.generate(folder, """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets/{id}:
                    get:
                      operationId: getPet
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: string}}}}
                        '404': {description: gone, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                        '4XX': {description: client, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                        '5XX': {description: server, content: {application/json: {schema: {$ref: '#/components/schemas/Fault'}}}}
                        default: {description: other, content: {application/json: {schema: {$ref: '#/components/schemas/Other'}}}}
                components:
                  schemas:
                    Problem: {type: object, properties: {title: {type: string}}}
                    Fault: {type: object, properties: {trace: {type: string}}}
                    Other: {type: object, properties: {code: {type: integer}}}
                """);

        assertThat(client.compileErrors()).isEmpty();
        assertThat(client.source("api/DefaultApi.java"))
                .contains(".error(\"404\", ResponseType.json(Problem.class), ProblemException::new)")
                .contains(".error(\"4XX\", ResponseType.json(Problem.class), ProblemException::new)")
                .contains(".error(\"5XX\", ResponseType.json(Fault.class), FaultException::new)")
                .contains(".error(\"default\", ResponseType.json(Other.class), OtherException::new)")
                .contains("@throws ProblemException for status 404, 4XX");
        assertThat(client.has("ProblemException.java")).isTrue();
        assertThat(client.has("FaultException.java")).isTrue();
        assertThat(client.has("OtherException.java")).isTrue();
    }
}
