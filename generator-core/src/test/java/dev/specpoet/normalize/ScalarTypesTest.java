package dev.specpoet.normalize;

import static dev.specpoet.fixtures.InlineSpec.schemas30;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.ScalarType.Scalar;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarTypesTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "integer, '', INT64",
        "integer, int32, INT32",
        "integer, int64, INT64",
        "integer, int16, INT32",
        "number, '', DECIMAL",
        "number, float, FLOAT",
        "number, double, DOUBLE",
        "boolean, '', BOOLEAN",
        "string, '', STRING",
        "string, date, DATE",
        "string, date-time, DATE_TIME",
        "string, uuid, UUID",
        "string, uri, URI",
        "string, byte, BYTES",
        "string, binary, BINARY",
        "string, password, STRING",
        "string, email, STRING",
    })
    void typeAndFormatPickTheScalar(String type, String format, Scalar expected) throws Exception {
        String schema = format.isEmpty() ? "{type: " + type + "}" : "{type: " + type + ", format: " + format + "}";

        ApiModel model = InlineSpec.model(folder, schemas30("""
                Holder:
                  type: object
                  properties:
                    value: %s
                """.formatted(schema)));

        Property value = InlineSpec.object(model, "Holder").property("value").orElseThrow();
        assertThat(value.type()).isEqualTo(ScalarType.of(expected));
        assertThat(value.format())
                .isEqualTo(format.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(format));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                             | ANY",
                "{description: anything}        | ANY",
                "{type: [string, integer]}      | ANY",
                "{format: date-time}            | DATE_TIME",
                "{type: string, const: fixed}   | STRING",
                "{type: [string, 'null']}       | STRING",
            })
    void schemasWithoutOneTypeAre(String schema, Scalar expected) throws Exception {
        ApiModel model = InlineSpec.model(folder, InlineSpec.schemas31("""
                Holder:
                  type: object
                  properties:
                    value: %s
                """.formatted(schema)));

        assertThat(InlineSpec.object(model, "Holder")
                        .property("value")
                        .orElseThrow()
                        .type())
                .isEqualTo(ScalarType.of(expected));
    }
}
