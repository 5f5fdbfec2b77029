package org.socialprescribing.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.ToIntFunction;
import org.socialprescribing.model.InvalidValueException;

/**
 * Dates and times are read only from ISO-8601 strings, in the years 0001 to 9999. Jackson's defaults also take
 * numbers (epoch seconds, epoch days, arrays of fields), and turn one far outside {@link Instant}'s range, such as
 * {@code 1e999999999}, silently into 1970-01-01: the SDK's format has never written numbers, so they are refused,
 * and so is a year FHIR cannot carry (its {@code date}, {@code dateTime} and {@code instant} types have four-digit
 * years from 0001, FHIR R4 datatypes section 2.24.0), rather than wrapped or cut.
 */
final class StrictTimes {

    /** The first year a date may have. */
    static final int FIRST_YEAR = 1;
    /** The last year a date may have. */
    static final int LAST_YEAR = 9999;

    private StrictTimes() {}

    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("sp-strict-times");
        module.addDeserializer(
                Instant.class, new StringOnly<>(Instant.class, InstantDeserializer.INSTANT, StrictTimes::yearOf));
        module.addDeserializer(
                LocalDate.class, new StringOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE, LocalDate::getYear));
        module.addDeserializer(
                YearMonth.class, new StringOnly<>(YearMonth.class, YearMonthDeserializer.INSTANCE, YearMonth::getYear));
        module.addDeserializer(
                LocalTime.class, new StringOnly<>(LocalTime.class, LocalTimeDeserializer.INSTANCE, t -> FIRST_YEAR));
        return module;
    }

    /** The year of an instant in UTC, or a year out of range for one outside the years the SDK accepts. */
    private static int yearOf(Instant instant) {
        if (instant.isBefore(FIRST)) {
            return FIRST_YEAR - 1;
        }
        return instant.isBefore(AFTER_LAST) ? instant.atOffset(ZoneOffset.UTC).getYear() : LAST_YEAR + 1;
    }

    /** Jackson's reader for the type, given only strings, and its result held to the years the SDK accepts. */
    private static final class StringOnly<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient JsonDeserializer<T> iso;
        private final transient ToIntFunction<T> year;

        StringOnly(Class<T> type, JsonDeserializer<T> iso, ToIntFunction<T> year) {
            super(type);
            this.iso = iso;
            this.year = year;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            T value = iso.deserialize(parser, context);
            if (value == null) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            int y = year.applyAsInt(value);
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                throw new InvalidValueException(
                        handledType().getSimpleName(), "must lie within the years 0001 to 9999, as FHIR dates do");
            }
            return value;
        }
    }
}
