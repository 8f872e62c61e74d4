package dev.specpoet.normalize;

import static dev.specpoet.fixtures.InlineSpec.schemas30;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.MapType;
import dev.specpoet.model.NameHint;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.ScalarType.Scalar;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.UnionDef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaShapesTest {
    @TempDir
    Path folder;

    @Test
    void oneValueEnumsAndConstsAreTagsDirectlyOrThroughAReference() throws Exception {
        ApiModel model = InlineSpec.model(folder, InlineSpec.schemas31("""
                Kind: {type: string, enum: [Reboot]}
                Action:
                  type: object
                  additionalProperties: false
                  properties:
                    type: {type: string, enum: [Install, null]}
                    kind: {$ref: '#/components/schemas/Kind'}
                    version: {const: 2}
                    flag: {const: true}
                    mode: {type: string, enum: [a, b]}
                    name: {type: string}
                """));
        ObjectDef action = InlineSpec.object(model, "Action");

        assertThat(action.property("type").orElseThrow().tag()).contains(new JsonValue.Text("Install"));
        assertThat(action.property("kind").orElseThrow().tag()).contains(new JsonValue.Text("Reboot"));
        assertThat(action.property("version").orElseThrow().tag())
                .contains(new JsonValue.Number(java.math.BigDecimal.valueOf(2)));
        assertThat(action.property("flag").orElseThrow().tag()).contains(new JsonValue.Bool(true));
        assertThat(action.property("mode").orElseThrow().tag()).isEmpty();
        assertThat(action.property("name").orElseThrow().tag()).isEmpty();
        assertThat(action.isClosed()).isTrue();
        assertThat(InlineSpec.object(model, "Action").additionalProperties()).isEmpty();
    }

    @Test
    void arraysAndMapsOfScalarsReferencesAndInlineObjects() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                Tag: {type: object, properties: {name: {type: string}}}
                Holder:
                  type: object
                  properties:
                    ips: {type: array, items: {type: string}}
                    tags: {type: array, items: {$ref: '#/components/schemas/Tag'}}
                    matrix: {type: array, items: {type: array, items: {type: integer, format: int32}}}
                    counts: {type: object, additionalProperties: {type: integer}}
                    byName: {type: object, additionalProperties: {$ref: '#/components/schemas/Tag'}}
                    free: {type: object}
                    lines: {type: array, items: {type: object, properties: {sku: {type: string}}}}
                """));
        ObjectDef holder = InlineSpec.object(model, "Holder");
        NamedType tag = named("/components/schemas/Tag");

        assertThat(type(holder, "ips")).isEqualTo(new ArrayType(ScalarType.STRING));
        assertThat(type(holder, "tags")).isEqualTo(new ArrayType(tag));
        assertThat(type(holder, "matrix")).isEqualTo(new ArrayType(new ArrayType(ScalarType.of(Scalar.INT32))));
        assertThat(type(holder, "counts")).isEqualTo(new MapType(ScalarType.of(Scalar.INT64)));
        assertThat(type(holder, "byName")).isEqualTo(new MapType(tag));
        assertThat(type(holder, "free")).isEqualTo(new MapType(ScalarType.ANY));
        assertThat(type(holder, "lines"))
                .isEqualTo(new ArrayType(named("/components/schemas/Holder/properties/lines/items")));
        assertThat(InlineSpec.schema(model, "/components/schemas/Holder/properties/lines/items")
                        .nameHint())
                .isEqualTo(NameHint.inline(List.of("Holder", "lines", "Item")));
    }

    @Test
    void objectKeepsPropertyOrderRequirednessAndAdditionalProperties() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                ApiKeyResponse:
                  type: object
                  description: An API key.
                  required: [id, is_active]
                  properties:
                    id: {type: string, description: ID of the key}
                    is_active: {type: boolean, readOnly: true}
                    roles: {type: array, items: {type: string}, default: []}
                    old: {type: string, deprecated: true}
                Closed:
                  type: object
                  additionalProperties: false
                  properties: {a: {type: string}}
                Extensible:
                  type: object
                  additionalProperties: {type: string}
                  properties: {a: {type: string}}
                """));
        ObjectDef response = InlineSpec.object(model, "ApiKeyResponse");

        assertThat(response.properties())
                .extracting(Property::jsonName)
                .containsExactly("id", "is_active", "roles", "old");
        assertThat(response.properties()).extracting(Property::required).containsExactly(true, true, false, false);
        assertThat(response.description()).contains("An API key.");
        assertThat(response.property("id").orElseThrow().description()).contains("ID of the key");
        assertThat(response.property("is_active").orElseThrow().readOnly()).isTrue();
        assertThat(response.property("roles").orElseThrow().defaultValue()).contains(new JsonValue.Array(List.of()));
        assertThat(response.property("old").orElseThrow().deprecated()).isTrue();
        assertThat(response.location().toString()).isEqualTo("spec.yaml#/components/schemas/ApiKeyResponse");
        assertThat(response.additionalProperties()).contains(ScalarType.ANY);
        assertThat(InlineSpec.object(model, "Closed").additionalProperties()).isEmpty();
        assertThat(InlineSpec.object(model, "Extensible").additionalProperties())
                .contains(ScalarType.STRING);
    }

    @Test
    void stringAndIntegerEnumsKeepTheirWireValuesInOrder() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                APIKeysRolesEnum:
                  type: string
                  enum: [DEFAULT-RULE-ADMIN, TASK-ADMIN, VALIDATION-USER, TASK-ADMIN]
                ApiModeEnum:
                  type: string
                  enum: ["0", "1"]
                Level:
                  type: integer
                  enum: [1, 2, 3]
                  x-enum-varnames: [LOW, MEDIUM, HIGH]
                  x-enum-descriptions: [Low, Medium, High]
                Big:
                  type: integer
                  enum: [1, 9999999999]
                """));

        EnumDef roles = InlineSpec.enumeration(model, "APIKeysRolesEnum");
        assertThat(roles.base()).isEqualTo(Scalar.STRING);
        assertThat(roles.values())
                .extracting(EnumDef.EnumValue::text)
                .containsExactly("DEFAULT-RULE-ADMIN", "TASK-ADMIN", "VALIDATION-USER");
        EnumDef mode = InlineSpec.enumeration(model, "ApiModeEnum");
        assertThat(mode.values())
                .extracting(EnumDef.EnumValue::value)
                .containsExactly(new JsonValue.Text("0"), new JsonValue.Text("1"));
        EnumDef level = InlineSpec.enumeration(model, "Level");
        assertThat(level.base()).isEqualTo(Scalar.INT32);
        assertThat(level.values().get(0).nameHint()).contains("LOW");
        assertThat(level.values().get(2).description()).contains("High");
        assertThat(InlineSpec.enumeration(model, "Big").base()).isEqualTo(Scalar.INT64);
    }

    @Test
    void inlineEnumPropertyBecomesATypeNamedAfterItsParentAndProperty() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                Pet:
                  type: object
                  properties:
                    status: {type: string, enum: [available, sold], nullable: true}
                """));

        Property status = InlineSpec.object(model, "Pet").property("status").orElseThrow();
        assertThat(status.type()).isEqualTo(named("/components/schemas/Pet/properties/status"));
        assertThat(status.nullable()).isTrue();
        assertThat(InlineSpec.schema(model, "/components/schemas/Pet/properties/status"))
                .isInstanceOfSatisfying(
                        EnumDef.class,
                        status2 -> assertThat(status2.nameHint().parts()).containsExactly("Pet", "status"));
    }

    @Test
    void allOfPartsAreFlattenedIntoOneObject() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                Base:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    note: {type: string}
                Audited:
                  type: object
                  properties:
                    createdAt: {type: string, format: date-time}
                Pet:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - $ref: '#/components/schemas/Audited'
                    - type: object
                      required: [name]
                      properties:
                        name: {type: string}
                        note: {type: integer}
                """));

        ObjectDef pet = InlineSpec.object(model, "Pet");
        assertThat(pet.properties()).extracting(Property::jsonName).containsExactly("id", "note", "createdAt", "name");
        assertThat(pet.properties()).extracting(Property::required).containsExactly(true, false, false, true);
        assertThat(type(pet, "note")).isEqualTo(ScalarType.of(Scalar.INT64));
    }

    @Test
    void inlineAllOfOfOneReferenceStandsForTheReferencedType() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                Links: {type: object, properties: {self: {type: string}}}
                Credential:
                  type: object
                  properties:
                    _links:
                      description: References to resources connected with this API credential.
                      allOf: [{$ref: '#/components/schemas/Links'}]
                """));

        assertThat(type(InlineSpec.object(model, "Credential"), "_links"))
                .isEqualTo(named("/components/schemas/Links"));
        assertThat(model.schemas()).hasSize(2);
    }

    @Test
    void oneOfAndAnyOfBecomeUnionsOfTheirNonNullAlternatives() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                Card: {type: object, properties: {number: {type: string}}}
                Iban: {type: object, properties: {iban: {type: string}}}
                Payment:
                  oneOf:
                    - $ref: '#/components/schemas/Card'
                    - $ref: '#/components/schemas/Iban'
                Location:
                  type: object
                  properties:
                    loc:
                      type: array
                      items:
                        anyOf: [{type: string}, {type: integer}]
                """));

        UnionDef payment = InlineSpec.union(model, "Payment");
        assertThat(payment.kind()).isEqualTo(UnionDef.Kind.ONE_OF);
        assertThat(payment.variants())
                .extracting(UnionDef.Variant::type)
                .containsExactly(named("/components/schemas/Card"), named("/components/schemas/Iban"));
        assertThat(payment.discriminator()).isEmpty();
        UnionDef loc = (UnionDef) InlineSpec.schema(model, "/components/schemas/Location/properties/loc/items");
        assertThat(loc.kind()).isEqualTo(UnionDef.Kind.ANY_OF);
        assertThat(loc.variants())
                .extracting(UnionDef.Variant::type)
                .containsExactly(ScalarType.STRING, ScalarType.of(Scalar.INT64));
        assertThat(loc.nameHint().parts()).containsExactly("Location", "loc", "Item");
    }

    @Test
    void oneOfWithADiscriminatorMapsValuesToVariants() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                Card: {type: object, properties: {type: {type: string}, number: {type: string}}}
                Iban: {type: object, properties: {type: {type: string}, iban: {type: string}}}
                Payment:
                  oneOf:
                    - $ref: '#/components/schemas/Card'
                    - $ref: '#/components/schemas/Iban'
                  discriminator:
                    propertyName: type
                    mapping:
                      card: '#/components/schemas/Card'
                      sepa: '#/components/schemas/Iban'
                """));

        UnionDef payment = InlineSpec.union(model, "Payment");
        assertThat(payment.discriminator()).contains("type");
        assertThat(payment.variants())
                .extracting(UnionDef.Variant::discriminatorValues)
                .containsExactly(List.of("card"), List.of("sepa"));
    }

    @Test
    void discriminatorWithAllOfChildrenBecomesAnInheritanceHierarchy() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                Pet:
                  type: object
                  required: [petType]
                  properties:
                    petType: {type: string}
                    name: {type: string}
                  discriminator:
                    propertyName: petType
                    mapping:
                      dog: '#/components/schemas/Dog'
                Dog:
                  allOf:
                    - $ref: '#/components/schemas/Pet'
                    - type: object
                      properties: {bark: {type: boolean}}
                Cat:
                  allOf:
                    - $ref: '#/components/schemas/Pet'
                    - type: object
                      properties: {lives: {type: integer}}
                """));

        UnionDef pet = InlineSpec.union(model, "Pet");
        assertThat(pet.kind()).isEqualTo(UnionDef.Kind.INHERITANCE);
        assertThat(pet.discriminator()).contains("petType");
        assertThat(pet.commonProperties()).extracting(Property::jsonName).containsExactly("petType", "name");
        assertThat(pet.variants())
                .containsExactly(
                        new UnionDef.Variant(named("/components/schemas/Dog"), List.of("dog")),
                        new UnionDef.Variant(named("/components/schemas/Cat"), List.of("Cat")));
        assertThat(InlineSpec.object(model, "Dog").properties())
                .extracting(Property::jsonName)
                .containsExactly("petType", "name", "bark");
    }

    @Test
    void referencesToNonObjectComponentsAreTheirTypeNotAClass() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                Identifier: {type: string, format: uuid}
                Names: {type: array, items: {type: string}}
                Holder:
                  type: object
                  properties:
                    id: {$ref: '#/components/schemas/Identifier'}
                    names: {$ref: '#/components/schemas/Names'}
                """));

        ObjectDef holder = InlineSpec.object(model, "Holder");
        assertThat(type(holder, "id")).isEqualTo(ScalarType.of(Scalar.UUID));
        assertThat(type(holder, "names")).isEqualTo(new ArrayType(ScalarType.STRING));
        assertThat(InlineSpec.ids(model)).containsExactly("/components/schemas/Holder");
    }

    @Test
    void recursiveSchemasReferToThemselves() throws Exception {
        ApiModel model = InlineSpec.model(folder, schemas30("""
                Node:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                    parent: {$ref: '#/components/schemas/Node'}
                """));

        ObjectDef node = InlineSpec.object(model, "Node");
        assertThat(type(node, "children")).isEqualTo(new ArrayType(named("/components/schemas/Node")));
        assertThat(type(node, "parent")).isEqualTo(named("/components/schemas/Node"));
    }

    private static Object type(ObjectDef object, String property) {
        return object.property(property).orElseThrow().type();
    }

    private static NamedType named(String pointer) {
        return new NamedType(new SchemaId(pointer));
    }
}
