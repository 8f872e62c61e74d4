package dev.specpoet.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.Content;
import dev.specpoet.model.HttpMethod;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.model.ParameterStyle;
import dev.specpoet.model.RequestBody;
import dev.specpoet.model.Response;
import dev.specpoet.model.ResponseHeader;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.ScalarType.Scalar;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.SecurityScheme;
import dev.specpoet.model.Server;
import dev.specpoet.model.ServerVariable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationModelTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Management API, version: "3", description: Manage keys.}
            servers:
              - url: https://management-test.adyen.com/v3
                description: Test
              - url: https://{region}.example.com/{version}
                variables:
                  region: {default: eu}
                  version: {default: v2}
            security:
              - ApiKeyAuth: []
              - BasicAuth: []
            tags:
              - name: Keys
                description: API keys.
            paths:
              /companies/{companyId}/keys:
                parameters:
                  - {name: companyId, in: path, required: true, description: The company., schema: {type: string}}
                  - {name: X-Trace, in: header, schema: {type: string}}
                get:
                  operationId: listKeys
                  tags: [Keys, Other]
                  summary: List keys
                  description: Lists every key.
                  deprecated: true
                  security: []
                  parameters:
                    - {name: pageSize, in: query, schema: {type: integer, format: int32, default: 10}}
                    - {name: X-Trace, in: header, required: true, schema: {type: string}}
                    - name: ids
                      in: query
                      style: pipeDelimited
                      explode: false
                      schema: {type: array, items: {type: string}}
                    - {name: session, in: cookie, schema: {type: string}}
                    - {name: Accept, in: header, schema: {type: string}}
                    - $ref: '#/components/parameters/Filter'
                  responses:
                    '200':
                      description: OK
                      headers:
                        X-Total: {description: Total count, schema: {type: integer}}
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Key'}}
                    '4XX': {description: Client error}
                    default:
                      description: Error
                      content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
                post:
                  operationId: createKey
                  security: [{ApiKeyAuth: [], BasicAuth: []}]
                  requestBody:
                    required: true
                    description: The new key.
                    content:
                      application/json: {schema: {$ref: '#/components/schemas/Key'}}
                      application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Key'}}
                      multipart/form-data:
                        schema: {type: object, properties: {file: {type: string, format: binary}}}
                  responses:
                    '201': {description: Created, content: {application/json: {schema: {$ref: '#/components/schemas/Key'}}}}
                    '204': {description: No content}
                    '404': {$ref: '#/components/responses/NotFound'}
              /keys/{keyId}:
                delete:
                  parameters:
                    - {name: keyId, in: path, required: true, schema: {type: string, format: uuid}}
                  requestBody: {$ref: '#/components/requestBodies/Reason'}
                  responses: {'204': {description: Done}}
            components:
              parameters:
                Filter: {name: filter, in: query, schema: {type: string}}
              requestBodies:
                Reason: {content: {text/plain: {schema: {type: string}}}}
              responses:
                NotFound: {description: Not found, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
              securitySchemes:
                ApiKeyAuth: {type: apiKey, in: header, name: X-API-Key}
                BasicAuth: {type: http, scheme: basic}
                API Key: {type: http, scheme: bearer, description: Bearer token authentication with an API key}
                OAuth:
                  type: oauth2
                  flows:
                    clientCredentials:
                      tokenUrl: https://auth.example.com/token
                      scopes: {read: Read, write: Write}
              schemas:
                Key: {type: object, properties: {id: {type: string}}}
                Error: {type: object, properties: {message: {type: string}}}
            """;

    @TempDir
    Path folder;

    private InlineSpec.ModelRun run;
    private ApiModel model;

    @BeforeEach
    void normalize() throws Exception {
        run = InlineSpec.modelRun(folder, SPEC);
        model = run.model();
    }

    @Test
    void infoServersAndTags() {
        assertThat(model.sourceName()).isEqualTo("spec.yaml");
        assertThat(model.info().title()).isEqualTo("Management API");
        assertThat(model.info().version()).isEqualTo("3");
        assertThat(model.info().description()).contains("Manage keys.");
        assertThat(model.servers())
                .containsExactly(
                        new Server(
                                "https://management-test.adyen.com/v3",
                                Optional.of("Test"),
                                "https://management-test.adyen.com/v3",
                                List.of(),
                                SpecLocation.of("spec.yaml", "/servers/0")),
                        new Server(
                                "https://eu.example.com/v2",
                                Optional.empty(),
                                "https://{region}.example.com/{version}",
                                List.of(
                                        new ServerVariable("region", "eu", List.of(), Optional.empty()),
                                        new ServerVariable("version", "v2", List.of(), Optional.empty())),
                                SpecLocation.of("spec.yaml", "/servers/1")));
        assertThat(model.tags()).extracting(dev.specpoet.model.Tag::name).containsExactly("Keys");
    }

    @Test
    void operationsInSpecOrderWithTheirDescriptiveParts() {
        assertThat(model.operations())
                .extracting(Operation::method, Operation::path)
                .containsExactly(
                        tuple(HttpMethod.GET, "/companies/{companyId}/keys"),
                        tuple(HttpMethod.POST, "/companies/{companyId}/keys"),
                        tuple(HttpMethod.DELETE, "/keys/{keyId}"));
        Operation list = InlineSpec.operation(model, "listKeys");
        assertThat(list.tags()).containsExactly("Keys", "Other");
        assertThat(list.summary()).contains("List keys");
        assertThat(list.description()).contains("Lists every key.");
        assertThat(list.deprecated()).isTrue();
        assertThat(list.operationIdSynthesized()).isFalse();
        assertThat(list.location()).hasToString("spec.yaml#/paths/~1companies~1{companyId}~1keys/get");
        assertThat(InlineSpec.operation(model, "createKey").deprecated()).isFalse();
    }

    @Test
    void operationWithoutIdGetsOneFromMethodAndPath() {
        Operation delete = model.operations().get(2);

        assertThat(delete.operationId()).isEqualTo("delete /keys/{keyId}");
        assertThat(delete.operationIdSynthesized()).isTrue();
    }

    @Test
    void pathLevelParametersComeFirstAndAnOperationLevelOneWithTheSameNameWins() {
        List<Parameter> parameters = InlineSpec.operation(model, "listKeys").parameters();

        assertThat(parameters)
                .extracting(Parameter::location, Parameter::name)
                .containsExactly(
                        tuple(ParameterLocation.PATH, "companyId"),
                        tuple(ParameterLocation.QUERY, "pageSize"),
                        tuple(ParameterLocation.HEADER, "X-Trace"),
                        tuple(ParameterLocation.QUERY, "ids"),
                        tuple(ParameterLocation.COOKIE, "session"),
                        tuple(ParameterLocation.QUERY, "filter"));
        Parameter companyId = parameter(parameters, "companyId");
        assertThat(companyId.required()).isTrue();
        assertThat(companyId.description()).contains("The company.");
        assertThat(companyId.style()).isEqualTo(ParameterStyle.SIMPLE);
        assertThat(parameter(parameters, "X-Trace").required())
                .as("operation-level X-Trace")
                .isTrue();
        assertThat(InlineSpec.operation(model, "createKey").parameters())
                .extracting(Parameter::name, Parameter::required)
                .containsExactly(tuple("companyId", true), tuple("X-Trace", false));
    }

    @Test
    void parameterLocationsPointWhereTheSpecWritesThem() {
        List<Parameter> parameters = InlineSpec.operation(model, "listKeys").parameters();
        String path = "spec.yaml#/paths/~1companies~1{companyId}~1keys";

        assertThat(parameters)
                .extracting(parameter -> parameter.specLocation().toString())
                .containsExactly(
                        path + "/parameters/0",
                        path + "/get/parameters/0",
                        path + "/get/parameters/1",
                        path + "/get/parameters/2",
                        path + "/get/parameters/3",
                        path + "/get/parameters/5");
        assertThat(InlineSpec.operation(model, "createKey").parameters())
                .extracting(parameter -> parameter.specLocation().toString())
                .containsExactly(path + "/parameters/0", path + "/parameters/1");
    }

    @Test
    void anInlineSchemaOfAPathLevelParameterIsOneTypeForEveryOperationOfThePath() throws Exception {
        ApiModel shared = InlineSpec.model(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /keys/{kind}:
                    parameters:
                      - {name: kind, in: path, required: true, schema: {type: string, enum: [api, client]}}
                    get: {operationId: listKeys, responses: {'200': {description: OK}}}
                    post: {operationId: createKey, responses: {'200': {description: OK}}}
                """);
        NamedType kind = new NamedType(new SchemaId("/paths/~1keys~1{kind}/parameters/0/schema"));

        assertThat(shared.operations())
                .extracting(operation -> operation.parameters().get(0).type())
                .containsExactly(kind, kind);
        assertThat(InlineSpec.ids(shared)).containsExactly(kind.id().pointer());
    }

    @Test
    void parameterTypesStylesAndDefaults() {
        List<Parameter> parameters = InlineSpec.operation(model, "listKeys").parameters();
        Parameter pageSize = parameter(parameters, "pageSize");
        Parameter ids = parameter(parameters, "ids");

        assertThat(pageSize.type()).isEqualTo(ScalarType.of(Scalar.INT32));
        assertThat(pageSize.required()).isFalse();
        assertThat(pageSize.style()).isEqualTo(ParameterStyle.FORM);
        assertThat(pageSize.explode()).isTrue();
        assertThat(pageSize.defaultValue()).contains(new JsonValue.Number(BigDecimal.TEN));
        assertThat(ids.type()).isEqualTo(new ArrayType(ScalarType.STRING));
        assertThat(ids.style()).isEqualTo(ParameterStyle.PIPE_DELIMITED);
        assertThat(ids.explode()).isFalse();
        assertThat(parameter(parameters, "session").location()).isEqualTo(ParameterLocation.COOKIE);
        assertThat(model.operations().get(2).parameters().get(0).type()).isEqualTo(ScalarType.of(Scalar.UUID));
    }

    @Test
    void headersTheClientSetsItselfAreDroppedWithANote() {
        assertThat(InlineSpec.operation(model, "listKeys").parameters())
                .extracting(Parameter::name)
                .doesNotContain("Accept");
        assertThat(run.diagnostics())
                .filteredOn(d -> d.code().equals("HEADER_PARAMETER_IGNORED"))
                .singleElement()
                .hasToString("spec.yaml#/paths/~1companies~1{companyId}~1keys/get/parameters/4: header parameter"
                        + " 'Accept' is set by the client itself, as OpenAPI says");
    }

    @Test
    void requestBodyListsEveryMediaTypeInSpecOrder() {
        RequestBody body =
                InlineSpec.operation(model, "createKey").requestBody().orElseThrow();
        NamedType key = new NamedType(new SchemaId("/components/schemas/Key"));

        assertThat(body.required()).isTrue();
        assertThat(body.description()).contains("The new key.");
        assertThat(body.contents())
                .extracting(Content::mediaType)
                .containsExactly("application/json", "application/x-www-form-urlencoded", "multipart/form-data");
        assertThat(body.contents().get(0).type()).contains(key);
        assertThat(body.contents().get(1).type()).contains(key);
        SchemaId multipart = new SchemaId(
                "/paths/~1companies~1{companyId}~1keys/post/requestBody/content/multipart~1form-data/schema");
        assertThat(body.contents().get(2).type()).contains(new NamedType(multipart));
        assertThat(InlineSpec.schema(model, multipart.pointer()).nameHint().parts())
                .containsExactly("createKey", "Request");
        assertThat(model.operations().get(2).requestBody().orElseThrow().contents())
                .containsExactly(new Content(
                        "text/plain",
                        Optional.of(ScalarType.STRING),
                        Optional.empty(),
                        SpecLocation.of("spec.yaml", "/paths/~1keys~1{keyId}/delete/requestBody/content/text~1plain")));
    }

    @Test
    void responsesByStatusIncludingRangesDefaultAndReferencedOnes() {
        Operation list = InlineSpec.operation(model, "listKeys");
        Operation create = InlineSpec.operation(model, "createKey");
        NamedType error = new NamedType(new SchemaId("/components/schemas/Error"));

        assertThat(list.responses())
                .extracting(response -> response.status().wireKey())
                .containsExactly("200", "4XX", "default");
        assertThat(list.successResponses()).extracting(r -> r.status().code()).containsExactly(200);
        assertThat(list.errorResponses()).extracting(Response::description).containsExactly("Client error", "Error");
        Response ok = list.responses().get(0);
        assertThat(ok.contents().get(0).type())
                .contains(new ArrayType(new NamedType(new SchemaId("/components/schemas/Key"))));
        assertThat(ok.headers())
                .containsExactly(new ResponseHeader(
                        "X-Total",
                        Optional.of("Total count"),
                        ScalarType.of(Scalar.INT64),
                        SpecLocation.of(
                                "spec.yaml",
                                "/paths/~1companies~1{companyId}~1keys/get/responses/200/headers/X-Total")));
        assertThat(list.responses().get(2).status().isDefault()).isTrue();
        assertThat(list.responses().get(2).contents().get(0).type()).contains(error);
        assertThat(create.responses())
                .extracting(r -> r.status().wireKey(), Response::description)
                .containsExactly(tuple("201", "Created"), tuple("204", "No content"), tuple("404", "Not found"));
        assertThat(create.responses().get(1).contents()).isEmpty();
        assertThat(create.responses().get(2).contents().get(0).type()).contains(error);
    }

    @Test
    void securityIsTheOperationsOwnOrTheSpecDefault() {
        assertThat(InlineSpec.operation(model, "listKeys").security()).isEmpty();
        assertThat(InlineSpec.operation(model, "createKey").security())
                .containsExactly(List.of("ApiKeyAuth", "BasicAuth"));
        assertThat(model.operations().get(2).security()).containsExactly(List.of("ApiKeyAuth"), List.of("BasicAuth"));
    }

    @Test
    void securitySchemesByKind() {
        assertThat(model.securitySchemes())
                .extracting(SecurityScheme::name, SecurityScheme::kind)
                .containsExactly(
                        tuple("ApiKeyAuth", SecurityScheme.Kind.API_KEY),
                        tuple("BasicAuth", SecurityScheme.Kind.HTTP_BASIC),
                        tuple("API Key", SecurityScheme.Kind.HTTP_BEARER),
                        tuple("OAuth", SecurityScheme.Kind.OAUTH2));
        SecurityScheme apiKey = model.securitySchemes().get(0);
        assertThat(apiKey.keyLocation()).contains(ParameterLocation.HEADER);
        assertThat(apiKey.parameterName()).contains("X-API-Key");
        assertThat(model.securitySchemes().get(2).description())
                .contains("Bearer token authentication with an API key");
        SecurityScheme oauth = model.securitySchemes().get(3);
        assertThat(oauth.tokenUrl()).contains("https://auth.example.com/token");
        assertThat(oauth.scopes()).containsExactly("read", "write");
    }

    private static Parameter parameter(List<Parameter> parameters, String name) {
        return parameters.stream()
                .filter(parameter -> parameter.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
