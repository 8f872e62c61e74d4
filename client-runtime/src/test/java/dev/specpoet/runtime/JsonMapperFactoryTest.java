package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JsonMapperFactoryTest {
    private final ObjectMapper mapper = JsonMapperFactory.create();

    record Event(OffsetDateTime at, LocalDate day, int count, String note) {}

    @Test
    void keepsOffsetsWritesIsoAndToleratesUnknownsAndNullPrimitives() throws Exception {
        Event event = mapper.readValue(
                "{\"at\":\"2024-03-04T05:06:07+05:30\",\"day\":\"2024-03-04\",\"count\":null,\"new\":1}", Event.class);

        assertThat(event.at().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(event.count()).isZero();
        assertThat(mapper.writeValueAsString(event))
                .isEqualTo("{\"at\":\"2024-03-04T05:06:07+05:30\",\"day\":\"2024-03-04\",\"count\":0,\"note\":null}");
    }

    @Test
    void dateTimeWithoutOffsetIsUtcAndOtherFormsAreUnchanged() throws Exception {
        record Stamp(OffsetDateTime at) {}

        assertThat(mapper.readValue("{\"at\":\"2024-08-09T12:08:34.847381\"}", Stamp.class)
                        .at())
                .isEqualTo(OffsetDateTime.of(2024, 8, 9, 12, 8, 34, 847_381_000, ZoneOffset.UTC));
        assertThat(mapper.readValue("{\"at\":\"2024-08-09T12:08\"}", Stamp.class)
                        .at())
                .isEqualTo(OffsetDateTime.of(2024, 8, 9, 12, 8, 0, 0, ZoneOffset.UTC));
        assertThat(mapper.readValue("{\"at\":\"2024-08-09T12:08:34-07:00\"}", Stamp.class)
                        .at()
                        .getOffset())
                .isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(mapper.readValue("{\"at\":null}", Stamp.class).at()).isNull();
        assertThat(mapper.writeValueAsString(new Stamp(OffsetDateTime.of(2024, 8, 9, 12, 8, 34, 0, ZoneOffset.UTC))))
                .isEqualTo("{\"at\":\"2024-08-09T12:08:34Z\"}");
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"2024-13-09T12:08:34\"}", Stamp.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"yesterday\"}", Stamp.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
