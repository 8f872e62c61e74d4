package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
    private final ObjectMapper mapper = JsonMapperFactory.create();

    record Car(String model, Color color, List<Color> trims) {}

    @Test
    void knownValuesDecodeToTheConstants() throws Exception {
        assertThat(mapper.readValue("\"red\"", Color.class)).isSameAs(Color.RED);
        assertThat(Color.of("dark-blue")).isSameAs(Color.DARK_BLUE).matches(Color::isKnown);
        assertThat(Color.values()).containsExactly(Color.RED, Color.DARK_BLUE);
    }

    @Test
    void unknownValueDecodesKeepsItsValueAndIsWrittenBackUnchanged() throws Exception {
        Color teal = mapper.readValue("\"teal\"", Color.class);

        assertThat(teal.isKnown()).isFalse();
        assertThat(teal.value()).isEqualTo("teal");
        assertThat(teal).hasToString("teal").isEqualTo(Color.of("teal")).hasSameHashCodeAs(Color.of("teal"));
        assertThat(teal).isNotEqualTo(Color.RED);
        assertThat(mapper.writeValueAsString(teal)).isEqualTo("\"teal\"");
    }

    @Test
    void worksInsideRecordsAndLists() throws Exception {
        String json = "{\"model\":\"m\",\"color\":\"mauve\",\"trims\":[\"red\",\"chrome\"]}";

        Car car = mapper.readValue(json, Car.class);

        assertThat(car.color()).isEqualTo(Color.of("mauve"));
        assertThat(car.trims()).containsExactly(Color.RED, Color.of("chrome"));
        assertThat(mapper.writeValueAsString(car)).isEqualTo(json);
        assertThat(mapper.readValue("[\"red\",\"x\"]", new TypeReference<List<Color>>() {}))
                .containsExactly(Color.RED, Color.of("x"));
    }

    /** An integer enum, as {@code type: integer} with {@code enum} generates. */
    static final class Level extends OpenEnum<Integer> {
        static final Level LOW = new Level(1, true);
        private static final Map<Integer, Level> KNOWN = index(LOW);

        private Level(Integer value, boolean known) {
            super(value, known);
        }

        @JsonCreator
        static Level of(Integer value) {
            Level known = KNOWN.get(value);
            return known != null ? known : new Level(value, false);
        }
    }

    @Test
    void integerValues() throws Exception {
        assertThat(mapper.readValue("1", Level.class)).isSameAs(Level.LOW);
        assertThat(mapper.readValue("9", Level.class).value()).isEqualTo(9);
        assertThat(mapper.writeValueAsString(Level.of(9))).isEqualTo("9");
    }

    @Test
    void indexRejectsDuplicatesAndIsUnmodifiable() {
        assertThatThrownBy(() -> OpenEnum.index(Color.RED, Color.of("red")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("red");
        assertThatThrownBy(() -> OpenEnum.index(Color.RED).clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
