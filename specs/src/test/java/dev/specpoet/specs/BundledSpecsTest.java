package dev.specpoet.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that every bundled provider spec is indexed, parses cleanly and states its provider's facts. */
class BundledSpecsTest {

    private static final String INDEX = "META-INF/specpoet/providers.properties";
    private static final String SPEC_FOLDER = "dev/specpoet/specs";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Bad Request - a problem reading or understanding the request.",
            "401", "Unauthorized - authentication required.",
            "403", "Forbidden - insufficient permissions to process the request.",
            "422", "Unprocessable Entity - a request validation error.",
            "500", "Internal Server Error - the server could not process the request.");
    private static final String OK = "OK - the request has succeeded.";
    /**
     * FastAPI names Arthur's scheme "API Key", and the real service keeps that name; OpenAPI wants component keys to
     * match {@code ^[a-zA-Z0-9.\\-_]+$}, so Swagger Parser reports it. Any other message fails the test.
     */
    private static final Map<String, List<String>> ACCEPTED_MESSAGES = Map.of(
            "api-keys-service",
            List.of("components.securitySchemes.SecurityScheme name API Key doesn't adhere to regular expression "
                    + "^[a-zA-Z0-9\\.\\-_]+$"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    /**
     * Adyen's API-credential family as the corpus spec declares it: method and path, tag, {@code x-methodName} and
     * the 200 schema ("-" for the body-less 204 of the DELETE).
     */
    private static final String ADYEN_TABLE = """
            GET /companies/{companyId}/apiCredentials | API credentials - company level | listApiCredentials | ListCompanyApiCredentialsResponse
            POST /companies/{companyId}/apiCredentials | API credentials - company level | createApiCredential | CreateCompanyApiCredentialResponse
            GET /companies/{companyId}/apiCredentials/{apiCredentialId} | API credentials - company level | getApiCredential | CompanyApiCredential
            PATCH /companies/{companyId}/apiCredentials/{apiCredentialId} | API credentials - company level | updateApiCredential | CompanyApiCredential
            POST /companies/{companyId}/apiCredentials/{apiCredentialId}/generateApiKey | API key - company level | generateNewApiKey | GenerateApiKeyResponse
            POST /companies/{companyId}/apiCredentials/{apiCredentialId}/generateClientKey | Client key - company level | generateNewClientKey | GenerateClientKeyResponse
            GET /me | My API credential | getApiCredentialDetails | MeApiCredential
            GET /me/allowedOrigins | My API credential | getAllowedOrigins | AllowedOriginsResponse
            POST /me/allowedOrigins | My API credential | addAllowedOrigin | AllowedOrigin
            GET /me/allowedOrigins/{originId} | My API credential | getAllowedOriginDetails | AllowedOrigin
            DELETE /me/allowedOrigins/{originId} | My API credential | removeAllowedOrigin | -
            POST /me/generateClientKey | My API credential | generateClientKey | GenerateClientKeyResponse
            GET /merchants/{merchantId}/apiCredentials | API credentials - merchant level | listApiCredentials | ListMerchantApiCredentialsResponse
            POST /merchants/{merchantId}/apiCredentials | API credentials - merchant level | createApiCredential | CreateApiCredentialResponse
            GET /merchants/{merchantId}/apiCredentials/{apiCredentialId} | API credentials - merchant level | getApiCredential | ApiCredential
            PATCH /merchants/{merchantId}/apiCredentials/{apiCredentialId} | API credentials - merchant level | updateApiCredential | ApiCredential
            POST /merchants/{merchantId}/apiCredentials/{apiCredentialId}/generateApiKey | API key - merchant level | generateNewApiKey | GenerateApiKeyResponse
            POST /merchants/{merchantId}/apiCredentials/{apiCredentialId}/generateClientKey | Client key - merchant level | generateNewClientKey | GenerateClientKeyResponse
            """;

    /** One row of {@link #ADYEN_TABLE}. */
    private record AdyenOperation(String location, String tag, String methodName, String schema) {
        String path() {
            return location.substring(location.indexOf(' ') + 1);
        }

        /** Adyen's operationId: the lower-case method, then the path segments joined by '-', without braces. */
        String operationId() {
            String method = location.substring(0, location.indexOf(' ')).toLowerCase(Locale.ROOT);
            return method + path().replace('/', '-').replaceAll("[{}]", "");
        }
    }

    private static final Map<String, AdyenOperation> ADYEN = ADYEN_TABLE
            .lines()
            .map(line -> line.split(" \\| "))
            .map(cells -> new AdyenOperation(cells[0], cells[1], cells[2], cells[3]))
            .collect(Collectors.toMap(AdyenOperation::operationId, operation -> operation));

    @Test
    void indexNamesTheFourProvidersWithSpecPackageAndTitle() {
        Properties index = index();
        assertThat(providerIds())
                .containsExactly("adyen-management-v1", "adyen-management-v3", "api-keys-service", "cartovista-cloud");
        Set<String> expectedKeys = providerIds().stream()
                .flatMap(id -> Stream.of(id + ".spec", id + ".package", id + ".title"))
                .collect(Collectors.toSet());
        assertThat(index.stringPropertyNames()).isEqualTo(expectedKeys);
        assertThat(providerIds())
                .allSatisfy(id ->
                        assertThat(index.getProperty(id + ".package")).matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+"));
        assertThat(index.getProperty("api-keys-service.package")).isEqualTo("dev.specpoet.clients.apikeys");
    }

    @Test
    void everySpecInTheFolderIsIndexed() throws IOException, URISyntaxException {
        // The test classes share the folder's package name, so several roots hold it; specs are the non-classes.
        Set<String> found = new TreeSet<>();
        for (URL folder :
                Collections.list(BundledSpecsTest.class.getClassLoader().getResources(SPEC_FOLDER))) {
            assertThat(folder.getProtocol()).isEqualTo("file");
            Arrays.stream(new File(folder.toURI()).list())
                    .filter(name -> !name.endsWith(".class"))
                    .forEach(name -> found.add(SPEC_FOLDER + "/" + name));
        }
        Set<String> indexed = providerIds().stream()
                .map(id -> index().getProperty(id + ".spec"))
                .collect(Collectors.toSet());
        assertThat(found).hasSize(4).isEqualTo(indexed);
    }

    @ParameterizedTest
    @MethodSource("providerIds")
    void specExistsAndParsesWithoutMessages(String id) {
        SwaggerParseResult result = parse(id);
        assertThat(result.getMessages())
                .as("parser messages of %s", id)
                .isEqualTo(ACCEPTED_MESSAGES.getOrDefault(id, List.of()));
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(allRefs(result.getOpenAPI()))
                .as("schema references of %s", id)
                .isSubsetOf(result.getOpenAPI().getComponents().getSchemas().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3"})
    void adyenHasTheEighteenApiCredentialOperations(String version) {
        OpenAPI api = parse("adyen-management-v" + version).getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getInfo().getVersion()).isEqualTo(version);
        assertThat(api.getServers())
                .singleElement()
                .satisfies(server ->
                        assertThat(server.getUrl()).isEqualTo("https://management-test.adyen.com/v" + version));
        Map<String, Operation> operations = operations(api);
        assertThat(operations)
                .hasSize(18)
                .containsKey("post-companies-companyId-apiCredentials-apiCredentialId-generateApiKey");
        assertThat(operations.keySet()).isEqualTo(ADYEN.keySet());
        operations.forEach((key, operation) -> {
            AdyenOperation expected = ADYEN.get(key);
            assertThat(locate(api, operation)).isEqualTo(expected.location());
            assertThat(operation.getTags()).containsExactly(expected.tag());
            assertThat(operation.getExtensions()).containsEntry("x-methodName", expected.methodName());
            assertThat(operation.getSummary()).isNotBlank();
            assertThat(operation.getDescription()).isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3"})
    void adyenOperationsAcceptBasicAuthOrApiKey(String version) {
        OpenAPI api = parse("adyen-management-v" + version).getOpenAPI();
        Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
        assertThat(schemes).containsOnlyKeys("ApiKeyAuth", "BasicAuth");
        assertThat(schemes.get("ApiKeyAuth").getType()).isEqualTo(SecurityScheme.Type.APIKEY);
        assertThat(schemes.get("ApiKeyAuth").getIn()).isEqualTo(SecurityScheme.In.HEADER);
        assertThat(schemes.get("ApiKeyAuth").getName()).isEqualTo("X-API-Key");
        assertThat(schemes.get("BasicAuth").getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(schemes.get("BasicAuth").getScheme()).isEqualTo("basic");
        assertThat(operations(api).values())
                .allSatisfy(operation -> assertThat(operation.getSecurity())
                        .containsExactly(requirement("BasicAuth"), requirement("ApiKeyAuth")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3"})
    void adyenOperationsDeclareTheirSuccessAndRestServiceErrorResponses(String version) {
        operations(parse("adyen-management-v" + version).getOpenAPI()).forEach((key, operation) -> {
            Map<String, ApiResponse> responses = operation.getResponses();
            ERRORS.forEach((code, description) -> {
                assertThat(responses).as("%s %s", key, code).containsKey(code);
                assertThat(responses.get(code).getDescription()).isEqualTo(description);
                assertThat(jsonSchemaRef(responses.get(code))).isEqualTo("RestServiceError");
            });
            String schema = ADYEN.get(key).schema();
            if (schema.equals("-")) {
                assertThat(responses).as(key).containsOnlyKeys(union(ERRORS.keySet(), "204"));
                assertThat(responses.get("204").getContent()).isNull();
            } else {
                assertThat(responses.get("200").getDescription()).isEqualTo(OK);
                assertThat(jsonSchemaRef(responses.get("200"))).as(key).isEqualTo(schema);
                // The corpus adds a body-less 204 to the merchant-level operations only.
                Set<String> codes = union(ERRORS.keySet(), "200");
                assertThat(responses).as(key).containsOnlyKeys(key.contains("merchants") ? union(codes, "204") : codes);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3"})
    void adyenParametersAreRequiredStringPathsAndOptionalPaging(String version) {
        operations(parse("adyen-management-v" + version).getOpenAPI()).forEach((key, operation) -> {
            List<String> pathNames = new ArrayList<>();
            for (Parameter parameter : parameters(operation)) {
                assertThat(parameter.getExample())
                        .as("example of %s in %s", parameter.getName(), key)
                        .isNotNull();
                if (parameter.getIn().equals("path")) {
                    pathNames.add(parameter.getName());
                    assertThat(parameter.getRequired()).isTrue();
                    assertThat(typeOf(parameter.getSchema())).isEqualTo("string");
                    assertThat(parameter.getDescription()).isNotBlank();
                } else {
                    assertThat(parameter.getIn()).as(key).isEqualTo("query");
                    assertThat(parameter.getName()).isIn("pageNumber", "pageSize");
                    assertThat(parameter.getRequired()).isFalse();
                    assertThat(typeOf(parameter.getSchema())).isEqualTo("integer");
                    assertThat(parameter.getSchema().getFormat()).isEqualTo("int32");
                }
            }
            assertThat(pathNames)
                    .containsExactlyElementsOf(placeholders(ADYEN.get(key).path()));
            boolean list = ADYEN.get(key).methodName().equals("listApiCredentials");
            assertThat(parameters(operation).stream().filter(p -> p.getIn().equals("query")))
                    .hasSize(list ? 2 : 0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3"})
    void adyenModelsKeepTheCorpusRequiredLists(String version) {
        Map<String, Schema<?>> schemas =
                schemas(parse("adyen-management-v" + version).getOpenAPI());
        List<String> credential = List.of("id", "username", "clientKey", "allowedIpAddresses", "roles", "active");
        assertThat(required(schemas, "RestServiceError"))
                .containsExactlyInAnyOrder("type", "errorCode", "title", "detail", "status");
        assertThat(required(schemas, "InvalidField")).containsExactlyInAnyOrder("name", "value", "message");
        assertThat(required(schemas, "GenerateApiKeyResponse")).containsExactly("apiKey");
        assertThat(required(schemas, "GenerateClientKeyResponse")).containsExactly("clientKey");
        for (String name : List.of("CompanyApiCredential", "ApiCredential", "MeApiCredential")) {
            assertThat(required(schemas, name)).as(name).containsExactlyInAnyOrderElementsOf(credential);
        }
        assertThat(required(schemas, "CreateApiCredentialResponse"))
                .containsExactlyInAnyOrderElementsOf(union(credential, "password", "apiKey"));
        assertThat(required(schemas, "CreateCompanyApiCredentialResponse"))
                .containsExactlyInAnyOrderElementsOf(
                        union(credential, "password", "apiKey", "associatedMerchantAccounts"));
        for (String name : List.of("ListCompanyApiCredentialsResponse", "ListMerchantApiCredentialsResponse")) {
            assertThat(required(schemas, name)).as(name).containsExactlyInAnyOrder("itemsTotal", "pagesTotal");
            assertThat(properties(schemas.get(name))).containsKey("_links");
        }
        assertThat(required(schemas, "AllowedOrigin")).containsExactly("domain");
        assertThat(required(schemas, "PaginationLinks")).containsExactlyInAnyOrder("self", "first", "last");
        assertThat(required(schemas, "ApiCredentialLinks")).containsExactly("self");
        for (String name : List.of(
                "CreateCompanyApiCredentialRequest",
                "UpdateCompanyApiCredentialRequest",
                "CreateMerchantApiCredentialRequest",
                "UpdateMerchantApiCredentialRequest")) {
            assertThat(required(schemas, name)).as(name).isEmpty();
        }
        assertThat(properties(schemas.get("CompanyApiCredential"))).containsKey("_links");
        assertThat(properties(schemas.get("ApiCredential"))).doesNotContainKey("associatedMerchantAccounts");
    }

    @Test
    void adyenVersionsDifferOnlyInVersionAndServer() {
        ObjectNode v1 = (ObjectNode) raw("adyen-management-v1");
        ObjectNode v3 = (ObjectNode) raw("adyen-management-v3");
        assertThat(v1.at("/info/version").asText()).isEqualTo("1");
        for (ObjectNode spec : List.of(v1, v3)) {
            spec.remove(List.of("info", "servers"));
        }
        assertThat(v1.toString().replace("management-test.adyen.com/v1/", "management-test.adyen.com/v3/"))
                .isEqualTo(v3.toString());
    }

    @Test
    void apiKeysServiceHasTheFourFastApiOperations() {
        OpenAPI api = parse("api-keys-service").getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(raw("api-keys-service").has("servers")).isFalse();
        Map<String, Operation> operations = operations(api);
        assertThat(operations)
                .containsOnlyKeys(
                        "create_api_key_auth_api_keys__post",
                        "get_all_active_api_keys_auth_api_keys__get",
                        "get_api_key_auth_api_keys__api_key_id__get",
                        "deactivate_api_key_auth_api_keys_deactivate__api_key_id__delete");
        assertThat(operations.get("create_api_key_auth_api_keys__post").getSummary())
                .isEqualTo("Create Api Key");
        assertThat(operations.get("create_api_key_auth_api_keys__post").getDescription())
                .startsWith("Generates a new API key. Up to 1000 active keys")
                .endsWith("DEFAULT-RULE-ADMIN, TASK-ADMIN, VALIDATION-USER, ORG-AUDITOR, ORG-ADMIN.");
        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get("API Key");
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        assertThat(scheme.getDescription()).isEqualTo("Bearer token authentication with an API key");
        assertThat(operations.values()).allSatisfy(operation -> {
            assertThat(operation.getTags()).containsExactly("API Keys");
            assertThat(operation.getSecurity()).containsExactly(requirement("API Key"));
        });
        assertThat(locate(api, operations.get("deactivate_api_key_auth_api_keys_deactivate__api_key_id__delete")))
                .isEqualTo("DELETE /auth/api_keys/deactivate/{api_key_id}");
    }

    @Test
    void apiKeysServiceDeclaresValidationErrorsExceptOnTheList() {
        Map<String, Operation> operations = operations(parse("api-keys-service").getOpenAPI());
        operations.forEach((key, operation) -> {
            ApiResponse ok = operation.getResponses().get("200");
            assertThat(ok.getDescription()).isEqualTo("Successful Response");
            if (key.startsWith("get_all_active")) {
                assertThat(operation.getResponses()).containsOnlyKeys("200");
                Schema<?> list = ok.getContent().get("application/json").getSchema();
                assertThat(typeOf(list)).isEqualTo("array");
                assertThat(refName(list.getItems())).isEqualTo("ApiKeyResponse");
            } else {
                assertThat(operation.getResponses()).containsOnlyKeys("200", "422");
                assertThat(jsonSchemaRef(ok)).isEqualTo("ApiKeyResponse");
                assertThat(operation.getResponses().get("422").getDescription()).isEqualTo("Validation Error");
                assertThat(jsonSchemaRef(operation.getResponses().get("422"))).isEqualTo("HTTPValidationError");
            }
            if (key.contains("api_key_id")) {
                assertThat(operation.getParameters()).singleElement().satisfies(parameter -> {
                    assertThat(parameter.getName()).isEqualTo("api_key_id");
                    assertThat(parameter.getIn()).isEqualTo("path");
                    assertThat(parameter.getRequired()).isTrue();
                    assertThat(typeOf(parameter.getSchema())).isEqualTo("string");
                    assertThat(parameter.getSchema().getFormat()).isEqualTo("uuid");
                });
            }
        });
        Operation create = operations.get("create_api_key_auth_api_keys__post");
        assertThat(create.getRequestBody().getRequired()).isTrue();
        assertThat(refName(create.getRequestBody()
                        .getContent()
                        .get("application/json")
                        .getSchema()))
                .isEqualTo("NewApiKeyRequest");
    }

    @Test
    void apiKeysServiceModelsMatchTheFacts() {
        Map<String, Schema<?>> schemas = schemas(parse("api-keys-service").getOpenAPI());
        assertThat(schemas)
                .containsOnlyKeys(
                        "NewApiKeyRequest",
                        "ApiKeyResponse",
                        "APIKeysRolesEnum",
                        "HTTPValidationError",
                        "ValidationError");
        assertThat(required(schemas, "ApiKeyResponse")).containsExactlyInAnyOrder("id", "is_active", "created_at");
        assertThat(required(schemas, "NewApiKeyRequest")).isEmpty();
        assertThat(required(schemas, "ValidationError")).containsExactlyInAnyOrder("loc", "msg", "type");
        assertThat(enumValues(schemas.get("APIKeysRolesEnum")))
                .containsExactly("DEFAULT-RULE-ADMIN", "TASK-ADMIN", "VALIDATION-USER", "ORG-AUDITOR", "ORG-ADMIN");

        JsonNode raw = raw("api-keys-service").at("/components/schemas");
        JsonNode roles = raw.at("/NewApiKeyRequest/properties/roles");
        assertThat(roles.at("/default").toString()).isEqualTo("[\"VALIDATION-USER\"]");
        assertThat(roles.at("/anyOf/0/items/$ref").asText()).isEqualTo("#/components/schemas/APIKeysRolesEnum");
        assertThat(roles.at("/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(raw.at("/ApiKeyResponse/properties/roles/default").toString())
                .isEqualTo("[]");
        for (String nullable : List.of("key", "description", "deactivated_at", "message")) {
            assertThat(raw.at("/ApiKeyResponse/properties/" + nullable + "/anyOf/1/type")
                            .asText())
                    .as(nullable)
                    .isEqualTo("null");
        }
        assertThat(raw.at("/ApiKeyResponse/properties/created_at/format").asText())
                .isEqualTo("date-time");
        assertThat(raw.at("/ValidationError/properties/loc/items/anyOf").toString())
                .isEqualTo("[{\"type\":\"string\"},{\"type\":\"integer\"}]");
        assertThat(raw.at("/HTTPValidationError/properties/detail/items/$ref").asText())
                .isEqualTo("#/components/schemas/ValidationError");
        assertThat(raw).allSatisfy(schema -> assertThat(schema.has("title")).isTrue());
    }

    @Test
    void cartoVistaIsSwaggerTwoWithTheFiveApiKeyOperations() {
        JsonNode raw = raw("cartovista-cloud");
        assertThat(raw.at("/swagger").asText()).isEqualTo("2.0");
        assertThat(raw.at("/host").asText()).isEqualTo("cloud.cartovista.com");
        assertThat(raw.at("/schemes").toString()).isEqualTo("[\"https\"]");
        assertThat(raw.at("/info/version").asText()).isEqualTo("2.0.0");
        OpenAPI api = parse("cartovista-cloud").getOpenAPI();
        // Without a basePath, the Swagger 2.0 converter appends "/" to scheme and host.
        assertThat(api.getServers())
                .singleElement()
                .satisfies(server -> assertThat(server.getUrl()).isEqualTo("https://cloud.cartovista.com/"));
        Map<String, Operation> operations = operations(api);
        assertThat(operations.keySet().stream().map(key -> key + " " + locate(api, operations.get(key))))
                .containsExactlyInAnyOrder(
                        "ApiKey_CreateAccessKey POST /{tenantUrlCode}/api/v2/User/{UserIdentifier}/ApiKey",
                        "ApiKey_GetAccessKeys GET /{tenantUrlCode}/api/v2/User/{UserIdentifier}/ApiKey",
                        "ApiKey_UpdateAccessKey POST /{tenantUrlCode}/api/v2/ApiKey",
                        "ApiKey_DeleteApiKey DELETE /{tenantUrlCode}/api/v2/ApiKey/{id}",
                        "ApiKey_GenerateSecretKey POST /{tenantUrlCode}/api/v2/ApiKey/{id}/generateSecret");
        operations.forEach((key, operation) -> {
            assertThat(operation.getTags()).containsExactly("ApiKey");
            assertThat(operation.getSecurity())
                    .containsExactly(requirement("apiKey", "secretKey"), requirement("apiKey"));
            assertThat(operation.getParameters()).allSatisfy(parameter -> {
                assertThat(parameter.getIn()).isEqualTo("path");
                assertThat(parameter.getRequired()).isTrue();
                assertThat(typeOf(parameter.getSchema())).isEqualTo("string");
            });
            assertThat(operation.getParameters().stream().map(Parameter::getName))
                    .containsExactlyElementsOf(placeholders(locate(api, operation)));
        });
        Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
        assertThat(schemes).containsOnlyKeys("apiKey", "secretKey");
        assertThat(schemes.values()).allSatisfy(scheme -> {
            assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
            assertThat(scheme.getIn()).isEqualTo(SecurityScheme.In.HEADER);
        });
        assertThat(schemes.get("apiKey").getName()).isEqualTo("apiKey");
        assertThat(schemes.get("secretKey").getName()).isEqualTo("secretKey");
    }

    @Test
    void cartoVistaBodiesAndResponsesMatchTheGeneratedClient() {
        JsonNode paths = raw("cartovista-cloud").at("/paths");
        List<String> bodies = new ArrayList<>();
        paths.forEach(item ->
                item.forEach(operation -> operation.at("/parameters").forEach(parameter -> {
                    if (parameter.at("/in").asText().equals("body")) {
                        assertThat(parameter.at("/name").asText()).isEqualTo("body");
                        assertThat(parameter.at("/required").asBoolean()).isTrue();
                        assertThat(operation.at("/consumes").toString()).isEqualTo("[\"application/json\"]");
                        bodies.add(operation.at("/operationId").asText() + " "
                                + parameter.at("/schema/$ref").asText());
                    }
                })));
        assertThat(bodies)
                .containsExactlyInAnyOrder(
                        "ApiKey_CreateAccessKey #/definitions/CreateApiKeyParameter",
                        "ApiKey_UpdateAccessKey #/definitions/AccessKeyDTO");

        Map<String, Operation> operations = operations(parse("cartovista-cloud").getOpenAPI());
        for (String empty : List.of("ApiKey_DeleteApiKey", "ApiKey_UpdateAccessKey")) {
            assertThat(operations.get(empty).getResponses()).containsOnlyKeys("200");
            assertThat(operations.get(empty).getResponses().get("200").getContent())
                    .isNullOrEmpty();
        }
        Schema<?> secret = operations
                .get("ApiKey_GenerateSecretKey")
                .getResponses()
                .get("200")
                .getContent()
                .get("application/json")
                .getSchema();
        assertThat(typeOf(secret)).isEqualTo("string");
        Schema<?> list = operations
                .get("ApiKey_GetAccessKeys")
                .getResponses()
                .get("200")
                .getContent()
                .get("application/json")
                .getSchema();
        assertThat(refName(list.getItems())).isEqualTo("AccessKeyDTO");
        assertThat(jsonSchemaRef(
                        operations.get("ApiKey_CreateAccessKey").getResponses().get("200")))
                .isEqualTo("AccessKeyDTO");
    }

    @Test
    void cartoVistaModelsMatchTheVersion810Client() {
        Map<String, Schema<?>> schemas = schemas(parse("cartovista-cloud").getOpenAPI());
        assertThat(schemas).containsOnlyKeys("AccessKeyDTO", "CreateApiKeyParameter", "ApiModeEnum");
        Map<String, Schema<?>> fields = properties(schemas.get("AccessKeyDTO"));
        assertThat(fields.keySet())
                .containsExactly(
                        "accessKey",
                        "accessKeyString",
                        "hasAccessKey",
                        "mode",
                        "enabled",
                        "userId",
                        "tenantId",
                        "creationTime",
                        "lastUsedTime",
                        "ipWhitelisting",
                        "notes");
        assertThat(required(schemas, "AccessKeyDTO")).isEmpty();
        assertThat(fields.get("creationTime").getFormat()).isEqualTo("date-time");
        assertThat(fields.get("lastUsedTime").getFormat()).isEqualTo("date-time");
        assertThat(refName(fields.get("mode"))).isEqualTo("ApiModeEnum");
        assertThat(typeOf(fields.get("ipWhitelisting"))).isEqualTo("array");
        assertThat(properties(schemas.get("CreateApiKeyParameter"))).containsOnlyKeys("ipWhitelisting", "notes");
        assertThat(required(schemas, "CreateApiKeyParameter")).isEmpty();
        assertThat(typeOf(schemas.get("ApiModeEnum"))).isEqualTo("string");
        assertThat(enumValues(schemas.get("ApiModeEnum"))).containsExactly("0", "1");
    }

    static List<String> providerIds() {
        return index().stringPropertyNames().stream()
                .filter(key -> key.endsWith(".spec"))
                .map(key -> key.substring(0, key.length() - ".spec".length()))
                .sorted()
                .toList();
    }

    private static Properties index() {
        Properties index = new Properties();
        try (InputStream in = open(INDEX)) {
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    private static String text(String id) {
        try (InputStream in = open(index().getProperty(id + ".spec"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = BundledSpecsTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("classpath resource %s", resource).isNotNull();
        return in;
    }

    private static SwaggerParseResult parse(String id) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(text(id), null, options);
    }

    private static JsonNode raw(String id) {
        boolean yaml = index().getProperty(id + ".spec").endsWith(".yaml");
        try {
            return new ObjectMapper(yaml ? new YAMLFactory() : new JsonFactory()).readTree(text(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Operations by operationId; fails on a missing or repeated id. */
    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        api.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(operation -> {
                    assertThat(operation.getOperationId()).isNotBlank();
                    assertThat(operations.put(operation.getOperationId(), operation))
                            .as("operationId %s repeated", operation.getOperationId())
                            .isNull();
                }));
        return operations;
    }

    private static String locate(OpenAPI api, Operation operation) {
        return api.getPaths().entrySet().stream()
                .flatMap(path -> path.getValue().readOperationsMap().entrySet().stream()
                        .filter(entry -> entry.getValue() == operation)
                        .map(entry -> entry.getKey() + " " + path.getKey()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> placeholders(String location) {
        return PLACEHOLDER
                .matcher(location)
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static SecurityRequirement requirement(String... schemes) {
        SecurityRequirement requirement = new SecurityRequirement();
        for (String scheme : schemes) {
            requirement.addList(scheme);
        }
        return requirement;
    }

    private static String jsonSchemaRef(ApiResponse response) {
        return refName(response.getContent().get("application/json").getSchema());
    }

    private static String refName(Schema<?> schema) {
        String ref = schema.get$ref();
        assertThat(ref).startsWith("#/components/schemas/");
        return ref.substring("#/components/schemas/".length());
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        assertThat(schema.getTypes()).hasSize(1);
        return schema.getTypes().iterator().next();
    }

    private static Map<String, Schema<?>> schemas(OpenAPI api) {
        return typed(api.getComponents().getSchemas());
    }

    private static Map<String, Schema<?>> properties(Schema<?> schema) {
        return typed(schema.getProperties());
    }

    /** Swagger's model returns raw {@code Schema} maps; copying once keeps the rest of the test typed. */
    private static Map<String, Schema<?>> typed(Map<String, ?> raw) {
        Map<String, Schema<?>> typed = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((name, schema) -> typed.put(name, (Schema<?>) schema));
        }
        return typed;
    }

    private static List<String> enumValues(Schema<?> schema) {
        return schema.getEnum().stream().map(String::valueOf).toList();
    }

    private static List<String> required(Map<String, Schema<?>> schemas, String name) {
        assertThat(schemas).containsKey(name);
        List<String> required = schemas.get(name).getRequired();
        return required == null ? List.of() : required;
    }

    private static Set<String> union(Iterable<String> base, String... more) {
        Set<String> all = new TreeSet<>();
        base.forEach(all::add);
        all.addAll(List.of(more));
        return all;
    }

    /** Names of every component schema that some schema, parameter, body or response references. */
    private static Set<String> allRefs(OpenAPI api) {
        Set<String> names = new TreeSet<>();
        List<Schema<?>> roots = new ArrayList<>();
        roots.addAll(schemas(api).values());
        operations(api).values().forEach(operation -> {
            parameters(operation).forEach(parameter -> roots.add(parameter.getSchema()));
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> roots.add(media.getSchema()));
            }
            operation.getResponses().values().stream()
                    .filter(response -> response.getContent() != null)
                    .forEach(response -> response.getContent().values().forEach(media -> roots.add(media.getSchema())));
        });
        roots.forEach(schema -> collectRefs(schema, names));
        return names;
    }

    private static void collectRefs(Schema<?> schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            names.add(refName(schema));
        }
        collectRefs(schema.getItems(), names);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            collectRefs(additional, names);
        }
        properties(schema).values().forEach(child -> collectRefs(child, names));
        Stream.<List<?>>of(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .forEach(child -> collectRefs((Schema<?>) child, names));
    }
}
