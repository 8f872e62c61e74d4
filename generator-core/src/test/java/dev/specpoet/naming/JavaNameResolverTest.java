package dev.specpoet.naming;

import static dev.specpoet.fixtures.InlineSpec.schemas30;
import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import dev.specpoet.api.MethodNaming;
import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.SchemaId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNameResolverTest {
    private static final String SEED_OPERATIONS = """
            openapi: 3.0.3
            info: {title: Seeds, version: "1"}
            tags:
              - name: API key - company level
                description: Keys of company-level API credentials.
            paths:
              /companies/{companyId}/apiCredentials/{apiCredentialId}/generateApiKey:
                post:
                  tags: [API key - company level]
                  operationId: post-companies-companyId-apiCredentials-apiCredentialId-generateApiKey
                  x-methodName: generateNewApiKey
                  parameters:
                    - {name: companyId, in: path, required: true, schema: {type: string}}
                    - {name: apiCredentialId, in: path, required: true, schema: {type: string}}
                  responses: {'200': {description: OK}}
              /companies/{companyId}/apiCredentials/{apiCredentialId}/generateClientKey:
                post:
                  tags: [Client key - company level]
                  operationId: post-companies-companyId-apiCredentials-apiCredentialId-generateClientKey
                  parameters:
                    - {name: companyId, in: path, required: true, schema: {type: string}}
                    - {name: apiCredentialId, in: path, required: true, schema: {type: string}}
                  responses: {'200': {description: OK}}
              /auth/api_keys/:
                post:
                  tags: [API Keys]
                  operationId: create_api_key_auth_api_keys__post
                  responses: {'200': {description: OK}}
              /{tenantUrlCode}/api/v2/User/{UserIdentifier}/ApiKey:
                post:
                  tags: [ApiKey]
                  operationId: ApiKey_CreateAccessKey
                  parameters:
                    - {name: tenantUrlCode, in: path, required: true, schema: {type: string}}
                    - {name: UserIdentifier, in: path, required: true, schema: {type: string}}
                  responses: {'200': {description: OK}}
              /health:
                get:
                  operationId: health
                  responses: {'200': {description: OK}}
            """;

    @TempDir
    Path folder;

    @Test
    void operationsAreGroupedIntoOneApiClassPerFirstTagAndUntaggedOnesIntoDefaultApi() throws Exception {
        NamedModel named = InlineSpec.named(folder, SEED_OPERATIONS);

        assertThat(named.apis())
                .extracting(group -> group.className().canonicalName())
                .containsExactly(
                        "com.example.api.ApiKeyCompanyLevelApi",
                        "com.example.api.ClientKeyCompanyLevelApi",
                        "com.example.api.ApiKeysApi",
                        "com.example.api.ApiKeyApi",
                        "com.example.api.DefaultApi");
        assertThat(named.apis().get(0).tag())
                .hasValueSatisfying(
                        tag -> assertThat(tag.description()).contains("Keys of company-level API credentials."));
        assertThat(named.apis().get(4).tag()).isEmpty();
    }

    @Test
    void methodNamesComeFromOperationIdsInLowerCamelCase() throws Exception {
        NamedModel named = InlineSpec.named(folder, SEED_OPERATIONS);

        assertThat(methods(named))
                .containsExactly(
                        "postCompaniesCompanyIdApiCredentialsApiCredentialIdGenerateApiKey",
                        "postCompaniesCompanyIdApiCredentialsApiCredentialIdGenerateClientKey",
                        "createApiKeyAuthApiKeysPost",
                        "apiKeyCreateAccessKey",
                        "health");
        OperationNames createAccessKey = named.apis().get(3).operations().get(0);
        assertThat(createAccessKey.parameters())
                .containsEntry("PATH tenantUrlCode", "tenantUrlCode")
                .containsEntry("PATH UserIdentifier", "userIdentifier");
        assertThat(createAccessKey.constant()).isEqualTo("API_KEY_CREATE_ACCESS_KEY");
    }

    @Test
    void xMethodNameOptionPrefersTheExtensionAndFallsBackToTheOperationId() throws Exception {
        NamedModel named = InlineSpec.named(folder, SEED_OPERATIONS, MethodNaming.X_METHOD_NAME);

        assertThat(methods(named))
                .containsExactly(
                        "generateNewApiKey",
                        "postCompaniesCompanyIdApiCredentialsApiCredentialIdGenerateClientKey",
                        "createApiKeyAuthApiKeysPost",
                        "apiKeyCreateAccessKey",
                        "health");
    }

    @Test
    void tagsThatNameTheSameClassAreNumberedInSpecOrder() throws Exception {
        NamedModel named = InlineSpec.named(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a: {get: {tags: [pets], operationId: a, responses: {'200': {description: OK}}}}
                  /b: {get: {tags: [Pets], operationId: b, responses: {'200': {description: OK}}}}
                  /c: {get: {tags: [PETS], operationId: c, responses: {'200': {description: OK}}}}
                  /d: {get: {tags: [Default], operationId: d, responses: {'200': {description: OK}}}}
                  /e: {get: {operationId: e, responses: {'200': {description: OK}}}}
                """);

        assertThat(named.apis())
                .extracting(group -> group.className().simpleName())
                .containsExactly("PetsApi", "PetsApi2", "PetsApi3", "DefaultApi", "DefaultApi2");
    }

    @Test
    void methodNameCollisionsKeepTheDerivedMethodNamesFreeToo() throws Exception {
        NamedModel named = InlineSpec.named(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a: {get: {operationId: get_pet, responses: {'200': {description: OK}}}}
                  /b: {get: {operationId: getPet, responses: {'200': {description: OK}}}}
                  /c: {get: {operationId: getPetAsync, responses: {'200': {description: OK}}}}
                  /d: {get: {operationId: toString, responses: {'200': {description: OK}}}}
                  /e: {get: {operationId: class, responses: {'200': {description: OK}}}}
                """);

        assertThat(methods(named)).containsExactly("getPet", "getPet2", "getPetAsync2", "toString2", "class_");
    }

    @Test
    void parameterNamesAvoidTheGeneratedMethodsOwnLocalsAndEachOther() throws Exception {
        NamedModel named = InlineSpec.named(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /items/{id}:
                    get:
                      operationId: listItems
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                        - {name: id, in: query, schema: {type: string}}
                        - {name: options, in: query, schema: {type: string}}
                        - {name: X-Request-ID, in: header, schema: {type: string}}
                        - {name: default, in: query, schema: {type: string}}
                      responses: {'200': {description: OK}}
                """);

        OperationNames operation = named.apis().get(0).operations().get(0);

        assertThat(operation.parameters())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "PATH id", "id",
                        "QUERY id", "idQuery",
                        "QUERY options", "optionsQuery",
                        "HEADER X-Request-ID", "xRequestId",
                        "QUERY default", "default_"));
        assertThat(operation.paramsClass()).contains(ClassName.get("com.example.api", "DefaultApi", "ListItemsParams"));
    }

    @Test
    void requestBodyParameterIsNamedFromTheExtensionTheModelOrBody() throws Exception {
        NamedModel named = InlineSpec.named(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    post:
                      operationId: a
                      x-codegen-request-body-name: payload
                      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/NewApiKeyRequest'}}}}
                      responses: {'200': {description: OK}}
                  /b:
                    post:
                      operationId: b
                      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/NewApiKeyRequest'}}}}
                      responses: {'200': {description: OK}}
                  /c:
                    post:
                      operationId: c
                      requestBody: {content: {text/plain: {schema: {type: string}}}}
                      responses: {'200': {description: OK}}
                components:
                  schemas:
                    NewApiKeyRequest: {type: object, properties: {description: {type: string}}}
                """);

        assertThat(named.apis().get(0).operations())
                .extracting(operation -> operation.body().orElseThrow())
                .containsExactly("payload", "newApiKeyRequest", "body");
    }

    @Test
    void modelClassesCollidingIgnoringCaseOrWithJavaLangAreRenamedDeterministically() throws Exception {
        NamedModel named = InlineSpec.named(folder, schemas30("""
                APIKey: {type: object, properties: {a: {type: string}}}
                ApiKey: {type: object, properties: {a: {type: string}}}
                String: {type: object, properties: {a: {type: string}}}
                Object: {type: object, properties: {a: {type: string}}}
                class: {type: object, properties: {a: {type: string}}}
                pet: {type: object, properties: {a: {type: string}}}
                Pet: {type: object, properties: {a: {type: string}}}
                Builder: {type: object, properties: {a: {type: string}}}
                Unknown: {type: object, properties: {a: {type: string}}}
                Deserializer: {type: object, properties: {a: {type: string}}}
                """));

        assertThat(classNames(named))
                .containsExactly(
                        "APIKey",
                        "ApiKey2",
                        "StringModel",
                        "ObjectModel",
                        "ClassModel",
                        "Pet",
                        "Pet2",
                        "BuilderModel",
                        "UnknownModel",
                        "DeserializerModel");
        assertThat(named.names(new SchemaId("/components/schemas/String"))
                        .className()
                        .packageName())
                .isEqualTo("com.example.model");
    }

    @Test
    void inlineSchemasAreNestedInTheTypeOrApiClassThatOwnsThemNamedFromTheirContext() throws Exception {
        NamedModel named = InlineSpec.named(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /pets:
                    post:
                      operationId: createPet
                      requestBody:
                        content:
                          application/json:
                            schema: {type: object, properties: {name: {type: string}}}
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema: {type: object, properties: {id: {type: string}}}
                  /pets/{id}:
                    put:
                      operationId: replacePet
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses:
                        '200':
                          description: OK
                          content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}
                        '201':
                          description: Created
                          content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}
                components:
                  schemas:
                    PetAddress: {type: object, properties: {street: {type: string}}}
                    Pet:
                      type: object
                      properties:
                        address: {type: object, properties: {city: {type: string}}}
                        status: {type: string, enum: [available, sold]}
                        tags: {type: array, items: {type: object, properties: {label: {type: string}}}}
                        labels: {type: object, additionalProperties: {type: object, properties: {v: {type: string}}}}
                """);

        assertThat(classNames(named))
                .containsExactly(
                        "PetAddress",
                        "Pet",
                        "DefaultApi.CreatePetRequest",
                        "DefaultApi.CreatePetResponse",
                        "DefaultApi.ReplacePet200Response",
                        "DefaultApi.ReplacePet201Response",
                        "Pet.Address",
                        "Pet.Status",
                        "Pet.TagsItem",
                        "Pet.LabelsValue");
    }

    @Test
    void aUnionWithItsOwnerAmongItsVariantsStaysTopLevelSinceAClassCannotImplementItsOwnMember() throws Exception {
        NamedModel named = InlineSpec.named(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths: {}
                components:
                  schemas:
                    Dispute:
                      type: object
                      properties:
                        related:
                          anyOf:
                            - {type: string}
                            - {$ref: '#/components/schemas/Dispute'}
                        reason: {type: string, enum: [fraud, other]}
                """);

        assertThat(classNames(named)).containsExactly("Dispute", "DisputeRelated", "Dispute.Reason");
    }

    @Test
    void nestedNamesAvoidTheirOwnersNamesTheirSiblingsAndOurNestedClasses() throws Exception {
        NamedModel named = InlineSpec.named(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths: {}
                components:
                  schemas:
                    Order:
                      type: object
                      properties:
                        order: {type: object, properties: {id: {type: string}}}
                        shipping_address: {type: object, properties: {city: {type: string}}}
                        shippingAddress: {type: object, properties: {street: {type: string}}}
                        builder: {type: string, enum: [a, b]}
                        customer:
                          type: object
                          properties:
                            customer: {type: string, enum: [new, known]}
                            order: {type: object, properties: {n: {type: integer}}}
                    Payment:
                      oneOf:
                        - {type: object, title: Card, properties: {last4: {type: string}}}
                        - {type: object, title: Unknown, properties: {raw: {type: string}}}
                """);

        assertThat(classNames(named))
                .containsExactly(
                        "Order",
                        "Payment",
                        "Order.Order2",
                        "Order.ShippingAddress",
                        "Order.ShippingAddress2",
                        "Order.BuilderModel",
                        "Order.Customer",
                        "Payment.Card",
                        "Payment.UnknownModel",
                        "Order.Customer.Customer2",
                        "Order.Customer.Order3");
    }

    @Test
    void propertyAndEnumConstantNamesAreUniqueAndAvoidGeneratedMembers() throws Exception {
        NamedModel named = InlineSpec.named(folder, schemas30("""
                Key:
                  type: object
                  properties:
                    is_active: {type: boolean}
                    isActive: {type: boolean}
                    class: {type: string}
                    builder: {type: string}
                    toString: {type: string}
                Role:
                  type: string
                  enum: [DEFAULT-RULE-ADMIN, DEFAULT_RULE_ADMIN, BY_VALUE, "0", "", ">="]
                Mode:
                  type: integer
                  enum: [0, 1]
                  x-enum-varnames: [READ_ONLY, READ_WRITE]
                """));

        assertThat(named.names(new SchemaId("/components/schemas/Key")).members())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "is_active", "isActive",
                        "isActive", "isActive2",
                        "class", "class_",
                        "builder", "builder2",
                        "toString", "toString2"));
        assertThat(named.names(new SchemaId("/components/schemas/Role")).members())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "DEFAULT-RULE-ADMIN", "DEFAULT_RULE_ADMIN",
                        "DEFAULT_RULE_ADMIN", "DEFAULT_RULE_ADMIN2",
                        "BY_VALUE", "BY_VALUE2",
                        "0", "_0",
                        "", "EMPTY",
                        ">=", "GREATER_THAN_EQUALS"));
        assertThat(named.names(new SchemaId("/components/schemas/Mode")).members())
                .containsExactlyInAnyOrderEntriesOf(Map.of("0", "READ_ONLY", "1", "READ_WRITE"));
    }

    /** Each row: the properties' JSON names, then the additional-properties component's name. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name                                        | additionalProperties",
                "additionalProperties                        | additionalProperties2",
                "additionalProperties additionalProperties2  | additionalProperties3",
                "additional_properties                       | additionalProperties",
            })
    void theAdditionalPropertiesComponentNeverTakesAPropertysJsonOrJavaName(String jsonNames, String expected)
            throws Exception {
        StringBuilder properties = new StringBuilder();
        for (String name : jsonNames.split(" +")) {
            properties.append("    ").append(name).append(": {type: string}\n");
        }
        NamedModel named = InlineSpec.named(
                folder,
                schemas30("Holder:\n  type: object\n  properties:\n"
                        + properties.toString().indent(2)));

        TypeNames names = named.names(new SchemaId("/components/schemas/Holder"));

        assertThat(names.additionalMember()).isEqualTo(expected);
        assertThat(names.members().values()).doesNotContain(expected);
        assertThat(names.members().keySet()).doesNotContain(expected);
    }

    @Test
    void errorExceptionsAndSecurityMethodsDoNotTakeSupportClassOrBuilderNames() throws Exception {
        NamedModel named = InlineSpec.named(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: a
                      responses:
                        '200': {description: OK}
                        '400':
                          description: Bad
                          content: {application/json: {schema: {$ref: '#/components/schemas/Api'}}}
                        default:
                          description: Error
                          content: {application/json: {schema: {$ref: '#/components/schemas/RestServiceError'}}}
                components:
                  securitySchemes:
                    API Key: {type: http, scheme: bearer}
                    credential: {type: apiKey, in: header, name: X-API-Key}
                    BasicAuth: {type: http, scheme: basic}
                  schemas:
                    Api: {type: object, properties: {message: {type: string}}}
                    RestServiceError: {type: object, properties: {title: {type: string}}}
                """);

        assertThat(named.errorExceptions().values())
                .extracting(ClassName::canonicalName)
                .containsExactly("com.example.ApiException2", "com.example.RestServiceErrorException");
        assertThat(named.apiClient()).isEqualTo(ClassName.get("com.example", "ApiClient"));
        assertThat(named.securityMethods())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("API Key", "apiKey", "credential", "credentialAuth", "BasicAuth", "basicAuth"));
    }

    @Test
    void namingIsTheSameOnEveryRun() throws Exception {
        NamedModel first = InlineSpec.named(folder, SEED_OPERATIONS);
        NamedModel second = InlineSpec.named(folder, SEED_OPERATIONS);

        assertThat(methods(second)).isEqualTo(methods(first));
        assertThat(second.apis())
                .extracting(ApiGroup::className)
                .isEqualTo(first.apis().stream().map(ApiGroup::className).toList());
    }

    private static List<String> methods(NamedModel named) {
        return named.apis().stream()
                .flatMap(group -> group.operations().stream())
                .map(OperationNames::method)
                .toList();
    }

    private static List<String> classNames(NamedModel named) {
        return named.model().schemas().stream()
                .map(schema ->
                        String.join(".", named.names(schema.id()).className().simpleNames()))
                .collect(Collectors.toList());
    }
}
