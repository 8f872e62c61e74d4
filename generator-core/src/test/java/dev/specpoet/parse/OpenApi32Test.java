package dev.specpoet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.specpoet.Specpoet;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.Content;
import dev.specpoet.model.HttpMethod;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.SecurityScheme;
import dev.specpoet.model.Tag;
import dev.specpoet.model.UnionDef;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenAPI 3.2 documents: Swagger Parser alone rejects them (and read as 3.1 loses every 3.2 field),
 * the bridge hands it a 3.1 tree and the model gets the 3.2 parts back, located.
 */
class OpenApi32Test {
    static final String SPEC = """
            openapi: 3.2.0
            info: {title: Items, version: "1"}
            tags:
              - {name: chat, summary: Chat, description: Conversations., kind: nav}
              - {name: messages, parent: chat, summary: Messages}
            paths:
              /items/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                get:
                  operationId: getItem
                  tags: [messages]
                  parameters:
                    - name: filter
                      in: querystring
                      content:
                        application/x-www-form-urlencoded:
                          schema: {$ref: '#/components/schemas/Filter'}
                          examples:
                            small:
                              dataValue: {limit: 2}
                              serializedValue: limit=2
                  responses:
                    '200':
                      description: events
                      content:
                        text/event-stream:
                          itemSchema: {$ref: '#/components/schemas/Event'}
                query:
                  operationId: searchItems
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Filter'}
                        examples:
                          one: {dataValue: {limit: 5}, serializedValue: '{"limit":5}'}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                additionalOperations:
                  COPY:
                    operationId: copyItem
                    parameters:
                      - {name: Destination, in: header, required: true, schema: {type: string}}
                    responses:
                      '204': {description: copied}
            components:
              schemas:
                Filter:
                  type: object
                  properties: {limit: {type: integer}}
                Event:
                  type: object
                  properties: {text: {type: string}}
                Cat:
                  type: object
                  properties: {kind: {type: string}, purrs: {type: boolean}}
                Dog:
                  type: object
                  properties: {kind: {type: string}, barks: {type: boolean}}
                Pet:
                  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                  discriminator:
                    propertyName: kind
                    mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
                    defaultMapping: '#/components/schemas/Cat'
              securitySchemes:
                device:
                  type: oauth2
                  flows:
                    deviceAuthorization:
                      deviceAuthorizationUrl: https://auth.example.com/device
                      tokenUrl: https://auth.example.com/token
                      scopes: {read: Read, write: Write}
                legacyKey:
                  type: apiKey
                  in: header
                  name: X-Legacy-Key
                  deprecated: true
            """;

    @TempDir
    Path folder;

    @Test
    void swaggerParserAloneRejectsThe32DocumentAndLosesIts32FieldsReadAs31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult as32 = new OpenAPIV3Parser().readContents(SPEC, null, options);
        assertThat(as32.getOpenAPI()).isNull();

        SwaggerParseResult as31 =
                new OpenAPIV3Parser().readContents(SPEC.replace("openapi: 3.2.0", "openapi: 3.1.1"), null, options);
        var item = as31.getOpenAPI().getPaths().get("/items/{id}");
        assertThat(item.readOperations()).hasSize(1); // query and COPY are gone
        assertThat(item.getGet().getParameters()).isEmpty(); // the querystring parameter too
        var discriminator =
                as31.getOpenAPI().getComponents().getSchemas().get("Pet").getDiscriminator();
        assertThat(discriminator.getMapping()).hasSize(2);
        assertThat(discriminator.getExtensions()).isNullOrEmpty(); // defaultMapping dropped without a message
        assertThat(as31.getMessages()).noneMatch(message -> message.contains("defaultMapping"));
    }

    @Test
    void readsThe32Version() throws Exception {
        ParsedSpec parsed = InlineSpec.parse(folder, SPEC);

        assertThat(parsed.version()).isEqualTo(SpecVersion.OPENAPI_3_2);
        assertThat(parsed.openApi().getPaths()).containsOnlyKeys("/items/{id}");
        assertThat(parsed.diagnostics()).noneMatch(d -> d.code().equals("PARSER_MESSAGE"));
    }

    @Test
    void queryAndAdditionalOperationsAreOperationsOfTheirPath() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC);

        assertThat(model.operations())
                .extracting(
                        Operation::operationId,
                        Operation::method,
                        o -> o.location().pointer())
                .containsExactly(
                        tuple("getItem", HttpMethod.GET, "/paths/~1items~1{id}/get"),
                        tuple("searchItems", HttpMethod.QUERY, "/paths/~1items~1{id}/query"),
                        tuple("copyItem", new HttpMethod("COPY"), "/paths/~1items~1{id}/additionalOperations/COPY"));
        Operation search = operation(model, "searchItems");
        assertThat(search.requestBody().orElseThrow().contents())
                .extracting(Content::mediaType, Content::example, Content::serializedExample)
                .containsExactly(tuple(
                        "application/json",
                        Optional.of(new JsonValue.Object(Map.of("limit", new JsonValue.Number(BigDecimal.valueOf(5))))),
                        Optional.of("{\"limit\":5}")));
        assertThat(search.parameters())
                .extracting(Parameter::name, p -> p.specLocation().pointer())
                .containsExactly(tuple("id", "/paths/~1items~1{id}/parameters/0"));
        assertThat(operation(model, "copyItem").parameters())
                .extracting(Parameter::name, p -> p.specLocation().pointer())
                .containsExactly(
                        tuple("id", "/paths/~1items~1{id}/parameters/0"),
                        tuple("Destination", "/paths/~1items~1{id}/additionalOperations/COPY/parameters/0"));
    }

    @Test
    void aQuerystringParameterKeepsItsMediaTypeAndWireExample() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC);

        Parameter filter = operation(model, "getItem").parameters().stream()
                .filter(p -> p.name().equals("filter"))
                .findFirst()
                .orElseThrow();
        assertThat(filter.location()).isEqualTo(ParameterLocation.QUERYSTRING);
        assertThat(filter.mediaType()).contains("application/x-www-form-urlencoded");
        assertThat(filter.type()).isInstanceOf(NamedType.class);
        assertThat(((NamedType) filter.type()).id()).isEqualTo(new SchemaId("/components/schemas/Filter"));
        assertThat(filter.example())
                .contains(new JsonValue.Object(Map.of("limit", new JsonValue.Number(BigDecimal.valueOf(2)))));
        assertThat(filter.serializedExample()).contains("limit=2");
        assertThat(filter.extensions().values()).isEmpty(); // the bridge's markers stay internal
    }

    @Test
    void itemSchemaTypesTheItemsOfAStream() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC);

        Content events =
                operation(model, "getItem").responses().get(0).contents().get(0);
        assertThat(events.isSequence()).isTrue();
        assertThat(events.typeFromItemSchema()).isTrue();
        assertThat(((NamedType) events.type().orElseThrow()).id()).isEqualTo(new SchemaId("/components/schemas/Event"));
    }

    @Test
    void defaultMappingNamesTheVariantUnknownTagsDecodeAs() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC);

        UnionDef pet = (UnionDef) InlineSpec.schema(model, "/components/schemas/Pet");
        assertThat(pet.defaultVariant().map(type -> ((NamedType) type).id()))
                .contains(new SchemaId("/components/schemas/Cat"));
        assertThat(pet.extensions().values()).isEmpty();
    }

    @Test
    void tagsKeepParentSummaryAndKind() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC);

        assertThat(model.tags())
                .containsExactly(
                        new Tag(
                                "chat",
                                Optional.of("Conversations."),
                                Optional.of("Chat"),
                                Optional.empty(),
                                Optional.of("nav")),
                        new Tag(
                                "messages",
                                Optional.empty(),
                                Optional.of("Messages"),
                                Optional.of("chat"),
                                Optional.empty()));
    }

    @Test
    void securitySchemesKeepTheDeviceFlowAndDeprecation() throws Exception {
        InlineSpec.ModelRun run = InlineSpec.modelRun(folder, SPEC);

        SecurityScheme device = run.model().securitySchemes().get(0);
        assertThat(device.deviceFlow().orElseThrow())
                .extracting(
                        SecurityScheme.DeviceFlow::deviceAuthorizationUrl,
                        SecurityScheme.DeviceFlow::tokenUrl,
                        SecurityScheme.DeviceFlow::scopes)
                .containsExactly(
                        "https://auth.example.com/device", "https://auth.example.com/token", List.of("read", "write"));
        SecurityScheme legacy = run.model().securitySchemes().get(1);
        assertThat(legacy.deprecated()).isTrue();
        assertThat(device.deprecated()).isFalse();
        assertThat(run.diagnostics())
                .filteredOn(d -> d.code().equals("SECURITY_SCHEME_DEPRECATED"))
                .extracting(d -> d.location().pointer())
                .containsExactly("/components/securitySchemes/legacyKey");
    }

    @Test
    void errorsIn32PartsNameFileLineAndPointer() throws Exception {
        String broken = SPEC.replace("  COPY:\n", "  GET:\n")
                .replace("defaultMapping: '#/components/schemas/Cat'", "defaultMapping: '#/components/schemas/Filter'")
                .replace("{name: messages, parent: chat,", "{name: messages, parent: talk,")
                .replace("deviceAuthorizationUrl: https://auth.example.com/device", "x-note: no device URL");
        Path spec = InlineSpec.write(folder, "api.yaml", broken);
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(spec), folder.resolve("out"))
                .basePackage("com.example.items")
                .build();

        assertThatThrownBy(() -> Specpoet.generate(config))
                .isInstanceOf(GenerationException.class)
                // The location is the operation's node, on the line under its key.
                .hasMessageContaining("api.yaml:" + (lineOf(broken, "GET:") + 1) + ":")
                .hasMessageContaining("#/paths/~1items~1{id}/additionalOperations/GET: 'GET' is a fixed field of"
                        + " the path item; declare it as 'get', not under 'additionalOperations'");

        String fixedMethod = broken.replace("  GET:\n", "  COPY:\n");
        InlineSpec.write(folder, "api.yaml", fixedMethod);
        assertThatThrownBy(() -> Specpoet.generate(config))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("api.yaml:" + lineOf(broken, "parent: talk") + ":")
                .hasMessageContaining(
                        "#/tags/1/parent: tag 'messages' names parent 'talk', which is not a declared tag")
                .hasMessageContaining("#/components/schemas/Pet/discriminator/defaultMapping: 'defaultMapping' must"
                        + " name one of the alternatives [Cat, Dog]; 'Filter' is not one")
                .hasMessageContaining("#/components/securitySchemes/device/flows/deviceAuthorization: the"
                        + " deviceAuthorization flow needs 'deviceAuthorizationUrl' and 'tokenUrl'");
    }

    @Test
    void aQuerystringParameterNeedsOneMediaTypeAndNoQueryParameters() throws Exception {
        String spec = """
                openapi: 3.2.0
                info: {title: Q, version: "1"}
                paths:
                  /search:
                    get:
                      operationId: search
                      parameters:
                        - {name: q, in: querystring, schema: {type: string}}
                        - {name: page, in: query, schema: {type: integer}}
                      responses: {'204': {description: ok}}
                """;

        assertThatThrownBy(() -> InlineSpec.model(folder, spec))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("#/paths/~1search/get/parameters/0: querystring parameter 'q' must have"
                        + " 'content' with exactly one media type");
    }

    /** The 1-based line of the first line containing {@code text}. */
    private static int lineOf(String spec, String text) {
        List<String> lines = spec.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    private static Operation operation(ApiModel model, String id) {
        return model.operations().stream()
                .filter(o -> o.operationId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
