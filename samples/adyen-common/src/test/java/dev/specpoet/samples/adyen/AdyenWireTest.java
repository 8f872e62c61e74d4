package dev.specpoet.samples.adyen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.samples.adyen.client.ApiClient;
import dev.specpoet.runtime.ApiResponse;
import dev.specpoet.runtime.Page;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.samples.adyen.client.RestServiceErrorException;
import dev.specpoet.runtime.RetryPolicy;
import dev.specpoet.samples.adyen.client.api.ApiCredentialsCompanyLevelApi;
import dev.specpoet.samples.adyen.client.api.ApiCredentialsMerchantLevelApi;
import dev.specpoet.samples.adyen.client.api.ApiKeyCompanyLevelApi;
import dev.specpoet.samples.adyen.client.api.ApiKeyMerchantLevelApi;
import dev.specpoet.samples.adyen.client.api.ClientKeyCompanyLevelApi;
import dev.specpoet.samples.adyen.client.api.ClientKeyMerchantLevelApi;
import dev.specpoet.samples.adyen.client.api.MyApiCredentialApi;
import dev.specpoet.samples.adyen.client.model.AllowedOrigin;
import dev.specpoet.samples.adyen.client.model.ApiCredential;
import dev.specpoet.samples.adyen.client.model.CompanyApiCredential;
import dev.specpoet.samples.adyen.client.model.CreateAllowedOriginRequest;
import dev.specpoet.samples.adyen.client.model.CreateApiCredentialResponse;
import dev.specpoet.samples.adyen.client.model.CreateCompanyApiCredentialRequest;
import dev.specpoet.samples.adyen.client.model.CreateCompanyApiCredentialResponse;
import dev.specpoet.samples.adyen.client.model.CreateMerchantApiCredentialRequest;
import dev.specpoet.samples.adyen.client.model.GenerateClientKeyResponse;
import dev.specpoet.samples.adyen.client.model.ListCompanyApiCredentialsResponse;
import dev.specpoet.samples.adyen.client.model.ListMerchantApiCredentialsResponse;
import dev.specpoet.samples.adyen.client.model.MeApiCredential;
import dev.specpoet.samples.adyen.client.model.UpdateCompanyApiCredentialRequest;
import dev.specpoet.samples.adyen.client.model.UpdateMerchantApiCredentialRequest;
import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import dev.specpoet.testserver.StubServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls every operation of the generated Adyen Management client against a stub server on
 * 127.0.0.1 and checks the request on the wire and the decoded response.
 */
class AdyenWireTest {
    private static final String API_KEY = "AQE-secret-test-key";
    private static final String CREDENTIAL_JSON = """
            {"id": "S2-6262224667", "username": "ws_123456@Company.Acme", "clientKey": "test_UCP6",
             "allowedIpAddresses": ["10.0.0.1"], "active": true, "roles": ["Management API - Accounts read"],
             "allowedOrigins": [{"id": "S2-1", "domain": "https://www.example.com"}],
             "associatedMerchantAccounts": ["AcmeShop"], "companyName": "Acme",
             "apiKey": "AQE-new", "password": "p4ss",
             "_links": {"self": {"href": "https://management-test.adyen.com/v3/me"}}}
            """;
    private static final String LIST_JSON = "{\"itemsTotal\": 1, \"pagesTotal\": 1, \"data\": [" + CREDENTIAL_JSON
            + "], \"_links\": {\"self\": {\"href\": \"x\"}, \"first\": {\"href\": \"x\"}, \"last\": {\"href\": \"x\"}}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final StubServerExtension stub = new StubServerExtension();

    private static StubServer server;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        server = stub.server();
        client = ApiClient.builder()
                .baseUrl(server.baseUrl())
                .apiKeyAuth(API_KEY)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @BeforeEach
    void reset() {
        server.clear();
        server.respond(StubResponse.json(200, CREDENTIAL_JSON));
    }

    private static RecordedRequest sent(String method, String rawPath) {
        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo(method);
        assertThat(request.rawPath()).isEqualTo(rawPath);
        assertThat(request.header("X-API-Key")).contains(API_KEY);
        assertThat(request.hasHeader("Authorization")).isFalse();
        assertThat(request.header("Accept")).hasValueSatisfying(accept -> assertThat(accept)
                .contains("application/json"));
        return request;
    }

    private static void assertJsonBody(RecordedRequest request, String expectedJson) throws Exception {
        assertThat(request.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        JsonNode body = JSON.readTree(request.body());
        assertThat(body).isEqualTo(JSON.readTree(expectedJson));
    }

    private static void assertNoBody(RecordedRequest request) {
        assertThat(request.body()).isEmpty();
    }

    @Test
    void listsCompanyCredentialsWithPaging() {
        server.respond(StubResponse.json(200, LIST_JSON));

        Page<CompanyApiCredential, ListCompanyApiCredentialsResponse> page = new ApiCredentialsCompanyLevelApi(client)
                .listApiCredentials(
                        "Acme Co",
                        ApiCredentialsCompanyLevelApi.ListApiCredentialsParams.builder()
                                .pageNumber(2)
                                .pageSize(5)
                                .build());

        RecordedRequest request = sent("GET", "/companies/Acme%20Co/apiCredentials");
        assertThat(request.query()).isEqualTo(Map.of("pageNumber", List.of("2"), "pageSize", List.of("5")));
        assertNoBody(request);
        assertThat(page.body().itemsTotal()).isEqualTo(1);
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page.items()).singleElement().satisfies(credential -> {
            assertThat(credential.id()).isEqualTo("S2-6262224667");
            assertThat(credential.associatedMerchantAccounts()).containsExactly("AcmeShop");
            assertThat(credential.allowedOrigins().get(0).domain()).isEqualTo("https://www.example.com");
        });
    }

    @Test
    void autoPagingFetchesEveryPageWhileTheNextLinkIsThere() {
        String next = ",\"_links\": {\"next\": {\"href\": \"https://management-test.adyen.com/v3/next\"}}";
        server.respondInOrder(
                StubResponse.json(200, page("S2-1", "S2-2", next)),
                StubResponse.json(200, page("S2-3", "S2-4", next)),
                StubResponse.json(200, page("S2-5", null, "")));

        List<String> ids = new ArrayList<>();
        for (CompanyApiCredential credential : new ApiCredentialsCompanyLevelApi(client)
                .listApiCredentialsAutoPaging(
                        "Acme",
                        ApiCredentialsCompanyLevelApi.ListApiCredentialsParams.builder()
                                .pageSize(2)
                                .build())) {
            ids.add(credential.id());
        }

        assertThat(ids).containsExactly("S2-1", "S2-2", "S2-3", "S2-4", "S2-5");
        assertThat(server.requests())
                .extracting(RecordedRequest::query)
                .containsExactly(
                        Map.of("pageSize", List.of("2")),
                        Map.of("pageSize", List.of("2"), "pageNumber", List.of("2")),
                        Map.of("pageSize", List.of("2"), "pageNumber", List.of("3")));
    }

    @Test
    void merchantCredentialsPageAutomaticallyWithoutBlocking() throws Exception {
        String next = ",\"_links\": {\"next\": {\"href\": \"https://management-test.adyen.com/v3/next\"}}";
        server.respondInOrder(
                StubResponse.json(200, page("S2-1", "S2-2", next)), StubResponse.json(200, page("S2-3", null, "")));
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());

        new ApiCredentialsMerchantLevelApi(client)
                .listApiCredentialsAutoPaging("AcmeShop")
                .forEachAsync(credential -> ids.add(credential.id()))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(ids).containsExactly("S2-1", "S2-2", "S2-3");
    }

    /** A page of credentials with these ids ({@code second} may be null), and more JSON members after them. */
    private static String page(String first, String second, String more) {
        String credential = "{\"id\": \"%s\", \"username\": \"ws@Company.Acme\", \"clientKey\": \"k\","
                + " \"allowedIpAddresses\": [], \"active\": true, \"roles\": []}";
        String data = String.format(credential, first) + (second == null ? "" : ", " + String.format(credential, second));
        return "{\"itemsTotal\": 5, \"pagesTotal\": 3, \"data\": [" + data + "]" + more + "}";
    }

    @Test
    void listWithoutOptionalParametersSendsNoQuery() {
        server.respond(StubResponse.json(200, LIST_JSON));

        new ApiCredentialsCompanyLevelApi(client).listApiCredentials("Acme");

        assertThat(sent("GET", "/companies/Acme/apiCredentials").rawQuery()).isNull();
    }

    @Test
    void createsCompanyCredential() throws Exception {
        CreateCompanyApiCredentialResponse created = new ApiCredentialsCompanyLevelApi(client)
                .createApiCredential(
                        "Acme",
                        CreateCompanyApiCredentialRequest.builder()
                                .roles(List.of("Management API - Accounts read"))
                                .associatedMerchantAccounts(List.of("AcmeShop"))
                                .description("checkout")
                                .build());

        assertJsonBody(
                sent("POST", "/companies/Acme/apiCredentials"),
                "{\"roles\":[\"Management API - Accounts read\"],\"associatedMerchantAccounts\":[\"AcmeShop\"],"
                        + "\"description\":\"checkout\"}");
        assertThat(created.apiKey()).isEqualTo("AQE-new");
        assertThat(created.password()).isEqualTo("p4ss");
        assertThat(created.toString()).doesNotContain("AQE-new", "p4ss");
    }

    @Test
    void getsCompanyCredentialWithEncodedPathParameters() {
        CompanyApiCredential credential =
                new ApiCredentialsCompanyLevelApi(client).getApiCredential("Acme/EU", "S2 62?#");

        assertNoBody(sent("GET", "/companies/Acme%2FEU/apiCredentials/S2%2062%3F%23"));
        assertThat(credential.active()).isTrue();
        assertThat(credential.roles()).containsExactly("Management API - Accounts read");
    }

    @Test
    void updatesCompanyCredential() throws Exception {
        CompanyApiCredential credential = new ApiCredentialsCompanyLevelApi(client)
                .updateApiCredential(
                        "Acme",
                        "S2-6262224667",
                        UpdateCompanyApiCredentialRequest.builder().active(false).build());

        assertJsonBody(sent("PATCH", "/companies/Acme/apiCredentials/S2-6262224667"), "{\"active\":false}");
        assertThat(credential.username()).isEqualTo("ws_123456@Company.Acme");
    }

    @Test
    void generatesCompanyApiKey() {
        server.respond(StubResponse.json(200, "{\"apiKey\":\"AQE-rotated\"}"));

        String key = new ApiKeyCompanyLevelApi(client)
                .generateNewApiKey("Acme", "S2-1")
                .apiKey();

        assertNoBody(sent("POST", "/companies/Acme/apiCredentials/S2-1/generateApiKey"));
        assertThat(key).isEqualTo("AQE-rotated");
    }

    @Test
    void generatesCompanyClientKey() {
        server.respond(StubResponse.json(200, "{\"clientKey\":\"test_NEW\"}"));

        ApiResponse<GenerateClientKeyResponse> response = new ClientKeyCompanyLevelApi(client)
                .generateNewClientKeyWithResponse("Acme", "S2-1", RequestOptions.none());

        sent("POST", "/companies/Acme/apiCredentials/S2-1/generateClientKey");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.firstHeader("content-type")).contains("application/json");
        assertThat(response.body().clientKey()).isEqualTo("test_NEW");
    }

    @Test
    void listsMerchantCredentials() {
        server.respond(StubResponse.json(200, LIST_JSON));

        Page<ApiCredential, ListMerchantApiCredentialsResponse> page = new ApiCredentialsMerchantLevelApi(client)
                .listApiCredentials(
                        "AcmeShop",
                        ApiCredentialsMerchantLevelApi.ListApiCredentialsParams.builder()
                                .pageSize(100)
                                .build());

        RecordedRequest request = sent("GET", "/merchants/AcmeShop/apiCredentials");
        assertThat(request.query()).isEqualTo(Map.of("pageSize", List.of("100")));
        assertThat(page.items()).extracting(ApiCredential::clientKey).containsExactly("test_UCP6");
    }

    @Test
    void createsMerchantCredential() throws Exception {
        CreateApiCredentialResponse created = new ApiCredentialsMerchantLevelApi(client)
                .createApiCredential(
                        "AcmeShop",
                        CreateMerchantApiCredentialRequest.builder()
                                .roles(List.of("Checkout webservice role"))
                                .allowedOrigins(List.of("https://www.example.com"))
                                .build());

        assertJsonBody(
                sent("POST", "/merchants/AcmeShop/apiCredentials"),
                "{\"roles\":[\"Checkout webservice role\"],\"allowedOrigins\":[\"https://www.example.com\"]}");
        assertThat(created.apiKey()).isEqualTo("AQE-new");
    }

    @Test
    void getsMerchantCredential() {
        ApiCredential credential =
                new ApiCredentialsMerchantLevelApi(client).getApiCredential("AcmeShop", "S2-6262224667");

        sent("GET", "/merchants/AcmeShop/apiCredentials/S2-6262224667");
        assertThat(credential.allowedIpAddresses()).containsExactly("10.0.0.1");
    }

    @Test
    void updatesMerchantCredential() throws Exception {
        new ApiCredentialsMerchantLevelApi(client)
                .updateApiCredential(
                        "AcmeShop",
                        "S2-1",
                        UpdateMerchantApiCredentialRequest.builder()
                                .description("renamed")
                                .roles(List.of())
                                .build());

        assertJsonBody(
                sent("PATCH", "/merchants/AcmeShop/apiCredentials/S2-1"), "{\"description\":\"renamed\",\"roles\":[]}");
    }

    @Test
    void generatesMerchantApiKey() {
        server.respond(StubResponse.json(200, "{\"apiKey\":\"AQE-m\"}"));

        assertThat(new ApiKeyMerchantLevelApi(client)
                        .generateNewApiKey("AcmeShop", "S2-1")
                        .apiKey())
                .isEqualTo("AQE-m");
        assertNoBody(sent("POST", "/merchants/AcmeShop/apiCredentials/S2-1/generateApiKey"));
    }

    @Test
    void generatesMerchantClientKey() {
        server.respond(StubResponse.json(200, "{\"clientKey\":\"test_M\"}"));

        assertThat(new ClientKeyMerchantLevelApi(client)
                        .generateNewClientKey("AcmeShop", "S2-1")
                        .clientKey())
                .isEqualTo("test_M");
        sent("POST", "/merchants/AcmeShop/apiCredentials/S2-1/generateClientKey");
    }

    @Test
    void getsOwnCredential() {
        MeApiCredential me = new MyApiCredentialApi(client).getApiCredentialDetails();

        assertNoBody(sent("GET", "/me"));
        assertThat(me.companyName()).isEqualTo("Acme");
        assertThat(me.links().self().href()).isEqualTo("https://management-test.adyen.com/v3/me");
    }

    @Test
    void listsAllowedOrigins() {
        server.respond(StubResponse.json(200, "{\"data\":[{\"id\":\"S2-1\",\"domain\":\"https://a.example\"}]}"));

        List<AllowedOrigin> origins =
                new MyApiCredentialApi(client).getAllowedOrigins().data();

        sent("GET", "/me/allowedOrigins");
        assertThat(origins).extracting(AllowedOrigin::domain).containsExactly("https://a.example");
    }

    @Test
    void addsAllowedOrigin() throws Exception {
        server.respond(StubResponse.json(200, "{\"id\":\"S2-9\",\"domain\":\"https://b.example\"}"));

        AllowedOrigin origin = new MyApiCredentialApi(client)
                .addAllowedOrigin(CreateAllowedOriginRequest.builder()
                        .domain("https://b.example")
                        .build());

        assertJsonBody(sent("POST", "/me/allowedOrigins"), "{\"domain\":\"https://b.example\"}");
        assertThat(origin.id()).isEqualTo("S2-9");
    }

    @Test
    void getsAllowedOrigin() {
        server.respond(StubResponse.json(200, "{\"id\":\"S2-9\",\"domain\":\"https://b.example\"}"));

        assertThat(new MyApiCredentialApi(client)
                        .getAllowedOriginDetails("S2-9")
                        .domain())
                .isEqualTo("https://b.example");
        sent("GET", "/me/allowedOrigins/S2-9");
    }

    @Test
    void removesAllowedOrigin() {
        server.respond(StubResponse.empty(204));

        new MyApiCredentialApi(client).removeAllowedOrigin("S2-9");

        assertNoBody(sent("DELETE", "/me/allowedOrigins/S2-9"));
    }

    @Test
    void generatesOwnClientKey() {
        server.respond(StubResponse.json(200, "{\"clientKey\":\"test_ME\"}"));

        assertThat(new MyApiCredentialApi(client).generateClientKey().clientKey())
                .isEqualTo("test_ME");
        assertNoBody(sent("POST", "/me/generateClientKey"));
    }

    @Test
    void basicAuthIsSentInsteadOfTheKeyWhenConfigured() {
        ApiClient basic = ApiClient.builder()
                .baseUrl(server.baseUrl())
                .basicAuth("ws_123456@Company.Acme", "s3cret")
                .build();

        new MyApiCredentialApi(basic).getApiCredentialDetails();

        RecordedRequest request = server.onlyRequest();
        String expected = Base64.getEncoder()
                .encodeToString("ws_123456@Company.Acme:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(request.header("Authorization")).contains("Basic " + expected);
        assertThat(request.hasHeader("X-API-Key")).isFalse();
    }

    /** One call per operation; each must turn every declared error status into a typed exception. */
    static Stream<Arguments> everyOperation() {
        Map<String, Function<ApiClient, Object>> calls = new java.util.LinkedHashMap<>();
        calls.put("company list", c -> new ApiCredentialsCompanyLevelApi(c).listApiCredentials("A"));
        calls.put("company create", c -> new ApiCredentialsCompanyLevelApi(c)
                .createApiCredential("A", CreateCompanyApiCredentialRequest.builder().build()));
        calls.put("company get", c -> new ApiCredentialsCompanyLevelApi(c).getApiCredential("A", "S"));
        calls.put("company update", c -> new ApiCredentialsCompanyLevelApi(c)
                .updateApiCredential("A", "S", UpdateCompanyApiCredentialRequest.builder().build()));
        calls.put("company api key", c -> new ApiKeyCompanyLevelApi(c).generateNewApiKey("A", "S"));
        calls.put("company client key", c -> new ClientKeyCompanyLevelApi(c).generateNewClientKey("A", "S"));
        calls.put("merchant list", c -> new ApiCredentialsMerchantLevelApi(c).listApiCredentials("M"));
        calls.put("merchant create", c -> new ApiCredentialsMerchantLevelApi(c)
                .createApiCredential("M", CreateMerchantApiCredentialRequest.builder().build()));
        calls.put("merchant get", c -> new ApiCredentialsMerchantLevelApi(c).getApiCredential("M", "S"));
        calls.put("merchant update", c -> new ApiCredentialsMerchantLevelApi(c)
                .updateApiCredential("M", "S", UpdateMerchantApiCredentialRequest.builder().build()));
        calls.put("merchant api key", c -> new ApiKeyMerchantLevelApi(c).generateNewApiKey("M", "S"));
        calls.put("merchant client key", c -> new ClientKeyMerchantLevelApi(c).generateNewClientKey("M", "S"));
        calls.put("me", c -> new MyApiCredentialApi(c).getApiCredentialDetails());
        calls.put("me origins", c -> new MyApiCredentialApi(c).getAllowedOrigins());
        calls.put("me add origin", c -> new MyApiCredentialApi(c)
                .addAllowedOrigin(CreateAllowedOriginRequest.builder()
                        .domain("https://x.example")
                        .build()));
        calls.put("me get origin", c -> new MyApiCredentialApi(c).getAllowedOriginDetails("O"));
        calls.put("me remove origin", c -> {
            new MyApiCredentialApi(c).removeAllowedOrigin("O");
            return "removed";
        });
        calls.put("me client key", c -> new MyApiCredentialApi(c).generateClientKey());
        return calls.entrySet().stream().flatMap(call -> Stream.of(400, 401, 403, 422, 500)
                .map(status -> Arguments.of(call.getKey(), status, call.getValue())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyOperation")
    void declaredErrorStatusRaisesTypedException(String operation, int status, Function<ApiClient, Object> call) {
        server.respond(StubResponse.json(status, """
                {"type": "https://docs.adyen.com/errors/validation", "errorCode": "702", "title": "Invalid",
                 "detail": "Field 'domain' is not valid.", "status": %d, "requestId": "RQ-1",
                 "invalidFields": [{"name": "domain", "value": "x", "message": "Invalid URL"}]}
                """.formatted(status)));

        RestServiceErrorException error = catchThrowableOfType(RestServiceErrorException.class, () -> call.apply(client));

        assertThat(error).as(operation).isNotNull();
        assertThat(error.statusCode()).isEqualTo(status);
        assertThat(error.error().errorCode()).isEqualTo("702");
        assertThat(error.error().invalidFields().get(0).message()).isEqualTo("Invalid URL");
        assertThat(error.rawBody()).contains("RQ-1");
        assertThat(error.getMessage()).doesNotContain(API_KEY);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void runsTheRotationProgram() {
        server.route("POST", ".*/generateApiKey", StubResponse.json(200, "{\"apiKey\":\"AQE-rotated\"}"));
        server.route("GET", ".*/apiCredentials", StubResponse.json(200, LIST_JSON));

        RotateApiKey.run(client);

        assertThat(server.requests())
                .extracting(RecordedRequest::method, RecordedRequest::rawPath)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "POST", "/companies/YOUR_COMPANY_ACCOUNT/apiCredentials/S2-6262224667/generateApiKey"),
                        org.assertj.core.groups.Tuple.tuple("GET", "/companies/YOUR_COMPANY_ACCOUNT/apiCredentials"));
    }
}
