package dev.specpoet.runtime;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson support for {@link JsonNullable}, apart from the class so that it is the only part that
 * differs between the Jackson 2 and Jackson 3 editions of the runtime. In Jackson 3 every
 * (de)serializer may be contextual, and nothing it does throws a checked exception.
 */
final class JsonNullableCodec {
    private JsonNullableCodec() {}

    /** Writes the value with the serializer of its runtime type, honouring property annotations. */
    static final class Serializer extends StdSerializer<JsonNullable<?>> {
        private final BeanProperty property;

        Serializer() {
            this(null);
        }

        private Serializer(BeanProperty property) {
            super(JsonNullable.class);
            this.property = property;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
            return new Serializer(property);
        }

        /** Only undefined is empty: that is what lets {@code NON_EMPTY} omit it but keep an explicit null. */
        @Override
        public boolean isEmpty(SerializationContext context, JsonNullable<?> nullable) {
            return nullable == null || !nullable.isDefined();
        }

        @Override
        public void serialize(JsonNullable<?> nullable, JsonGenerator generator, SerializationContext context) {
            if (!nullable.isPresent()) {
                generator.writeNull();
                return;
            }
            Object value = nullable.get();
            context.findContentValueSerializer(value.getClass(), property).serialize(value, generator, context);
        }
    }

    /** Reads a value with the deserializer of the declared type argument, e.g. {@code List<String>}. */
    static final class Deserializer extends StdDeserializer<JsonNullable<?>> {
        private final ValueDeserializer<Object> valueDeserializer;

        Deserializer() {
            this(null);
        }

        private Deserializer(ValueDeserializer<Object> valueDeserializer) {
            super(JsonNullable.class);
            this.valueDeserializer = valueDeserializer;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            JavaType valueType = type == null ? context.constructType(Object.class) : type.containedTypeOrUnknown(0);
            return new Deserializer(context.findContextualValueDeserializer(valueType, property));
        }

        @Override
        public JsonNullable<?> deserialize(JsonParser parser, DeserializationContext context) {
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
