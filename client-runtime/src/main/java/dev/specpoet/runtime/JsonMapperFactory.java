package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Creates the {@link ObjectMapper} generated clients use unless given their own. */
public final class JsonMapperFactory {

    private JsonMapperFactory() {}

    /**
     * Returns a mapper with {@code java.time} support that writes dates as ISO-8601 text, keeps the
     * server's offset, and ignores unknown properties and nulls for primitives, so that a server
     * adding fields does not break old clients.
     *
     * <p>No global inclusion rule is set: generated models annotate each property, which is what
     * lets an undefined {@link JsonNullable} be left out while an explicit null is written.
     */
    public static ObjectMapper create() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
