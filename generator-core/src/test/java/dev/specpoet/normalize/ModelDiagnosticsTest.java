package dev.specpoet.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.Severity;
import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.model.ScalarType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDiagnosticsTest {
    @TempDir
    Path folder;

    @Test
    void questionableOperationsAreRepairedWithLocatedWarnings() throws Exception {
        InlineSpec.ModelRun run = InlineSpec.modelRun(folder, """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /keys/{keyId}:
                    get:
                      operationId: getKey
                      security: [{Missing: []}]
                      parameters:
                        - {name: other, in: path, required: true, schema: {type: string}}
                      responses:
                        '200': {description: OK}
                        '299x': {description: Odd}
                """);

        assertThat(run.diagnostics())
                .extracting(Diagnostic::severity, Diagnostic::toString)
                .containsExactlyInAnyOrder(
                        tuple(
                                Severity.WARNING,
                                "spec.yaml#/paths/~1keys~1{keyId}/get/parameters/0: path parameter 'other' does not"
                                        + " appear in /keys/{keyId}; ignored"),
                        tuple(
                                Severity.WARNING,
                                "spec.yaml#/paths/~1keys~1{keyId}/get: path /keys/{keyId} uses {keyId} but declares no"
                                        + " such parameter; it is added as a string"),
                        tuple(
                                Severity.WARNING,
                                "spec.yaml#/paths/~1keys~1{keyId}/get/security: security requirement names undeclared"
                                        + " scheme(s) [Missing]; that alternative is ignored"),
                        tuple(
                                Severity.WARNING,
                                "spec.yaml#/paths/~1keys~1{keyId}/get/responses/299x: '299x' is not a status code,"
                                        + " range or 'default'; ignored"));
        Operation getKey = run.model().operations().get(0);
        assertThat(getKey.parameters())
                .extracting(Parameter::name, Parameter::location, Parameter::type)
                .containsExactly(tuple("keyId", ParameterLocation.PATH, ScalarType.STRING));
        assertThat(getKey.security()).isEmpty();
        assertThat(getKey.responses()).hasSize(1);
    }

    @Test
    void aSpecWithoutOperationsIsNotedNotRejected() throws Exception {
        InlineSpec.ModelRun run = InlineSpec.modelRun(folder, InlineSpec.schemas30("""
                Pet: {type: object, properties: {name: {type: string}}}
                """));

        assertThat(run.diagnostics())
                .extracting(Diagnostic::severity, Diagnostic::code)
                .containsExactly(tuple(Severity.INFO, "NO_OPERATIONS"));
        assertThat(run.model().schemas()).hasSize(1);
    }

    @Test
    void circularReferenceChainIsAnErrorAtTheComponent() {
        assertThatThrownBy(() -> InlineSpec.model(folder, InlineSpec.schemas30("""
                        A: {$ref: '#/components/schemas/B'}
                        B: {$ref: '#/components/schemas/A'}
                        """)))
                .isInstanceOfSatisfying(
                        GenerationException.class,
                        e -> assertThat(e.errors())
                                .extracting(Diagnostic::code, d -> d.location().pointer())
                                .contains(tuple("CIRCULAR_REF", "/components/schemas/A")));
    }
}
