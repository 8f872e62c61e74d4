package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServer;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline schemas are nested types of the type or API class that owns them, one file per named type:
 * an inline property object (and one inside it), an array's inline item, an inline enum, an inline
 * union and an operation's inline bodies decode and encode over HTTP on 127.0.0.1 as nested types,
 * with names that avoid the owner's own, each other's and the package's classes (a nested
 * {@code Address} would shadow the top-level one in the record's header).
 */
class NestedTypesWireTest {
    private static final String PACKAGE = "com.example.nested";
    private static final String MODEL = PACKAGE + ".model.";
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Nested, version: "1"}
            paths:
              /customers/{id}:
                get:
                  operationId: getCustomer
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Customer'}}}}
                put:
                  operationId: replaceCustomer
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  requestBody:
                    required: true
                    content: {application/json: {schema: {$ref: '#/components/schemas/Customer'}}}
                  responses: {'204': {description: done}}
              /customers/{id}/note:
                post:
                  operationId: addNote
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {type: object, properties: {text: {type: string}, level: {type: string, enum: [info, warn]}}}
                  responses:
                    '200':
                      description: ok
                      content: {application/json: {schema: {type: object, properties: {noteId: {type: integer}}}}}
            components:
              schemas:
                Address: {type: object, properties: {line: {type: string}}}
                Customer:
                  type: object
                  properties:
                    address:
                      type: object
                      properties:
                        city: {type: string}
                        geo: {type: object, properties: {lat: {type: number}}}
                    home: {$ref: '#/components/schemas/Address'}
                    tags: {type: array, items: {type: object, properties: {label: {type: string}}}}
                    status: {type: string, enum: [active, closed]}
                    payment:
                      oneOf:
                        - {title: Card, type: object, required: [last4], properties: {last4: {type: string}}}
                        - {title: Iban, type: object, required: [iban], properties: {iban: {type: string}}}
                    customer: {type: object, properties: {since: {type: string}}}
                    shipping_address: {type: object, properties: {street: {type: string}}}
                    shippingAddress: {type: object, properties: {zip: {type: string}}}
            """;
    private static final String CUSTOMER = "{\"address\":{\"city\":\"Oslo\",\"geo\":{\"lat\":59.9}},"
            + "\"home\":{\"line\":\"Main St 1\"},\"tags\":[{\"label\":\"vip\"},{\"label\":\"new\"}],"
            + "\"status\":\"active\",\"payment\":{\"iban\":\"NO93\"},\"customer\":{\"since\":\"2020\"},"
            + "\"shipping_address\":{\"street\":\"Dock 4\"},\"shippingAddress\":{\"zip\":\"0150\"}}";

    @TempDir
    static Path folder;

    private static CompiledClient client;
    private static ObjectMapper mapper;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Path spec = Files.writeString(folder.resolve("nested.yaml"), SPEC);
        client = CompiledClient.generate(spec, folder, PACKAGE);
        mapper = client.mapper();
    }

    @Test
    void everyInlineSchemaIsANestedTypeOfItsOwnerInTheOwnersFile() throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve("src/com/example/nested/model"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("Address.java", "Customer.java");
        }
        try (Stream<Path> files = Files.list(folder.resolve("src/com/example/nested/api"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("DefaultApi.java");
        }
        for (String nested : List.of(
                "Customer$Address2",
                "Customer$Address2$Geo",
                "Customer$TagsItem",
                "Customer$Status",
                "Customer$Payment",
                "Customer$Payment$Card",
                "Customer$Payment$Iban",
                "Customer$Customer2",
                "Customer$ShippingAddress",
                "Customer$ShippingAddress2")) {
            assertThat(client.load(MODEL + nested).getEnclosingClass()).isNotNull();
        }
        assertThat(client.load(PACKAGE + ".api.DefaultApi$AddNoteRequest").getEnclosingClass())
                .isNotNull();
        assertThat(client.load(PACKAGE + ".api.DefaultApi$AddNoteRequest$Level"))
                .isNotNull();
        assertThat(client.load(PACKAGE + ".api.DefaultApi$AddNoteResponse")).isNotNull();
    }

    @Test
    void nestedTypesDecodeFromAndEncodeToTheWire() throws Exception {
        try (StubServer server = StubServer.start()) {
            Object api = api(server);
            server.respond(StubResponse.json(200, CUSTOMER));

            Object customer =
                    api.getClass().getMethod("getCustomer", String.class).invoke(api, "c1");

            Object address = invoke(customer, "address");
            assertThat(address.getClass().getName()).isEqualTo(MODEL + "Customer$Address2");
            assertThat(invoke(invoke(address, "geo"), "lat").toString()).isEqualTo("59.9");
            assertThat(invoke(invoke(customer, "home"), "getClass")).isEqualTo(client.load(MODEL + "Address"));
            List<?> tags = (List<?>) invoke(customer, "tags");
            assertThat(tags).hasSize(2);
            assertThat(tags.get(0).getClass().getName()).isEqualTo(MODEL + "Customer$TagsItem");
            assertThat(invoke(tags.get(1), "label")).isEqualTo("new");
            Object status = invoke(customer, "status");
            assertThat(status)
                    .isSameAs(client.load(MODEL + "Customer$Status")
                            .getField("ACTIVE")
                            .get(null));
            Object payment = invoke(customer, "payment");
            assertThat(payment.getClass().getName()).isEqualTo(MODEL + "Customer$Payment$Iban");
            assertThat(invoke(payment, "iban")).isEqualTo("NO93");
            assertThat(invoke(invoke(customer, "customer"), "since")).isEqualTo("2020");
            assertThat(invoke(invoke(customer, "shippingAddress"), "street")).isEqualTo("Dock 4");
            assertThat(invoke(invoke(customer, "shippingAddress2"), "zip")).isEqualTo("0150");

            server.clear();
            server.respond(StubResponse.empty(204));
            api.getClass()
                    .getMethod("replaceCustomer", String.class, customer.getClass())
                    .invoke(api, "c1", customer);

            assertThat(mapper.readTree(server.onlyRequest().bodyText())).isEqualTo(mapper.readTree(CUSTOMER));
        }
    }

    @Test
    void anOperationsInlineBodiesAreNestedInItsApiClass() throws Exception {
        try (StubServer server = StubServer.start()) {
            Object api = api(server);
            server.respond(StubResponse.json(200, "{\"noteId\":7}"));
            Class<?> requestType = client.load(PACKAGE + ".api.DefaultApi$AddNoteRequest");
            String note = "{\"text\":\"called\",\"level\":\"warn\"}";
            Object request = mapper.readValue(note, requestType);

            Object response = api.getClass()
                    .getMethod("addNote", String.class, requestType)
                    .invoke(api, "c1", request);

            assertThat(response.getClass().getName()).isEqualTo(PACKAGE + ".api.DefaultApi$AddNoteResponse");
            assertThat(invoke(response, "noteId").toString()).isEqualTo("7");
            assertThat(mapper.readTree(server.onlyRequest().bodyText())).isEqualTo(mapper.readTree(note));
        }
    }

    private static Object api(StubServer server) throws Exception {
        Object builder = client.callStatic(PACKAGE + ".ApiClient", "builder");
        Method baseUrl = builder.getClass().getMethod("baseUrl", String.class);
        baseUrl.setAccessible(true);
        baseUrl.invoke(builder, server.baseUrl());
        Object apiClient = invoke(builder, "build");
        Class<?> api = client.load(PACKAGE + ".api.DefaultApi");
        return api.getConstructor(apiClient.getClass()).newInstance(apiClient);
    }

    private static Object invoke(Object target, String method) throws Exception {
        Method found = target.getClass().getMethod(method);
        found.setAccessible(true);
        return found.invoke(target);
    }
}
