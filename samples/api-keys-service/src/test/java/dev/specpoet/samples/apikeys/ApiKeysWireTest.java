package dev.specpoet.samples.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.clients.apikeys.ApiClient;
import dev.specpoet.clients.apikeys.HTTPValidationErrorException;
import dev.specpoet.clients.apikeys.api.ApiKeysApi;
import dev.specpoet.clients.apikeys.model.APIKeysRolesEnum;
import dev.specpoet.clients.apikeys.model.ApiKeyResponse;
import dev.specpoet.clients.apikeys.model.NewApiKeyRequest;
import dev.specpoet.clients.apikeys.model.ValidationError;
import dev.specpoet.runtime.ApiException;
import dev.specpoet.runtime.MissingCredentialException;
import dev.specpoet.samples.contract.UndeclaredProperties;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import dev.specpoet.testserver.StubServerExtension;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Calls the four operations of the generated API-keys client against a stub server on 127.0.0.1. */
class ApiKeysWireTest {
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-token";
    private static final UUID ID = UUID.fromString("9f1c0a52-3f5e-4a53-a2a4-6f2f1f6f0b1e");
    private static final String KEY_JSON = """
            {"id": "9f1c0a52-3f5e-4a53-a2a4-6f2f1f6f0b1e", "key": "sk-abc", "description": null,
             "is_active": true, "created_at": "2026-11-23T09:00:00+01:00", "roles": ["TASK-ADMIN"],
             "organization_id": "org-7"}""";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final StubServerExtension stub = new StubServerExtension();

    private static StubServer server;
    private static ApiKeysApi api;

    @BeforeAll
    static void start() {
        server = stub.server();
        api = new ApiKeysApi(
                ApiClient.builder().baseUrl(server.baseUrl()).apiKey(TOKEN).build());
    }

    @BeforeEach
    void reset() {
        server.clear();
        server.respond(StubResponse.json(200, KEY_JSON));
    }

    private static RecordedRequest sent(String method, String rawPath) {
        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo(method);
        assertThat(request.rawPath()).isEqualTo(rawPath);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
        return request;
    }

    private static void assertKey(ApiKeyResponse key) {
        assertThat(key.id()).isEqualTo(ID.toString());
        assertThat(key.isActive()).isTrue();
        assertThat(key.createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T09:00:00+01:00"));
        assertThat(key.description().isNull())
                .as("explicit null kept apart from absent")
                .isTrue();
        assertThat(key.deactivatedAt().isDefined()).as("absent").isFalse();
        UndeclaredProperties.assertKeptEntry(key.additionalProperties(), "organization_id", "org-7");
        assertThat(key.toString()).doesNotContain("sk-abc");
    }

    @Test
    void listsActiveKeys() {
        server.respond(StubResponse.json(200, "[" + KEY_JSON + "," + KEY_JSON + "]"));

        List<ApiKeyResponse> keys = api.getAllActiveApiKeysAuthApiKeysGet();

        assertThat(sent("GET", "/auth/api_keys/").body()).isEmpty();
        assertThat(keys).hasSize(2).allSatisfy(ApiKeysWireTest::assertKey);
    }

    @Test
    void createsKeyWithEnumRolesAndExplicitNull() throws Exception {
        ApiKeyResponse key = api.createApiKeyAuthApiKeysPost(NewApiKeyRequest.builder()
                .description(null)
                .roles(List.of(APIKeysRolesEnum.DEFAULT_RULE_ADMIN, APIKeysRolesEnum.ORG_AUDITOR))
                .build());

        RecordedRequest request = sent("POST", "/auth/api_keys/");
        assertThat(request.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(request.body()))
                .isEqualTo(JSON.readTree("{\"description\":null,\"roles\":[\"DEFAULT-RULE-ADMIN\",\"ORG-AUDITOR\"]}"));
        assertKey(key);
    }

    @Test
    void createLeavesUnsetPropertiesOut() throws Exception {
        api.createApiKeyAuthApiKeysPost(NewApiKeyRequest.builder().build());

        assertThat(JSON.readTree(sent("POST", "/auth/api_keys/").body())).isEqualTo(JSON.readTree("{}"));
    }

    @Test
    void getsKeyByUuid() {
        assertKey(api.getApiKeyAuthApiKeysApiKeyIdGet(ID));

        assertThat(sent("GET", "/auth/api_keys/" + ID).body()).isEmpty();
    }

    @Test
    void deactivatesKey() {
        server.respond(StubResponse.json(
                200,
                KEY_JSON.replace("\"is_active\": true", "\"is_active\": false")
                        .replace("\"roles\"", "\"deactivated_at\": \"2026-11-24T00:00:00Z\", \"roles\"")));

        ApiKeyResponse key = api.deactivateApiKeyAuthApiKeysDeactivateApiKeyIdDelete(ID);

        sent("DELETE", "/auth/api_keys/deactivate/" + ID);
        assertThat(key.isActive()).isFalse();
        assertThat(key.deactivatedAt().get()).isEqualTo(OffsetDateTime.parse("2026-11-24T00:00:00Z"));
    }

    static Stream<Arguments> operationsDeclaring422() {
        return Stream.of(
                Arguments.of("create", (Consumer<ApiKeysApi>) a ->
                        a.createApiKeyAuthApiKeysPost(NewApiKeyRequest.builder().build())),
                Arguments.of("get", (Consumer<ApiKeysApi>) a -> a.getApiKeyAuthApiKeysApiKeyIdGet(ID)),
                Arguments.of("deactivate", (Consumer<ApiKeysApi>)
                        a -> a.deactivateApiKeyAuthApiKeysDeactivateApiKeyIdDelete(ID)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsDeclaring422")
    void validationErrorIsDecodedWithStringAndIntegerLocations(String operation, Consumer<ApiKeysApi> call) {
        server.respond(StubResponse.json(422, """
                {"detail": [{"loc": ["body", "roles", 0], "msg": "value is not a valid enumeration member",
                             "type": "type_error.enum"}]}"""));

        HTTPValidationErrorException error =
                catchThrowableOfType(HTTPValidationErrorException.class, () -> call.accept(api));

        assertThat(error).as(operation).isNotNull();
        assertThat(error.statusCode()).isEqualTo(422);
        ValidationError detail = error.error().detail().get(0);
        assertThat(detail.msg()).isEqualTo("value is not a valid enumeration member");
        assertThat(detail.loc())
                .containsExactly(
                        new ValidationError.LocItem.StringValue("body"),
                        new ValidationError.LocItem.StringValue("roles"),
                        new ValidationError.LocItem.LongValue(0L));
    }

    @Test
    void undeclaredStatusRaisesPlainApiExceptionWithRawBody() {
        server.respond(StubResponse.json(401, "{\"detail\":\"Not authenticated\"}"));

        ApiException error = catchThrowableOfType(ApiException.class, api::getAllActiveApiKeysAuthApiKeysGet);

        assertThat(error).isNotInstanceOf(HTTPValidationErrorException.class);
        assertThat(error.statusCode()).isEqualTo(401);
        assertThat(error.rawBody()).contains("Not authenticated");
        assertThat(error.getMessage()).doesNotContain(TOKEN);
    }

    @Test
    void unknownRoleFromTheServerIsKept() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        NewApiKeyRequest request = mapper.readValue("{\"roles\":[\"BILLING-ADMIN\"]}", NewApiKeyRequest.class);

        APIKeysRolesEnum role = request.roles().get().get(0);
        assertThat(role.isKnown()).isFalse();
        assertThat(role.value()).isEqualTo("BILLING-ADMIN");
        assertThat(mapper.writeValueAsString(request)).isEqualTo("{\"roles\":[\"BILLING-ADMIN\"]}");
        assertThatThrownBy(role::known)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BILLING-ADMIN");
    }

    @Test
    void listedRolesTurnIntoJavaEnumConstantsForAnExhaustiveSwitch() throws Exception {
        NewApiKeyRequest request =
                new ObjectMapper().readValue("{\"roles\":[\"ORG-ADMIN\",\"TASK-ADMIN\"]}", NewApiKeyRequest.class);

        // No default branch: this compiles only while known() covers exactly the listed values.
        List<String> scopes = request.roles().get().stream()
                .map(role -> switch (role.known()) {
                    case ORG_ADMIN, ORG_AUDITOR -> "organisation";
                    case TASK_ADMIN, DEFAULT_RULE_ADMIN -> "tasks";
                    case VALIDATION_USER -> "validation";
                })
                .toList();

        assertThat(scopes).containsExactly("organisation", "tasks");
        assertThat(APIKeysRolesEnum.ORG_ADMIN.known()).isSameAs(APIKeysRolesEnum.Known.ORG_ADMIN);
    }

    @Test
    void missingTokenFailsBeforeSending() {
        ApiKeysApi anonymous =
                new ApiKeysApi(ApiClient.builder().baseUrl(server.baseUrl()).build());

        assertThat(catchThrowableOfType(MissingCredentialException.class, anonymous::getAllActiveApiKeysAuthApiKeysGet))
                .isNotNull();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void runsTheLifecycleProgram() {
        KeyLifecycle.run(
                ApiClient.builder().baseUrl(server.baseUrl()).apiKey(TOKEN).build());

        assertThat(server.requests()).extracting(RecordedRequest::method).containsExactly("POST", "GET", "DELETE");
    }
}
