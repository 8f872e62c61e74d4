package dev.specpoet.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.fixtures.InlineSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs of an OpenAPI 3.2 spec: nested tags as a tree, and examples' wire forms. */
class OpenApi32DocsTest {
    private static final String SPEC = """
            openapi: 3.2.0
            info: {title: Chat, version: "1"}
            tags:
              - {name: chat, summary: Chat, description: Conversations.}
              - {name: messages, parent: chat, summary: Messages}
              - {name: drafts, parent: messages}
            paths:
              /messages:
                get:
                  operationId: listMessages
                  tags: [messages]
                  parameters:
                    - name: filter
                      in: querystring
                      required: true
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            type: object
                            properties: {limit: {type: integer}}
                          examples:
                            small: {dataValue: {limit: 2}, serializedValue: limit=2}
                  responses:
                    '204': {description: ok}
                query:
                  operationId: searchMessages
                  tags: [drafts]
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {text: {type: string}}}
                        examples:
                          one: {dataValue: {text: hi}, serializedValue: '{"text":"hi"}'}
                  responses:
                    '204': {description: ok}
            components:
              securitySchemes:
                device:
                  type: oauth2
                  flows:
                    deviceAuthorization: {deviceAuthorizationUrl: /device, tokenUrl: /token, scopes: {}}
                legacy: {type: apiKey, in: header, name: X-Key, deprecated: true}
            security: [{device: []}, {legacy: []}]
            """;

    @TempDir
    Path folder;

    @Test
    void nestedTagsAreATreeAndExamplesShowTheirWireForm() throws Exception {
        Path spec = InlineSpec.write(folder, "chat.yaml", SPEC);
        Path docs = folder.resolve("docs");
        Specpoet.generate(GeneratorConfig.builder(SpecSource.file(spec), folder.resolve("out"))
                .basePackage("com.example.chat")
                .docsDirectory(docs)
                .build());

        String readme = Files.readString(docs.resolve("README.md"));
        assertThat(readme)
                .contains("## API groups\n\n"
                        + "- **Chat**: Conversations.\n"
                        + "  - [**MessagesApi**](docs/MessagesApi.md) (Messages)\n"
                        + "    - [**DraftsApi**](docs/DraftsApi.md) (drafts)\n\n");
        assertThat(readme).contains("| **QUERY** /messages |");
        assertThat(readme)
                .contains("        // OAuth2 device, device authorization at /device\n"
                        + "        .device(System.getenv(\"DEVICE_CLIENT_ID\"), code -> System.out.println(\"Open \" +"
                        + " code.verificationUri() + \" and enter \" + code.userCode()))\n")
                .contains("        // API key legacy, sent in header X-Key (deprecated)\n");
        String drafts = Files.readString(docs.resolve("docs/DraftsApi.md"));
        assertThat(drafts).contains("Part of **chat** > **messages**.\n\n");
        assertThat(drafts).contains("example on the wire: `{\"text\":\"hi\"}`");
        String messages = Files.readString(docs.resolve("docs/MessagesApi.md"));
        assertThat(messages)
                .contains("Part of **chat**.\n\n")
                .contains("querystring `filter`, required, serialized as `application/x-www-form-urlencoded`,"
                        + " example on the wire: `limit=2`");
    }
}
