package org.socialprescribing.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.Locale;

/**
 * Writes and reads {@link DayOfWeek} as a lower-case code ({@code tuesday}), like every other enum of the SDK,
 * and rejects any other spelling.
 */
final class LowerCaseDays {

    private LowerCaseDays() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("sp-days");
        module.addSerializer(DayOfWeek.class, new Writer());
        module.addDeserializer(DayOfWeek.class, new Reader());
        return module;
    }

    private static final class Writer extends StdScalarSerializer<DayOfWeek> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(DayOfWeek.class);
        }

        @Override
        public void serialize(DayOfWeek day, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(day.name().toLowerCase(Locale.ROOT));
        }
    }

    private static final class Reader extends StdScalarDeserializer<DayOfWeek> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(DayOfWeek.class);
        }

        @Override
        public DayOfWeek deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (DayOfWeek) context.handleUnexpectedToken(DayOfWeek.class, parser);
            }
            String text = parser.getText();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return day;
                }
            }
            return (DayOfWeek) context.handleWeirdStringValue(DayOfWeek.class, text, "must be a lower-case day");
        }
    }
}
