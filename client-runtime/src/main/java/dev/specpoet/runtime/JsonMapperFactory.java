package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.text.ParsePosition;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Creates the {@link ObjectMapper} generated clients use unless given their own. */
public final class JsonMapperFactory {

    private JsonMapperFactory() {}

    /**
     * Returns a mapper with {@code java.time} support that writes dates as ISO-8601 text, keeps the
     * server's offset, and ignores unknown properties and nulls for primitives, so that a server
     * adding fields does not break old clients.
     *
     * <p>A {@code date-time} without an offset ({@code 2024-08-09T12:08:34.847381}, as FastAPI and
     * Pydantic often send) is read as UTC rather than failing the whole response; timestamps are
     * always written with their offset.
     *
     * <p>No global inclusion rule is set: generated models annotate each property, which is what
     * lets an undefined {@link JsonNullable} be left out while an explicit null is written.
     *
     * <p>On Jackson 2.13 and 2.14 the properties a record does not declare are dropped, not kept in
     * its {@code additionalProperties}: those versions cannot hand them to a record's constructor.
     */
    public static ObjectMapper create() {
        JsonMapper.Builder builder = JsonMapper.builder();
        if (PackageVersion.VERSION.getMajorVersion() == 2 && PackageVersion.VERSION.getMinorVersion() < 15) {
            builder.annotationIntrospector(new RecordAnySetterGuard());
        }
        return builder.addModule(new JavaTimeModule())
                .addModule(new SimpleModule("specpoet-lenient-date-time")
                        .addDeserializer(OffsetDateTime.class, new OffsetDateTimeReader()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /**
     * Ignores {@code @JsonAnySetter} on records for Jackson before 2.15. Those versions treat the
     * annotated record component as a field and put undeclared properties into its map after
     * construction; a record's map is unmodifiable, so every response with an unknown property
     * would fail to decode. Without the any-setter such properties are skipped, as unknown
     * properties are anyway.
     */
    private static final class RecordAnySetterGuard extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasAnySetter(Annotated member) {
            boolean onRecord = member instanceof AnnotatedMember declared
                    && declared.getDeclaringClass().isRecord();
            return onRecord ? Boolean.FALSE : super.hasAnySetter(member);
        }
    }

    /**
     * Reads an {@link OffsetDateTime} as Jackson's own reader does, except that an ISO local
     * date-time (no offset) is taken as UTC.
     */
    private static final class OffsetDateTimeReader extends StdScalarDeserializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        OffsetDateTimeReader() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText().trim();
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
