package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.Specpoet;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generates each bundled provider's client, compiles it, and exercises the compiled models. */
class ProviderClientsTest {
    private static final String API_KEYS = "dev.specpoet.clients.apikeys";
    private static final String CARTOVISTA = "dev.specpoet.clients.cartovista";
    private static final String ADYEN_V1 = "dev.specpoet.clients.adyen.management.v1";

    private static final Map<String, CompiledClient> CLIENTS = new HashMap<>();

    @TempDir
    static Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"adyen-management-v1", "adyen-management-v3", "api-keys-service", "cartovista-cloud"})
    void compilesWithoutErrorsOrLintWarnings(String provider) {
        assertThat(client(provider).diagnostics()).isEmpty();
    }

    @Test
    void apiMethodsAreNamedFromTheSeedOperationIds() throws Exception {
        CompiledClient adyen = client("adyen-management-v1");
        Class<?> api = adyen.load(ADYEN_V1 + ".api.ApiKeyCompanyLevelApi");

        Method generate = api.getMethod(
                "postCompaniesCompanyIdApiCredentialsApiCredentialIdGenerateApiKey", String.class, String.class);

        assertThat(generate.getReturnType().getName()).isEqualTo(ADYEN_V1 + ".model.GenerateApiKeyResponse");
        Class<?> keys = client("api-keys-service").load(API_KEYS + ".api.ApiKeysApi");
        assertThat(keys.getMethod(
                        "createApiKeyAuthApiKeysPost",
                        client("api-keys-service").load(API_KEYS + ".model.NewApiKeyRequest")))
                .isNotNull();
        assertThat(client("cartovista-cloud")
                        .load(CARTOVISTA + ".api.ApiKeyApi")
                        .getMethod("apiKeyDeleteApiKey", String.class, String.class))
                .isNotNull();
    }

    @Test
    void aModelRoundTripsJsonKeepingTheWireNamesNullsAndUnknownProperties() throws Exception {
        CompiledClient client = client("api-keys-service");
        ObjectMapper mapper = client.mapper();
        Class<?> type = client.load(API_KEYS + ".model.ApiKeyResponse");
        String json = """
                {"id":"7c1b","key":null,"description":"ci","is_active":true,\
                "created_at":"2024-05-01T10:15:30+02:00","roles":["ORG-ADMIN"],"rotation":{"days":30}}""";

        Object response = mapper.readValue(json, type);

        assertThat(call(response, "isActive")).isEqualTo(true);
        assertThat(call(response, "createdAt")).isEqualTo(OffsetDateTime.parse("2024-05-01T10:15:30+02:00"));
        assertThat(mapper.readTree(mapper.writeValueAsString(response))).isEqualTo(mapper.readTree(json));
    }

    @Test
    void theBuilderChecksRequiredPropertiesByTheirWireName() throws Exception {
        CompiledClient client = client("api-keys-service");
        Object builder = client.callStatic(API_KEYS + ".model.ApiKeyResponse", "builder");
        builder.getClass().getMethod("id", String.class).invoke(builder, "7c1b");

        assertThatThrownBy(() -> call(builder, "build"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Missing required property 'is_active' of ApiKeyResponse");
    }

    @Test
    void enumsKeepValuesTheSpecDoesNotList() throws Exception {
        CompiledClient client = client("api-keys-service");
        ObjectMapper mapper = client.mapper();
        Class<?> request = client.load(API_KEYS + ".model.NewApiKeyRequest");
        Object adminConstant = client.load(API_KEYS + ".model.APIKeysRolesEnum")
                .getField("ORG_ADMIN")
                .get(null);
        String json = "{\"roles\":[\"ORG-ADMIN\",\"TENANT-USER\"]}";

        Object decoded = mapper.readValue(json, request);

        List<?> roles = (List<?>) call(call(decoded, "roles"), "get");
        assertThat(roles.get(0)).isSameAs(adminConstant);
        assertThat(call(roles.get(1), "isKnown")).isEqualTo(false);
        assertThat(call(roles.get(1), "value")).isEqualTo("TENANT-USER");
        assertThat(mapper.writeValueAsString(decoded)).isEqualTo(json);
    }

    @Test
    void numericLookingEnumValuesGetValidConstantNames() throws Exception {
        CompiledClient client = client("cartovista-cloud");
        Class<?> mode = client.load(CARTOVISTA + ".model.ApiModeEnum");

        Object one = client.mapper().readValue("\"1\"", mode);

        assertThat(one).isSameAs(mode.getField("_1").get(null));
        assertThat(call(mode.getField("_0").get(null), "value")).isEqualTo("0");
    }

    @Test
    void toStringMasksKeysAndSecrets() throws Exception {
        CompiledClient adyen = client("adyen-management-v1");
        Object generated = adyen.mapper()
                .readValue(
                        "{\"apiKey\":\"AQEyhmfx-secret\",\"clientSecret\":\"s3cr3t\",\"region\":\"eu\"}",
                        adyen.load(ADYEN_V1 + ".model.GenerateApiKeyResponse"));
        CompiledClient keys = client("api-keys-service");
        Object created = keys.mapper()
                .readValue(
                        "{\"id\":\"7c1b\",\"key\":\"sk-live-123\",\"is_active\":true}",
                        keys.load(API_KEYS + ".model.ApiKeyResponse"));
        CompiledClient cartovista = client("cartovista-cloud");
        Object accessKey = cartovista
                .mapper()
                .readValue(
                        "{\"accessKey\":\"00000000-0000-0000-0000-000000000001\",\"notes\":\"ci\"}",
                        cartovista.load(CARTOVISTA + ".model.AccessKeyDTO"));

        assertThat(generated)
                .as("a field the spec does not declare is kept, and masked when its name looks secret")
                .hasToString(
                        "GenerateApiKeyResponse[apiKey=****, additionalProperties={clientSecret=****, region=eu}]");
        assertThat(created.toString()).contains("id=7c1b", "key=****").doesNotContain("sk-live-123");
        assertThat(accessKey.toString()).contains("accessKey=****", "notes=ci").doesNotContain("0001");
    }

    private static synchronized CompiledClient client(String provider) {
        return CLIENTS.computeIfAbsent(provider, id -> {
            Path sources = folder.resolve(id).resolve("src");
            try {
                Specpoet.generate(GeneratorConfig.builder(SpecSource.provider(id), sources)
                        .build());
            } catch (dev.specpoet.api.GenerationException e) {
                throw new AssertionError(e);
            }
            return CompiledClient.compile(sources, folder.resolve(id).resolve("classes"));
        });
    }

    /** Calls a public no-argument method, rethrowing what it throws. */
    private static Object call(Object target, String method) throws Exception {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
