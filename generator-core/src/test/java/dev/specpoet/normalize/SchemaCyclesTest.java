package dev.specpoet.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.MapType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.ScalarType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas that refer to themselves from inside, through a reference into a component (a property,
 * its items, its additional properties) or through {@code allOf}: each ends in a model or a located
 * error, never in a stack overflow.
 */
class SchemaCyclesTest {
    @TempDir
    Path folder;

    @Test
    void anArrayWhoseItemsReferToTheArrayItselfIsARecursiveAlias() throws Exception {
        InlineSpec.ModelRun run = InlineSpec.modelRun(folder, InlineSpec.schemas30("""
                Tree:
                  type: object
                  properties:
                    children:
                      type: array
                      items: {$ref: '#/components/schemas/Tree/properties/children'}
                """));

        ObjectDef tree = InlineSpec.object(run.model(), "Tree");
        assertThat(tree.property("children").orElseThrow().type())
                .isEqualTo(new ArrayType(new ArrayType(ScalarType.ANY)));
        assertThat(run.diagnostics())
                .extracting(Diagnostic::code, d -> d.location().pointer())
                .contains(tuple("RECURSIVE_ALIAS", "/components/schemas/Tree/properties/children"));
    }

    @Test
    void theSameCycleIn31AndSwagger20() throws Exception {
        String swagger = """
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths: {}
                definitions:
                  Tree:
                    type: object
                    properties:
                      children:
                        type: array
                        items: {$ref: '#/definitions/Tree/properties/children'}
                """;
        String openApi31 = InlineSpec.schemas31("""
                Tree:
                  type: object
                  properties:
                    children:
                      type: array
                      items: {$ref: '#/components/schemas/Tree/properties/children'}
                """);
        for (String spec : new String[] {swagger, openApi31}) {
            InlineSpec.ModelRun run = InlineSpec.modelRun(folder, spec);

            assertThat(InlineSpec.object(run.model(), "Tree")
                            .property("children")
                            .orElseThrow()
                            .type())
                    .isEqualTo(new ArrayType(new ArrayType(ScalarType.ANY)));
            assertThat(run.codes()).contains("RECURSIVE_ALIAS");
        }
    }

    @Test
    void aMapWhoseValuesReferToTheMapItselfIsARecursiveAlias() throws Exception {
        InlineSpec.ModelRun run = InlineSpec.modelRun(folder, InlineSpec.schemas30("""
                Node:
                  type: object
                  properties:
                    tree:
                      type: object
                      additionalProperties: {$ref: '#/components/schemas/Node/properties/tree'}
                """));

        assertThat(InlineSpec.object(run.model(), "Node")
                        .property("tree")
                        .orElseThrow()
                        .type())
                .isEqualTo(new MapType(new MapType(ScalarType.ANY)));
        assertThat(run.codes()).contains("RECURSIVE_ALIAS");
    }

    @Test
    void aBareReferenceToItselfFromInsideIsAnErrorAtThatSchema() {
        assertThatThrownBy(() -> InlineSpec.model(folder, InlineSpec.schemas30("""
                        A:
                          type: object
                          properties:
                            next:
                              allOf:
                                - $ref: '#/components/schemas/A/properties/next'
                        """)))
                .isInstanceOfSatisfying(
                        GenerationException.class,
                        e -> assertThat(e.errors())
                                .extracting(Diagnostic::code, Diagnostic::toString)
                                .containsExactly(tuple(
                                        "CIRCULAR_REF",
                                        "spec.yaml#/components/schemas/A/properties/next: circular $ref chain that"
                                                + " never reaches a type: /components/schemas/A/properties/next"
                                                + " -> /components/schemas/A/properties/next")));
    }

    @Test
    void anAllOfCycleBetweenComponentsIsAnErrorNotAnOverflow() {
        assertThatThrownBy(() -> InlineSpec.model(folder, InlineSpec.schemas30("""
                        A:
                          allOf:
                            - $ref: '#/components/schemas/B'
                            - {type: object, properties: {a: {type: string}}}
                        B:
                          allOf:
                            - $ref: '#/components/schemas/A'
                            - {type: object, properties: {b: {type: string}}}
                        """)))
                .isInstanceOfSatisfying(
                        GenerationException.class,
                        e -> assertThat(e.errors())
                                .extracting(Diagnostic::code, d -> d.location().pointer())
                                .containsExactly(
                                        tuple("CIRCULAR_ALLOF", "/components/schemas/A/allOf/0"),
                                        tuple("CIRCULAR_ALLOF", "/components/schemas/B/allOf/0")));
    }
}
