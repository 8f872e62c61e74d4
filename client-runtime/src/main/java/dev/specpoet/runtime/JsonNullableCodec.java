package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Jackson support for {@link JsonNullable}, apart from the class so that it is the only part that
 * differs between the Jackson 2 and Jackson 3 editions of the runtime.
 */
final class JsonNullableCodec {
    private JsonNullableCodec() {}

    /** Writes the value with the serializer of its runtime type, honouring property annotations. */
    static final class Serializer extends StdSerializer<JsonNullable<?>> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;

        private final transient BeanProperty property; // Transient: see UnionDeserializer.

        Serializer() {
            this(null);
        }

        private Serializer(BeanProperty property) {
            super(JsonNullable.class, false);
            this.property = property;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
            return new Serializer(property);
        }

        /** Only undefined is empty: that is what lets {@code NON_EMPTY} omit it but keep an explicit null. */
        @Override
        public boolean isEmpty(SerializerProvider provider, JsonNullable<?> nullable) {
            return nullable == null || !nullable.isDefined();
        }

        @Override
        public void serialize(JsonNullable<?> nullable, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            if (!nullable.isPresent()) {
                generator.writeNull();
                return;
            }
            Object value = nullable.get();
            provider.findValueSerializer(value.getClass(), property).serialize(value, generator, provider);
        }
    }

    /** Reads a value with the deserializer of the declared type argument, e.g. {@code List<String>}. */
    static final class Deserializer extends StdDeserializer<JsonNullable<?>> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;

        private final transient JsonDeserializer<Object> valueDeserializer; // Transient: see UnionDeserializer.

        Deserializer() {
            this(null);
        }

        private Deserializer(JsonDeserializer<Object> valueDeserializer) {
            super(JsonNullable.class);
            this.valueDeserializer = valueDeserializer;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            JavaType valueType = type == null ? context.constructType(Object.class) : type.containedTypeOrUnknown(0);
            return new Deserializer(context.findContextualValueDeserializer(valueType, property));
        }

        @Override
        public JsonNullable<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = valueDeserializer != null
                    ? valueDeserializer.deserialize(parser, context)
                    : context.readValue(parser, Object.class);
            return JsonNullable.of(value);
        }

        @Override
        public JsonNullable<?> getNullValue(DeserializationContext context) {
            return JsonNullable.nullValue();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return JsonNullable.undefined();
        }
    }
}
