package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class UnionDeserializerTest {
    private final ObjectMapper mapper = JsonMapperFactory.create();

    /** A oneOf of a colour, a timestamp, a string, an integer, a list and two objects, as generated. */
    @JsonDeserialize(using = Value.Deserializer.class)
    sealed interface Value {
        @JsonDeserialize(using = JsonDeserializer.None.class)
        record ColorValue(Color value) implements Value {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record TimeValue(OffsetDateTime value) implements Value {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record StringValue(String value) implements Value {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record LongValue(Long value) implements Value {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record ListValue(List<String> value) implements Value {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Cat(String kind, String name) implements Value {
            public Cat {
                Objects.requireNonNull(name, "name");
            }
        }

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Dog(String kind, int barks) implements Value {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Unknown(JsonNode raw) implements Value {}

        final class Deserializer extends UnionDeserializer<Value> {
            Deserializer() {
                this(null);
            }

            Deserializer(String discriminator) {
                super(
                        Value.class,
                        discriminator,
                        List.of(
                                UnionVariant.wrapping(Color.class, JsonKind.STRING, ColorValue::new),
                                UnionVariant.wrapping(OffsetDateTime.class, JsonKind.STRING, TimeValue::new),
                                UnionVariant.wrapping(String.class, JsonKind.STRING, StringValue::new),
                                UnionVariant.wrapping(Long.class, JsonKind.INTEGER, LongValue::new),
                                UnionVariant.wrapping(
                                        new TypeReference<List<String>>() {}, JsonKind.ARRAY, ListValue::new),
                                UnionVariant.of(Cat.class, JsonKind.OBJECT, List.of("cat"), List.of("name")),
                                UnionVariant.of(Dog.class, JsonKind.OBJECT, List.of("dog"), List.of("barks"))),
                        UnionVariant.wrapping(JsonNode.class, JsonKind.ANY, Unknown::new));
            }
        }
    }

    @JsonDeserialize(using = Pet.Deserializer.class)
    sealed interface Pet {
        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Cat(String kind, String name) implements Pet {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Other(JsonNode raw) implements Pet {}

        final class Deserializer extends UnionDeserializer<Pet> {
            Deserializer() {
                super(
                        Pet.class,
                        "kind",
                        List.of(UnionVariant.of(Cat.class, JsonKind.OBJECT, List.of("cat", "Cat"), List.of())),
                        UnionVariant.wrapping(JsonNode.class, JsonKind.ANY, Other::new));
            }
        }
    }

    /** A oneOf whose alternatives declare nothing required and no discriminator, as Adyen's actions. */
    @JsonDeserialize(using = Action.Deserializer.class)
    sealed interface Action {
        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Reboot(String type, Integer delay) implements Action {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record InstallApp(String type, String appId) implements Action {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Other(JsonNode raw) implements Action {}

        final class Deserializer extends UnionDeserializer<Action> {
            Deserializer() {
                super(
                        Action.class,
                        null,
                        List.of(
                                UnionVariant.of(Reboot.class, JsonKind.OBJECT, List.of(), List.of()),
                                UnionVariant.of(InstallApp.class, JsonKind.OBJECT, List.of(), List.of())),
                        UnionVariant.wrapping(JsonNode.class, JsonKind.ANY, Other::new));
            }
        }
    }

    /**
     * Adyen's terminal actions: closed objects told apart only by a one-value enum {@code type},
     * never required; {@code Job} requires its tag.
     */
    @JsonDeserialize(using = Terminal.Deserializer.class)
    sealed interface Terminal {
        @JsonDeserialize(using = JsonDeserializer.None.class)
        record ForceReboot(String type) implements Terminal {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record InstallApp(String type, String appId) implements Terminal {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record UninstallApp(String type, String appId) implements Terminal {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record ReleaseUpdate(String type, Boolean atFirstCall) implements Terminal {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Job(Long version, String appId, String note) implements Terminal {}

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Other(JsonNode raw) implements Terminal {}

        final class Deserializer extends UnionDeserializer<Terminal> {
            Deserializer() {
                super(
                        Terminal.class,
                        null,
                        List.of(
                                UnionVariant.of(ForceReboot.class, JsonKind.OBJECT, List.of(), List.of())
                                        .tagged("type", "ForceReboot")
                                        .closed(List.of("type")),
                                UnionVariant.of(InstallApp.class, JsonKind.OBJECT, List.of(), List.of())
                                        .tagged("type", "InstallApp")
                                        .closed(List.of("type", "appId")),
                                UnionVariant.of(UninstallApp.class, JsonKind.OBJECT, List.of(), List.of())
                                        .tagged("type", "UninstallApp")
                                        .closed(List.of("type", "appId")),
                                UnionVariant.of(ReleaseUpdate.class, JsonKind.OBJECT, List.of(), List.of())
                                        .tagged("type", "ReleaseUpdate")
                                        .closed(List.of("type", "atFirstCall")),
                                UnionVariant.of(Job.class, JsonKind.OBJECT, List.of(), List.of("version"))
                                        .tagged("version", 2L)),
                        UnionVariant.wrapping(JsonNode.class, JsonKind.ANY, Other::new));
            }
        }
    }

    @Test
    void aTagWithAnotherValueRulesTheAlternativeOut() throws Exception {
        assertThat(mapper.readValue("{\"type\":\"UninstallApp\",\"appId\":\"x\"}", Terminal.class))
                .isEqualTo(new Terminal.UninstallApp("UninstallApp", "x"));
        assertThat(mapper.readValue("{\"type\":\"ReleaseUpdate\"}", Terminal.class))
                .isEqualTo(new Terminal.ReleaseUpdate("ReleaseUpdate", null));
        assertThat(mapper.readValue("{\"type\":\"ForceReboot\"}", Terminal.class))
                .isEqualTo(new Terminal.ForceReboot("ForceReboot"));
    }

    @Test
    void aTagPresentWithItsValueBeatsAnAbsentOneAndNumbersCompareByValue() throws Exception {
        assertThat(mapper.readValue("{\"version\":2.0,\"appId\":\"x\"}", Terminal.class))
                .isEqualTo(new Terminal.Job(2L, "x", null));
        assertThat(mapper.readValue("{\"appId\":\"x\"}", Terminal.class))
                .as("no tag and a tie: the first in order")
                .isEqualTo(new Terminal.InstallApp(null, "x"));
        assertThat(mapper.readValue("{\"type\":null,\"appId\":\"x\"}", Terminal.class))
                .as("a null tag contradicts nothing")
                .isEqualTo(new Terminal.InstallApp(null, "x"));
    }

    @Test
    void aClosedAlternativeRefusesUndeclaredPropertiesAndARequiredTagMustBePresent() throws Exception {
        assertThat(mapper.readValue("{\"appId\":\"x\",\"note\":\"n\"}", Terminal.class))
                .as("closed InstallApp has no note; Job requires its version tag")
                .isInstanceOf(Terminal.Other.class);
        assertThat(mapper.readValue("{\"version\":3,\"appId\":\"x\"}", Terminal.class))
                .isInstanceOf(Terminal.Other.class);
        assertThat(mapper.readValue("{\"type\":\"Format\"}", Terminal.class)).isInstanceOf(Terminal.Other.class);
    }

    @Test
    void objectGoesToTheAlternativeThatDeclaresMostOfItsProperties() throws Exception {
        assertThat(mapper.readValue("{\"type\":\"InstallApp\",\"appId\":\"A1\"}", Action.class))
                .isEqualTo(new Action.InstallApp("InstallApp", "A1"));
        assertThat(mapper.readValue("{\"type\":\"Reboot\",\"delay\":5}", Action.class))
                .isEqualTo(new Action.Reboot("Reboot", 5));
        assertThat(mapper.readValue("{\"type\":\"Reboot\"}", Action.class))
                .as("a tie goes to the first")
                .isEqualTo(new Action.Reboot("Reboot", null));
    }

    private Value read(String json) throws Exception {
        return mapper.readValue(json, Value.class);
    }

    @Test
    void listedEnumValueBeatsPlainString() throws Exception {
        assertThat(read("\"dark-blue\"")).isEqualTo(new Value.ColorValue(Color.DARK_BLUE));
    }

    @Test
    void unlistedStringFallsThroughTheOpenEnumAndTheTimestampToString() throws Exception {
        assertThat(read("\"green\"")).isEqualTo(new Value.StringValue("green"));
    }

    @Test
    void timestampIsRecognised() throws Exception {
        assertThat(read("\"2026-11-23T10:15:30+01:00\""))
                .isEqualTo(new Value.TimeValue(OffsetDateTime.parse("2026-11-23T10:15:30+01:00")));
    }

    @Test
    void integerIsNotTakenAsStringAndFractionIsNotTakenAsInteger() throws Exception {
        assertThat(read("42")).isEqualTo(new Value.LongValue(42L));
        assertThat(read("4.5")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void arrayDecodesAsList() throws Exception {
        assertThat(read("[\"a\",\"b\"]")).isEqualTo(new Value.ListValue(List.of("a", "b")));
    }

    @Test
    void objectPicksTheAlternativeWhoseRequiredPropertiesArePresent() throws Exception {
        assertThat(read("{\"barks\":3}")).isEqualTo(new Value.Dog(null, 3));
        assertThat(read("{\"name\":\"Tom\"}")).isEqualTo(new Value.Cat(null, "Tom"));
    }

    @Test
    void valueNoAlternativeFitsIsKeptRaw() throws Exception {
        Value value = read("{\"wings\":2}");
        assertThat(value).isInstanceOf(Value.Unknown.class);
        assertThat(((Value.Unknown) value).raw().get("wings").asInt()).isEqualTo(2);
        assertThat(read("true")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void discriminatorPicksTheVariantAndUnknownDiscriminatorGivesFallback() throws Exception {
        assertThat(mapper.readValue("{\"kind\":\"Cat\",\"name\":\"Tom\"}", Pet.class))
                .isEqualTo(new Pet.Cat("Cat", "Tom"));
        assertThat(mapper.readValue("{\"kind\":\"parrot\"}", Pet.class)).isInstanceOf(Pet.Other.class);
    }

    @Test
    void unionInsideAListAndNull() throws Exception {
        List<Value> values = mapper.readValue("[1, \"x\", null]", new TypeReference<List<Value>>() {});
        assertThat(values).containsExactly(new Value.LongValue(1L), new Value.StringValue("x"), null);
    }
}
