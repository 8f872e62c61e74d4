package dev.specpoet.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.Constraints;
import dev.specpoet.model.Content;
import dev.specpoet.model.Extensions;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.MediaTypes;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.Property;
import dev.specpoet.model.RequestBody;
import dev.specpoet.model.Response;
import dev.specpoet.model.SequenceKind;
import dev.specpoet.model.ServerVariable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the model keeps of the spec for later features (pagination, streaming, validation): every
 * {@code x-} key, validation constraints, server variables, streamed bodies and a location on each
 * node, for OpenAPI 3.0, 3.1 and Swagger 2.0 input.
 */
class ModelAdditionsTest {
    private static final String SPEC_30 = """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            x-api-owner: payments
            servers:
              - url: https://{region}.example.com/{version}
                variables:
                  region: {default: eu, enum: [eu, us], description: Data centre.}
                  version: {default: v2}
            paths:
              /items:
                get:
                  operationId: listItems
                  x-speakeasy-pagination:
                    type: cursor
                    inputs: [{name: starting_after, in: parameters, type: cursor}]
                    outputs: {nextCursor: '$.data[-1].id'}
                  parameters:
                    - name: limit
                      in: query
                      x-example-note: page size
                      schema: {type: integer, format: int32, minimum: 1, maximum: 100, exclusiveMaximum: true}
                    - name: sku
                      in: query
                      schema: {$ref: '#/components/schemas/Sku'}
                  responses:
                    '200':
                      description: ok
                      headers:
                        X-Total: {schema: {type: integer}}
                      content:
                        application/json: {schema: {$ref: '#/components/schemas/Item'}}
                        text/event-stream; charset=utf-8: {schema: {$ref: '#/components/schemas/Item'}}
                        application/x-ndjson: {schema: {$ref: '#/components/schemas/Item'}}
                post:
                  operationId: createItem
                  requestBody:
                    content:
                      application/json: {schema: {$ref: '#/components/schemas/Item'}}
                  responses:
                    '201': {description: created}
            components:
              schemas:
                Sku: {type: string, pattern: '^[A-Z]{3}-[0-9]+$', minLength: 5, maxLength: 20}
                Item:
                  type: object
                  x-go-type: ItemModel
                  x-tags: [a, {b: 1}]
                  properties:
                    price:
                      type: number
                      minimum: 0
                      exclusiveMinimum: true
                      multipleOf: 0.01
                      x-currency: true
                    tags: {type: array, items: {type: string}, minItems: 1, maxItems: 10}
                    sku:
                      $ref: '#/components/schemas/Sku'
                    code:
                      allOf: [{$ref: '#/components/schemas/Sku'}]
                      maxLength: 8
                    email: {type: string, format: email}
            """;

    @TempDir
    Path folder;

    @Test
    void extensionsAreKeptAsJsonOnTheApiOperationsParametersSchemasAndProperties() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC_30);
        Operation list = InlineSpec.operation(model, "listItems");
        ObjectDef item = InlineSpec.object(model, "Item");

        assertThat(model.extensions().values()).containsExactly(Map.entry("x-api-owner", text("payments")));
        assertThat(list.extensions().names()).containsExactly("x-speakeasy-pagination");
        JsonValue.Object pagination =
                list.extensions().object("x-speakeasy-pagination").orElseThrow();
        assertThat(pagination.members()).containsKeys("type", "inputs", "outputs");
        assertThat(pagination.members().get("type")).isEqualTo(text("cursor"));
        assertThat(pagination.members().get("outputs"))
                .isEqualTo(new JsonValue.Object(Map.of("nextCursor", text("$.data[-1].id"))));
        assertThat(parameter(list, "limit").extensions().text("x-example-note")).contains("page size");
        assertThat(parameter(list, "sku").extensions()).isEqualTo(Extensions.NONE);
        assertThat(item.extensions().names()).containsExactly("x-go-type", "x-tags");
        assertThat(item.extensions().get("x-tags"))
                .contains(new JsonValue.Array(
                        List.of(text("a"), new JsonValue.Object(Map.of("b", new JsonValue.Number(BigDecimal.ONE))))));
        assertThat(property(item, "price").extensions().isTrue("x-currency")).isTrue();
        assertThat(InlineSpec.operation(model, "createItem").extensions().isEmpty())
                .isTrue();
    }

    @Test
    void constraintsOfPropertiesAndParametersIncludingReferencedAliases() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC_30);
        ObjectDef item = InlineSpec.object(model, "Item");
        Operation list = InlineSpec.operation(model, "listItems");
        Constraints sku = Constraints.builder()
                .pattern("^[A-Z]{3}-[0-9]+$")
                .minLength(5)
                .maxLength(20)
                .build();

        assertThat(property(item, "price").constraints())
                .isEqualTo(Constraints.builder()
                        .minimum(BigDecimal.ZERO, true)
                        .multipleOf(new BigDecimal("0.01"))
                        .build());
        assertThat(property(item, "tags").constraints())
                .isEqualTo(Constraints.builder().minItems(1).maxItems(10).build());
        assertThat(property(item, "sku").constraints()).isEqualTo(sku);
        assertThat(property(item, "code").constraints())
                .as("the use overrides what the alias says")
                .isEqualTo(Constraints.builder()
                        .pattern("^[A-Z]{3}-[0-9]+$")
                        .minLength(5)
                        .maxLength(8)
                        .build());
        assertThat(property(item, "email").constraints())
                .isEqualTo(Constraints.builder().format("email").build());
        assertThat(parameter(list, "limit").constraints())
                .isEqualTo(Constraints.builder()
                        .minimum(BigDecimal.ONE, false)
                        .maximum(new BigDecimal("100"), true)
                        .format("int32")
                        .build());
        assertThat(parameter(list, "sku").constraints()).isEqualTo(sku);
    }

    @Test
    void numericExclusiveBoundsOfOpenApi31() throws Exception {
        ApiModel model = InlineSpec.model(folder, InlineSpec.schemas31("""
                Range:
                  type: object
                  x-kind: range
                  properties:
                    ratio: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1, x-unit: fraction}
                    level: {type: integer, minimum: 1, maximum: 5}
                    stricter: {type: integer, minimum: 1, exclusiveMinimum: 3}
                """));
        ObjectDef range = InlineSpec.object(model, "Range");

        assertThat(property(range, "ratio").constraints())
                .isEqualTo(Constraints.builder()
                        .minimum(BigDecimal.ZERO, true)
                        .maximum(BigDecimal.ONE, true)
                        .build());
        assertThat(property(range, "level").constraints())
                .isEqualTo(Constraints.builder()
                        .minimum(BigDecimal.ONE, false)
                        .maximum(new BigDecimal("5"), false)
                        .build());
        assertThat(property(range, "stricter").constraints().minimum())
                .contains(new Constraints.Bound(new BigDecimal("3"), true));
        assertThat(range.extensions().text("x-kind")).contains("range");
        assertThat(property(range, "ratio").extensions().text("x-unit")).contains("fraction");
    }

    @Test
    void swagger20KeepsExtensionsAndConstraints() throws Exception {
        ApiModel model = InlineSpec.model(folder, """
                swagger: '2.0'
                info: {title: T, version: '1'}
                host: api.example.com
                x-origin: converted
                paths:
                  /items:
                    get:
                      operationId: listItems
                      x-ms-pageable: {nextLinkName: nextLink}
                      parameters:
                        - {name: top, in: query, type: integer, minimum: 1, maximum: 50, x-ms-client-name: Top}
                      produces: [application/json]
                      responses:
                        '200': {description: ok, schema: {$ref: '#/definitions/Item'}}
                definitions:
                  Item:
                    type: object
                    x-ms-discriminator-value: item
                    properties:
                      name: {type: string, maxLength: 40, pattern: '^[a-z]+$', x-display-name: Name}
                      size: {type: number, minimum: 0, exclusiveMinimum: true}
                """);
        Operation list = InlineSpec.operation(model, "listItems");
        ObjectDef item = InlineSpec.object(model, "Item");

        assertThat(model.extensions().text("x-origin")).contains("converted");
        assertThat(list.extensions().object("x-ms-pageable").orElseThrow().members())
                .containsEntry("nextLinkName", text("nextLink"));
        Parameter top = parameter(list, "top");
        assertThat(top.extensions().text("x-ms-client-name")).contains("Top");
        assertThat(top.constraints().minimum()).contains(new Constraints.Bound(BigDecimal.ONE, false));
        assertThat(top.constraints().maximum()).contains(new Constraints.Bound(new BigDecimal("50"), false));
        assertThat(item.extensions().text("x-ms-discriminator-value")).contains("item");
        assertThat(property(item, "name").constraints())
                .isEqualTo(
                        Constraints.builder().maxLength(40).pattern("^[a-z]+$").build());
        assertThat(property(item, "name").extensions().text("x-display-name")).contains("Name");
        assertThat(property(item, "size").constraints().minimum())
                .contains(new Constraints.Bound(BigDecimal.ZERO, true));
    }

    @Test
    void serverVariablesWithTheirDefaultsAllowedValuesAndDescriptions() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC_30);

        assertThat(model.servers()).singleElement().satisfies(server -> {
            assertThat(server.url()).isEqualTo("https://eu.example.com/v2");
            assertThat(server.urlTemplate()).isEqualTo("https://{region}.example.com/{version}");
            assertThat(server.variables())
                    .containsExactly(
                            new ServerVariable("region", "eu", List.of("eu", "us"), Optional.of("Data centre.")),
                            new ServerVariable("version", "v2", List.of(), Optional.empty()));
            assertThat(server.location()).isEqualTo(SpecLocation.of(InlineSpec.FILE, "/servers/0"));
        });
    }

    @Test
    void streamedBodiesKnowHowTheirItemsAreFramed() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC_30);
        List<Content> contents =
                InlineSpec.operation(model, "listItems").responses().get(0).contents();

        assertThat(contents)
                .extracting(Content::mediaType, Content::sequenceKind, Content::isSequence)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("application/json", SequenceKind.NONE, false),
                        org.assertj.core.api.Assertions.tuple(
                                "text/event-stream; charset=utf-8", SequenceKind.SSE, true),
                        org.assertj.core.api.Assertions.tuple("application/x-ndjson", SequenceKind.JSON_LINES, true));
        assertThat(contents.get(1).type()).isEqualTo(contents.get(0).type());
    }

    @ParameterizedTest
    @CsvSource({
        "text/event-stream, SSE",
        "Text/Event-Stream;charset=UTF-8, SSE",
        "application/jsonl, JSON_LINES",
        "application/x-ndjson, JSON_LINES",
        "application/x-jsonlines, JSON_LINES",
        "application/json-seq, JSON_SEQ",
        "application/json, NONE",
        "application/problem+json, NONE",
        "text/plain, NONE",
    })
    void sequenceKindOfAMediaType(String mediaType, SequenceKind kind) {
        assertThat(MediaTypes.sequenceKind(mediaType)).isEqualTo(kind);
    }

    @Test
    void everyNodeOfAnOperationKnowsWhereItIsWritten() throws Exception {
        ApiModel model = InlineSpec.model(folder, SPEC_30);
        Operation list = InlineSpec.operation(model, "listItems");
        RequestBody body =
                InlineSpec.operation(model, "createItem").requestBody().orElseThrow();
        Response ok = list.responses().get(0);
        String get = "/paths/~1items/get";

        assertThat(body.location().pointer()).isEqualTo("/paths/~1items/post/requestBody");
        assertThat(body.contents().get(0).location().pointer())
                .isEqualTo("/paths/~1items/post/requestBody/content/application~1json");
        assertThat(ok.location().pointer()).isEqualTo(get + "/responses/200");
        assertThat(ok.contents())
                .extracting(content -> content.location().pointer())
                .containsExactly(
                        get + "/responses/200/content/application~1json",
                        get + "/responses/200/content/text~1event-stream; charset=utf-8",
                        get + "/responses/200/content/application~1x-ndjson");
        assertThat(ok.headers().get(0).location().pointer()).isEqualTo(get + "/responses/200/headers/X-Total");
        assertThat(parameter(list, "limit").specLocation().pointer()).isEqualTo(get + "/parameters/0");
        assertThat(property(InlineSpec.object(model, "Item"), "price")
                        .location()
                        .pointer())
                .isEqualTo("/components/schemas/Item/properties/price");
        assertThat(body.location().document()).isEqualTo(InlineSpec.FILE);
    }

    private static JsonValue text(String value) {
        return new JsonValue.Text(value);
    }

    private static Parameter parameter(Operation operation, String name) {
        return operation.parameters().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Property property(ObjectDef object, String name) {
        return object.property(name).orElseThrow();
    }
}
