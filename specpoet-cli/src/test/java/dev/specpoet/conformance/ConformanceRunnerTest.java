package dev.specpoet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.javac.ClientCompiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceRunnerTest {
    private static final String PETS = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """;

    @TempDir
    Path folder;

    @Test
    void sortsEachFileIntoItsOutcomeInPathOrder() throws Exception {
        write("a/pets.yaml", PETS);
        write("a/again.yaml", PETS.replace("Pets", "Again"));
        write("b/fragment.yaml", "Pet:\n  type: object\n");
        write("b/old.json", "{\"swaggerVersion\": \"1.2\", \"apis\": []}");
        write("c/dangling.yaml", PETS.replace("'#/components/schemas/Pet'", "'#/components/schemas/Cat'"));
        write("notes.txt", "not a spec");
        List<SpecResult> progress = new ArrayList<>();

        List<SpecResult> results = new ConformanceRunner(2).run(List.of(folder), progress::add);

        assertThat(results)
                .extracting(r -> r.file() + " " + r.outcome())
                .containsExactly(
                        "a/again.yaml PASS",
                        "a/pets.yaml PASS",
                        "b/fragment.yaml SKIP",
                        "b/old.json INVALID",
                        "c/dangling.yaml INVALID");
        assertThat(progress).containsExactlyInAnyOrderElementsOf(results);
        assertThat(results.get(1).generatedFiles()).isGreaterThanOrEqualTo(3);
        assertThat(results.get(1).generatedLines()).isGreaterThan(100);
        assertThat(results.get(4).reason())
                .hasValue("DANGLING_REF dangling.yaml:12:51#/paths/~1pets/get/responses/200/content/application~1json"
                        + "/schema/items/$ref: $ref '#/components/schemas/Cat' points to nothing in dangling.yaml");
        assertThat(ConformanceSummary.of(results)).isEqualTo(new ConformanceSummary(2, 0, 2, 1));
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a", "b", "c", "notes.txt");
        }
    }

    @Test
    void aClientThatDoesNotCompileFailsWithTheFirstError() throws Exception {
        Path root = folder.resolve("src");
        write("src/p/Broken.java", "package p; class Broken { Missing field; }");
        write("src/p/Fine.java", "package p; class Fine {}");

        try (ClientCompiler compiler = ClientCompiler.create()) {
            assertThat(compiler.compile(root)).containsExactly("p/Broken.java:1: cannot find symbol");
        }
    }

    @Test
    void aClientCompilesAgainstTheRuntimeLibraryAndWritesNoClassFile() throws Exception {
        write("src/p/Client.java", "package p; class Client { dev.specpoet.runtime.RetryPolicy retries; }");

        try (ClientCompiler compiler = ClientCompiler.create()) {
            ClientCompiler.Compilation compilation = compiler.compile(folder.resolve("src"), true);
            assertThat(compilation.errors()).isEmpty();
            assertThat(compilation.classes()).containsOnlyKeys("p.Client");
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            assertThat(files.filter(file -> file.toString().endsWith(".class"))).isEmpty();
        }
    }

    @Test
    void theReportHasOneRowPerFile() throws Exception {
        Path report = folder.resolve("out/report.tsv");
        List<SpecResult> results = List.of(
                new SpecResult("a.yaml", Outcome.PASS, 1.234, 40, 4000, java.util.Optional.empty(), RoundTrips.NONE),
                new SpecResult(
                        "b.yaml",
                        Outcome.INVALID,
                        0.01,
                        0,
                        0,
                        java.util.Optional.of("DANGLING_REF b.yaml#/x: gone\tnow"),
                        RoundTrips.NONE));

        TsvReport.write(report, results);

        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8))
                .containsExactly(
                        "file\toutcome\tseconds\tgenerated_files\tgenerated_lines\treason\tcompiled\texamples\tround_tripped"
                                + "\tspec_faults\tmismatches\tnot_applicable\tround_trip_seconds\tfirst_mismatch"
                                + "\tfirst_spec_fault",
                        "a.yaml\tPASS\t1.23\t40\t4000\t\tyes\t0\t0\t0\t0\t0\t0.00\t\t",
                        "b.yaml\tINVALID\t0.01\t0\t0\tDANGLING_REF b.yaml#/x: gone now\tno\t0\t0\t0\t0\t0\t0.00\t\t");
    }

    private static final String ORDERS = """
            openapi: 3.0.3
            info: {title: Orders, version: '1'}
            paths:
              /orders:
                post:
                  operationId: createOrder
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Order'}
                        examples:
                          small: {$ref: '#/components/examples/small-order'}
                  responses:
                    '201':
                      description: created
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Order'}
                          example: EXAMPLE
                        application/xml:
                          schema: {$ref: '#/components/schemas/Order'}
                          example: '<order/>'
                    '400':
                      description: bad
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              message: {type: string}
                            example: {message: invalid order}
            components:
              examples:
                small-order:
                  value: {id: 1, placedAt: '2024-05-01T10:15:30+02:00', lines: [{sku: A, quantity: 2}]}
                Order:
                  summary: no body refers to it, the schema of the same name is its type
                  value: {id: 2, lines: []}
                orphan:
                  value: {anything: at all}
              schemas:
                Order:
                  type: object
                  required: [id]
                  properties:
                    id: {type: integer, format: int64}
                    placedAt: {type: string, format: date-time}
                    weight: {type: number, format: float}
                    reference: {type: string, format: uuid}
                    lines:
                      type: array
                      items:
                        type: object
                        properties:
                          sku: {type: string}
                          quantity: {type: integer}
                  example: {id: 3, weight: 1.5}
            """;

    @Test
    void everyKindOfExampleRoundTripsThroughTheCompiledClient() throws Exception {
        write("orders.yaml", ORDERS.replace("EXAMPLE", "{id: 4, placedAt: '2024-05-01T10:15:30Z', weight: 0.25}"));

        SpecResult result = runOne();

        assertThat(result.outcome()).as(result.reason().orElse("")).isEqualTo(Outcome.PASS);
        // The request's named example, the 201 example, the inline 400 schema's example, the
        // component schema's example and the unreferenced example named like the schema; the XML
        // example and the orphan have no JSON type to go into.
        assertCounts(result.roundTrips(), 5, 5, 2);
    }

    @Test
    void anExampleThatDoesNotComeBackFailsTheFileWithItsPointerAndTheDifference() throws Exception {
        // RFC 4122 lets a UUID be written in upper case; java.util.UUID writes it back in lower case.
        write("orders.yaml", ORDERS.replace("EXAMPLE", "{id: 4, reference: 3F2504E0-4F89-41D3-9A0C-0305E82C3301}"));

        SpecResult result = runOne();

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.roundTrips().roundTripped()).isEqualTo(4);
        assertThat(result.roundTrips().mismatches())
                .containsExactly(new ExampleFailure(
                        "/paths/~1orders/post/responses/201/content/application~1json/example/reference",
                        "conformance.client.model.Order",
                        "\"3F2504E0-4F89-41D3-9A0C-0305E82C3301\" became \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\""));
        assertThat(result.reason())
                .hasValue("round trip: 1 of 5 examples differ, the first"
                        + " /paths/~1orders/post/responses/201/content/application~1json/example/reference"
                        + " (conformance.client.model.Order): \"3F2504E0-4F89-41D3-9A0C-0305E82C3301\""
                        + " became \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"");
    }

    @Test
    void anExampleThatBreaksItsSchemaIsTheSpecsFaultNotAFailure() throws Exception {
        write("orders.yaml", ORDERS.replace("EXAMPLE", "{id: '4', placedAt: yesterday}"));
        write(
                "n/orders.yaml",
                ORDERS.replace("EXAMPLE", "{id: 6, weight: 3.14159265358979}").replace("Orders", "Precise"));
        write(
                "more/orders.yaml",
                ORDERS.replace("EXAMPLE", "{id: 5, placedAt: '2024-05-01T10:15:30'}")
                        .replace("Orders", "More"));

        List<SpecResult> results = new ConformanceRunner(1).run(List.of(folder), result -> {});

        assertThat(results).extracting(SpecResult::outcome).containsOnly(Outcome.PASS);
        String example = "/paths/~1orders/post/responses/201/content/application~1json/example";
        assertThat(results.get(0).roundTrips().specFaults())
                .as("a date-time without its offset breaks RFC 3339, whatever the client accepts")
                .extracting(ExampleFailure::toString)
                .containsExactly(example + "/placedAt (conformance.client.model.Order): breaks its schema:"
                        + " '2024-05-01T10:15:30' is not a valid date-time");
        assertThat(results.get(1).roundTrips().specFaults())
                .as("a float holds about seven digits, and the spec chose float")
                .extracting(ExampleFailure::toString)
                .containsExactly(example + "/weight (conformance.client.model.Order): breaks its schema:"
                        + " 3.14159265358979 has more digits than a float holds");
        assertThat(results.get(2).roundTrips().specFaults())
                .extracting(ExampleFailure::toString)
                .containsExactly(example + "/id (conformance.client.model.Order): breaks its schema:"
                        + " expected an integer, found the string \"4\"");
        assertThat(results.get(2).roundTrips().roundTripped()).isEqualTo(4);
        assertThat(results.get(2).roundTrips().mismatches()).isEmpty();
    }

    @Test
    void numbersAndDateTimesAreComparedByValueAndKeysInAnyOrder() throws Exception {
        write("numbers.json", """
                {"openapi": "3.0.3", "info": {"title": "Numbers", "version": "1"},
                 "paths": {"/m": {"get": {"operationId": "measure", "responses": {"200": {
                   "description": "ok",
                   "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/Measure"},
                     "example": {"whole": 1.0, "hundred": 1e2, "real": 100, "big": 12.50, "name": "m",
                                 "at": "2024-05-01T10:15:30.000+00:00"}}}}}}}},
                 "components": {"schemas": {"Measure": {"type": "object", "properties": {
                   "name": {"type": "string"},
                   "at": {"type": "string", "format": "date-time"},
                   "big": {"type": "number"},
                   "real": {"type": "number", "format": "double"},
                   "hundred": {"type": "integer", "format": "int32"},
                   "whole": {"type": "integer", "format": "int64"}}}}}}
                """);

        SpecResult result = runOne();

        assertThat(result.outcome()).as(result.reason().orElse("")).isEqualTo(Outcome.PASS);
        assertCounts(result.roundTrips(), 1, 1, 0);
    }

    @Test
    void swagger2ResponseExamplesPerMediaTypeAndSchemaExamplesRoundTrip() throws Exception {
        write("pets.yaml", """
                swagger: '2.0'
                info: {title: Pets, version: '1'}
                produces: [application/json, application/xml]
                paths:
                  /pets/{id}:
                    get:
                      operationId: getPet
                      parameters:
                        - {name: id, in: path, required: true, type: string}
                      responses:
                        '200':
                          description: ok
                          schema: {$ref: '#/definitions/Pet'}
                          examples:
                            application/json: {name: Rex, tags: [good]}
                            application/xml: '<pet/>'
                definitions:
                  Pet:
                    type: object
                    properties:
                      name: {type: string}
                      tags: {type: array, items: {type: string}}
                    example: {name: Tom, tags: []}
                """);

        SpecResult result = runOne();

        assertThat(result.outcome()).as(result.reason().orElse("")).isEqualTo(Outcome.PASS);
        assertCounts(result.roundTrips(), 2, 2, 1);
    }

    /** Every example checked came back, apart from those not applicable. */
    private static void assertCounts(RoundTrips trips, int checked, int roundTripped, int notApplicable) {
        assertThat(trips.specFaults()).isEmpty();
        assertThat(trips.mismatches()).isEmpty();
        assertThat(List.of(trips.checked(), trips.roundTripped(), trips.notApplicable()))
                .as("checked, round-tripped, not applicable")
                .containsExactly(checked, roundTripped, notApplicable);
    }

    @Test
    void openApi31SchemaExamplesAndWebhookBodiesOfComponentSchemasRoundTrip() throws Exception {
        write("events.yaml", """
                openapi: 3.1.0
                info: {title: Events, version: '1'}
                paths: {}
                webhooks:
                  created:
                    post:
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Event'}
                            example: {id: e1, at: '2024-05-01T10:15:30Z'}
                      responses: {'200': {description: ok}}
                  deleted:
                    post:
                      requestBody:
                        content:
                          application/json:
                            schema: {type: object, properties: {id: {type: string}}}
                            example: {id: e2}
                      responses: {'200': {description: ok}}
                components:
                  schemas:
                    Event:
                      type: object
                      properties:
                        id: {type: string}
                        at: {type: string, format: date-time}
                      examples:
                        - {id: e3}
                        - {id: e4, at: '2024-05-01T10:15:30+01:00'}
                """);

        SpecResult result = runOne();

        assertThat(result.outcome()).as(result.reason().orElse("")).isEqualTo(Outcome.PASS);
        // The inline schema of a webhook the client never receives has no Java type.
        assertCounts(result.roundTrips(), 3, 3, 1);
    }

    @Test
    void openApi32DataValuesRoundTripAndSerializedValuesAreNotDecoded() throws Exception {
        write("search.yaml", """
                openapi: 3.2.0
                info: {title: Search, version: '1'}
                paths:
                  /messages:
                    query:
                      operationId: searchMessages
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Search'}
                            examples:
                              weather:
                                dataValue: {text: weather, limit: 2}
                                serializedValue: '{"text":"weather","limit":2}'
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Search'}
                              examples:
                                echo: {dataValue: {text: sunny, limit: 1}}
                components:
                  schemas:
                    Search:
                      type: object
                      properties:
                        text: {type: string}
                        limit: {type: integer}
                """);

        SpecResult result = runOne();

        assertThat(result.outcome()).as(result.reason().orElse("")).isEqualTo(Outcome.PASS);
        assertCounts(result.roundTrips(), 2, 2, 0);
    }

    private SpecResult runOne() throws Exception {
        List<SpecResult> results = new ConformanceRunner(1).run(List.of(folder), result -> {});
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private void write(String path, String text) throws Exception {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
