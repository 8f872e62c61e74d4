package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

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
}
