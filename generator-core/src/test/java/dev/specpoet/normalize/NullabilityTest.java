package dev.specpoet.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.SchemaId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NullabilityTest {
    @TempDir
    Path folder;

    @Test
    void openApi30NullableFlag() throws Exception {
        ObjectDef holder = holder(InlineSpec.model(folder, InlineSpec.schemas30("""
                Holder:
                  type: object
                  required: [always]
                  properties:
                    always: {type: string, nullable: true}
                    maybe: {type: string, nullable: true}
                    plain: {type: string}
                """)));

        assertNullable(holder.property("always").orElseThrow(), ScalarType.STRING, true);
        assertNullable(holder.property("maybe").orElseThrow(), ScalarType.STRING, true);
        assertNullable(holder.property("plain").orElseThrow(), ScalarType.STRING, false);
        assertThat(holder.property("always").orElseThrow().distinguishesNullFromAbsent())
                .isFalse();
        assertThat(holder.property("maybe").orElseThrow().distinguishesNullFromAbsent())
                .isTrue();
    }

    @Test
    void openApi31TypeArrayWithNull() throws Exception {
        ObjectDef holder = holder(InlineSpec.model(folder, InlineSpec.schemas31("""
                Holder:
                  type: object
                  properties:
                    deactivated_at: {type: [string, "null"], format: date-time}
                    count: {type: [integer, "null"]}
                """)));

        assertNullable(
                holder.property("deactivated_at").orElseThrow(), ScalarType.of(ScalarType.Scalar.DATE_TIME), true);
        assertNullable(holder.property("count").orElseThrow(), ScalarType.of(ScalarType.Scalar.INT64), true);
    }

    @Test
    void anyOfWithANullAlternativeAsFastApiWritesIt() throws Exception {
        ApiModel model = InlineSpec.model(folder, InlineSpec.schemas31("""
                Role: {type: string, enum: [ORG-ADMIN, ORG-AUDITOR]}
                Holder:
                  type: object
                  properties:
                    key:
                      anyOf: [{type: string}, {type: "null"}]
                      title: Key
                    deactivated_at:
                      anyOf: [{type: string, format: date-time}, {type: "null"}]
                    roles:
                      anyOf: [{type: array, items: {$ref: '#/components/schemas/Role'}}, {type: "null"}]
                    single:
                      oneOf: [{$ref: '#/components/schemas/Role'}, {type: "null"}]
                """));
        ObjectDef holder = holder(model);

        assertNullable(holder.property("key").orElseThrow(), ScalarType.STRING, true);
        assertNullable(
                holder.property("deactivated_at").orElseThrow(), ScalarType.of(ScalarType.Scalar.DATE_TIME), true);
        assertNullable(
                holder.property("roles").orElseThrow(),
                new dev.specpoet.model.ArrayType(new NamedType(new SchemaId("/components/schemas/Role"))),
                true);
        assertNullable(
                holder.property("single").orElseThrow(), new NamedType(new SchemaId("/components/schemas/Role")), true);
        assertThat(model.schemas()).hasSize(2);
    }

    @Test
    void swagger20XNullableExtension() throws Exception {
        ApiModel model = InlineSpec.model(folder, """
                swagger: "2.0"
                info: {title: T, version: "1"}
                paths: {}
                definitions:
                  Holder:
                    type: object
                    properties:
                      note: {type: string, x-nullable: true}
                      plain: {type: string}
                """);

        assertNullable(holder(model).property("note").orElseThrow(), ScalarType.STRING, true);
        assertNullable(holder(model).property("plain").orElseThrow(), ScalarType.STRING, false);
    }

    @Test
    void nullableReferenceThroughAllOf() throws Exception {
        ApiModel model = InlineSpec.model(folder, InlineSpec.schemas30("""
                Address: {type: object, properties: {city: {type: string}}}
                Holder:
                  type: object
                  properties:
                    address:
                      nullable: true
                      allOf: [{$ref: '#/components/schemas/Address'}]
                """));

        assertNullable(
                holder(model).property("address").orElseThrow(),
                new NamedType(new SchemaId("/components/schemas/Address")),
                true);
    }

    private static ObjectDef holder(ApiModel model) {
        return InlineSpec.object(model, "Holder");
    }

    private static void assertNullable(Property property, Object type, boolean nullable) {
        assertThat(property.type()).as(property.jsonName() + " type").isEqualTo(type);
        assertThat(property.nullable()).as(property.jsonName() + " nullable").isEqualTo(nullable);
    }
}
