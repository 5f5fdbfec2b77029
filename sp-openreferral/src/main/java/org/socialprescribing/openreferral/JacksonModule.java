package org.socialprescribing.openreferral;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Lets any Jackson {@code ObjectMapper} read and write the ORUK records, pages and {@link JsonValue}s exactly as
 * {@link OrukJson} does, through the same codecs: same property names and order, same lossless rule, same
 * {@link OrukFormatException}s (with paths from the record being read).
 */
final class JacksonModule extends Module {

    @Override
    public String getModuleName() {
        return "sp-openreferral";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new Serializers.Base() {
            @Override
            public @Nullable JsonSerializer<?> findSerializer(
                    SerializationConfig config, JavaType type, BeanDescription description) {
                return serializer(type.getRawClass());
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public @Nullable JsonDeserializer<?> findBeanDeserializer(
                    JavaType type, DeserializationConfig config, BeanDescription description) {
                return deserializer(type);
            }
        });
    }

    private static @Nullable JsonSerializer<?> serializer(Class<?> type) {
        if (OrukSchema.isRecordType(type)) {
            return serializer(OrukSchema.anyRecord());
        }
        if (OrukPage.class.isAssignableFrom(type)) {
            return serializer(OrukSchema.page(OrukSchema.anyRecord()));
        }
        if (type == JsonValue.class) {
            return serializer((value, generator) -> ((JsonValue) value).write(generator));
        }
        return null;
    }

    private static @Nullable JsonDeserializer<?> deserializer(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (OrukSchema.isRecordType(raw)) {
            return deserializer(OrukSchema.codec(raw.asSubclass(OrukRecord.class)));
        }
        Class<?> items = type.containedTypeOrUnknown(0).getRawClass();
        if (OrukPage.class.isAssignableFrom(raw) && OrukSchema.isRecordType(items)) {
            return deserializer(OrukSchema.page(OrukSchema.codec(items.asSubclass(OrukRecord.class))));
        }
        if (raw == JsonValue.class) {
            return deserializer(JsonValue::read);
        }
        return null;
    }

    /** Writes with a codec that takes any value of the type Jackson asked about. */
    private interface Writer {
        void write(Object value, JsonGenerator generator) throws IOException;
    }

    private static <V> JsonSerializer<Object> serializer(ValueCodec<V> codec) {
        // Jackson hands the serializer found for a type only values of that type, so the cast cannot fail.
        @SuppressWarnings("unchecked")
        Writer writer = (value, generator) -> codec.write((V) value, generator);
        return serializer(writer);
    }

    private static JsonSerializer<Object> serializer(Writer writer) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                writer.write(value, generator);
            }
        };
    }

    private static <V> JsonDeserializer<V> deserializer(ReadContext.ValueReader<V> reader) {
        return new JsonDeserializer<>() {
            @Override
            public V deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return reader.read(parser, new ReadContext());
            }
        };
    }
}
