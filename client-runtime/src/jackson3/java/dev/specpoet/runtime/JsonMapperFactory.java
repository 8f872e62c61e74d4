package dev.specpoet.runtime;

import java.text.ParsePosition;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** Creates the {@link ObjectMapper} generated clients use unless given their own. */
public final class JsonMapperFactory {

    private JsonMapperFactory() {}

    /**
     * Returns a mapper that writes dates as ISO-8601 text, keeps the server's offset, and ignores
     * unknown properties and nulls for primitives, so that a server adding fields does not break old
     * clients.
     *
     * <p>A {@code date-time} without an offset ({@code 2024-08-09T12:08:34.847381}, as FastAPI and
     * Pydantic often send) is read as UTC rather than failing the whole response; timestamps are
     * always written with their offset.
     *
     * <p>No global inclusion rule is set: generated models annotate each property, which is what
     * lets an undefined {@link JsonNullable} be left out while an explicit null is written.
     *
     * <p>This is the Jackson 3 edition: {@code java.time} support is built into databind, and every
     * feature the Jackson 2 edition sets is set here too, defaults that changed in Jackson 3
     * included, so that a client behaves the same on both.
     */
    public static ObjectMapper create() {
        return JsonMapper.builder()
                .addModule(new SimpleModule("specpoet-lenient-date-time")
                        .addDeserializer(OffsetDateTime.class, new OffsetDateTimeReader()))
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Jackson 3 changed these defaults; Jackson 2's keep the wire format the same.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .build();
    }

    /**
     * Reads an {@link OffsetDateTime} as Jackson's own reader does, except that an ISO local
     * date-time (no offset) is taken as UTC.
     */
    private static final class OffsetDateTimeReader extends StdScalarDeserializer<OffsetDateTime> {
        OffsetDateTimeReader() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getString().trim();
                if (isLocalDateTime(text)) {
                    try {
                        return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                                .atOffset(ZoneOffset.UTC);
                    } catch (DateTimeParseException e) {
                        // Shaped like one but not a real date-time (month 13): Jackson's reader reports it.
                    }
                }
            }
            return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
        }

        /** True when the whole text is an ISO local date-time; checked without an exception per value. */
        private static boolean isLocalDateTime(String text) {
            ParsePosition position = new ParsePosition(0);
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.parseUnresolved(text, position) != null
                    && position.getErrorIndex() < 0
                    && position.getIndex() == text.length();
        }
    }
}
