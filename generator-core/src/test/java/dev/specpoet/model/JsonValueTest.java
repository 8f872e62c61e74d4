package dev.specpoet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one text form of a spec value, used by the docs, the API surface and enum constants. */
class JsonValueTest {

    @Test
    void scalarsAsJsonAndAsText() {
        JsonValue text = new JsonValue.Text("say \"hi\"\n\tbye\u0001");
        assertThat(text.toJson()).isEqualTo("\"say \\\"hi\\\"\\n\\tbye\\u0001\"");
        assertThat(text.toText()).isEqualTo("say \"hi\"\n\tbye\u0001");
        assertThat(new JsonValue.Bool(true).toJson()).isEqualTo("true");
        assertThat(JsonValue.NULL.toJson()).isEqualTo("null");
        assertThat(JsonValue.NULL.toText()).isEqualTo("null");
    }

    @Test
    void numbersTakeTheirShortestPlainForm() {
        assertThat(number("1.50").toJson()).isEqualTo("1.5");
        assertThat(number("1E+2").toJson()).isEqualTo("100");
        assertThat(number("0.000").toJson()).isEqualTo("0");
        assertThat(number("-7").toText()).isEqualTo("-7");
        assertThat(number("12345678901234567890").toText()).isEqualTo("12345678901234567890");
    }

    @Test
    void containersKeepTheirOrder() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("b", new JsonValue.Array(List.of(number("1"), new JsonValue.Text("x"), JsonValue.NULL)));
        members.put("a", new JsonValue.Object(Map.of()));

        JsonValue object = new JsonValue.Object(members);

        assertThat(object.toJson()).isEqualTo("{\"b\": [1, \"x\", null], \"a\": {}}");
        assertThat(object.toText()).isEqualTo(object.toJson());
    }

    @Test
    void enumValuesReadAsTheirText() {
        assertThat(new EnumDef.EnumValue(
                                new JsonValue.Text("ORG-ADMIN"), java.util.Optional.empty(), java.util.Optional.empty())
                        .text())
                .isEqualTo("ORG-ADMIN");
        assertThat(new EnumDef.EnumValue(number("2.0"), java.util.Optional.empty(), java.util.Optional.empty()).text())
                .isEqualTo("2");
    }

    private static JsonValue number(String digits) {
        return new JsonValue.Number(new BigDecimal(digits));
    }
}
