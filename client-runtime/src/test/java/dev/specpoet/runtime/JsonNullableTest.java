package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonNullableTest {
    private final ObjectMapper mapper = JsonMapperFactory.create();

    record Owner(String name) {}

    /** Shaped like a generated model: each optional nullable property annotated NON_EMPTY. */
    record Patch(
            @JsonInclude(JsonInclude.Include.NON_EMPTY) JsonNullable<String> nickname,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) JsonNullable<List<String>> tags,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) JsonNullable<OffsetDateTime> seenAt,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) JsonNullable<Owner> owner) {}

    @Test
    void threeStates() {
        JsonNullable<String> undefined = JsonNullable.undefined();
        JsonNullable<String> nullValue = JsonNullable.nullValue();
        JsonNullable<String> value = JsonNullable.of("x");

        assertThat(List.of(undefined.isDefined(), undefined.isNull(), undefined.isPresent()))
                .containsExactly(false, false, false);
        assertThat(List.of(nullValue.isDefined(), nullValue.isNull(), nullValue.isPresent()))
                .containsExactly(true, true, false);
        assertThat(List.of(value.isDefined(), value.isNull(), value.isPresent()))
                .containsExactly(true, false, true);
        assertThat(value.get()).isEqualTo("x");
        assertThatThrownBy(undefined::get).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(nullValue::get).isInstanceOf(NoSuchElementException.class);
        assertThat(nullValue.orElse("d")).isEqualTo("d");
        assertThat(value.toOptional()).contains("x");
        assertThat(undefined.toOptional()).isEqualTo(Optional.empty());
        assertThat(JsonNullable.of(null)).isEqualTo(nullValue);
        assertThat(JsonNullable.of("x")).isEqualTo(value).hasSameHashCodeAs(value);
        assertThat(undefined).isNotEqualTo(nullValue);
        assertThat(List.of(undefined, nullValue, value).toString())
                .isEqualTo("[JsonNullable.undefined, JsonNullable[null], JsonNullable[x]]");
    }

    @Test
    void undefinedIsOmittedAndNullIsWritten() throws Exception {
        OffsetDateTime seen = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-5));
        Patch patch = new Patch(
                JsonNullable.nullValue(),
                JsonNullable.of(List.of("a", "b")),
                JsonNullable.of(seen),
                JsonNullable.undefined());

        assertThat(mapper.writeValueAsString(patch))
                .isEqualTo("{\"nickname\":null,\"tags\":[\"a\",\"b\"],\"seenAt\":\"2024-01-02T03:04:05-05:00\"}");
        assertThat(mapper.writeValueAsString(new Patch(
                        JsonNullable.undefined(),
                        JsonNullable.undefined(),
                        JsonNullable.undefined(),
                        JsonNullable.of(new Owner("o")))))
                .isEqualTo("{\"owner\":{\"name\":\"o\"}}");
    }

    @Test
    void readsAllThreeStatesIntoARecord() throws Exception {
        Patch patch = mapper.readValue(
                "{\"nickname\":null,\"tags\":[\"a\"],\"seenAt\":\"2024-01-02T03:04:05+09:00\"}", Patch.class);

        assertThat(patch.nickname()).isEqualTo(JsonNullable.nullValue());
        assertThat(patch.tags()).isEqualTo(JsonNullable.of(List.of("a")));
        assertThat(patch.seenAt().get().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(patch.owner()).isEqualTo(JsonNullable.undefined());
        assertThat(mapper.readValue("{\"owner\":{\"name\":\"o\"}}", Patch.class)
                        .owner()
                        .get())
                .isEqualTo(new Owner("o"));
    }

    @Test
    void roundTripsEveryState() throws Exception {
        Patch original = new Patch(
                JsonNullable.of("n"),
                JsonNullable.nullValue(),
                JsonNullable.undefined(),
                JsonNullable.of(new Owner("o")));

        assertThat(mapper.readValue(mapper.writeValueAsString(original), Patch.class))
                .isEqualTo(original);
    }

    /** A mutable bean, as users may write, keeps its field default when the property is absent. */
    static final class Bean {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public JsonNullable<Integer> count = JsonNullable.undefined();

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public JsonNullable<Integer> code = JsonNullable.undefined();
    }

    @Test
    void worksInBeansAndHonoursPropertyAnnotations() throws Exception {
        Bean bean = mapper.readValue("{\"count\":3}", Bean.class);
        bean.code = JsonNullable.of(7);

        assertThat(bean.count).isEqualTo(JsonNullable.of(3));
        assertThat(mapper.readValue("{}", Bean.class).count).isEqualTo(JsonNullable.undefined());
        assertThat(mapper.writeValueAsString(bean)).isEqualTo("{\"count\":3,\"code\":\"7\"}");
    }

    @Test
    void rootValues() throws Exception {
        TypeReference<JsonNullable<List<Integer>>> type = new TypeReference<>() {};

        assertThat(mapper.readValue("[1,2]", type)).isEqualTo(JsonNullable.of(List.of(1, 2)));
        assertThat(mapper.readValue("null", type)).isEqualTo(JsonNullable.nullValue());
        assertThat(mapper.writeValueAsString(JsonNullable.of(List.of(1)))).isEqualTo("[1]");
    }

    @Test
    void worksWithAPlainObjectMapper() throws Exception {
        ObjectMapper plain = new ObjectMapper();

        Patch patch = plain.readValue("{\"nickname\":\"n\"}", Patch.class);

        assertThat(patch.nickname()).isEqualTo(JsonNullable.of("n"));
        assertThat(patch.tags()).isEqualTo(JsonNullable.undefined());
        assertThat(plain.writeValueAsString(patch)).isEqualTo("{\"nickname\":\"n\"}");
    }
}
