package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.testing.InProcessCompiler;
import dev.specpoet.testing.InProcessCompiler.GeneratedClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query parameters in a style other than exploded form name the runtime's nested style enum. */
class QueryParameterStylesTest {
    @TempDir
    Path folder;

    @Test
    void everyQueryStyleCompiles() throws Exception {
        GeneratedClient client = InProcessCompiler.generate(folder, """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: findPets
                      parameters:
                        - {name: tags, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
                        - {name: ids, in: query, style: pipeDelimited, schema: {type: array, items: {type: integer}}}
                        - {name: names, in: query, style: spaceDelimited, schema: {type: array, items: {type: string}}}
                        - name: filter
                          in: query
                          style: deepObject
                          explode: true
                          schema: {type: object, additionalProperties: {type: string}}
                      responses:
                        '204': {description: none}
                """);

        assertThat(client.compileErrors()).isEmpty();
        assertThat(client.source("api/DefaultApi.java"))
                .contains("ApiRequest.ParamStyle.FORM, false")
                .contains("ApiRequest.ParamStyle.PIPE_DELIMITED")
                .contains("ApiRequest.ParamStyle.SPACE_DELIMITED")
                .contains("ApiRequest.ParamStyle.DEEP_OBJECT, true");
    }
}
