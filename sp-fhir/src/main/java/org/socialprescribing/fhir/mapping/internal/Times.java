package org.socialprescribing.fhir.mapping.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.TimeType;
import org.socialprescribing.fhir.internal.IsoDates;

/**
 * Dates and times both ways, always through their text: HAPI keeps a date-time's text (nanoseconds, offset and
 * precision included), while its {@code java.util.Date} would cut to milliseconds. Instants are written in UTC.
 */
public final class Times {

    private Times() {}

    /**
     * @param instant the instant
     * @return a dateTime in UTC with the instant's full precision
     */
    public static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(instant.toString());
    }

    /**
     * @param instant the instant
     * @return an instant in UTC with full precision
     */
    public static InstantType instant(Instant instant) {
        return new InstantType(instant.toString());
    }

    /**
     * @param date the day
     * @return a date
     */
    public static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    /**
     * @param date the day
     * @return a dateTime of day precision, for elements such as {@code Period.start}
     */
    public static DateTimeType dateTime(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    /**
     * @param month the month
     * @return a dateTime of month precision ({@code 2025-03})
     */
    public static DateTimeType dateTime(YearMonth month) {
        return new DateTimeType(month.toString());
    }

    /**
     * @param time the time of day
     * @return a time with seconds ({@code 10:00:00})
     */
    public static TimeType time(LocalTime time) {
        return new TimeType(time.format(DateTimeFormatter.ISO_LOCAL_TIME));
    }

    /**
     * A period of days, either end open.
     *
     * @param from the first day, if any
     * @param to the last day, if any
     * @return the period, or empty when both ends are open
     */
    public static Optional<Period> period(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        Period period = new Period();
        from.ifPresent(day -> period.setStartElement(dateTime(day)));
        to.ifPresent(day -> period.setEndElement(dateTime(day)));
        return Optional.of(period);
    }

    /**
     * Reads the first day of a period of days.
     *
     * @param reading the mapping state
     * @param period the period, located
     * @return the first day, or empty if open
     */
    public static Optional<LocalDate> start(Reading reading, At<Period> period) {
        return period.node().hasStartElement()
                ? Optional.of(date(reading, period.child(period.node().getStartElement(), "start")))
                : Optional.empty();
    }

    /**
     * Reads the last day of a period of days.
     *
     * @param reading the mapping state
     * @param period the period, located
     * @return the last day, or empty if open
     */
    public static Optional<LocalDate> end(Reading reading, At<Period> period) {
        return period.node().hasEndElement()
                ? Optional.of(date(reading, period.child(period.node().getEndElement(), "end")))
                : Optional.empty();
    }

    /**
     * Reads a date and time with a time zone.
     *
     * @param reading the mapping state
     * @param value the value, located
     * @return the instant
     * @throws org.socialprescribing.fhir.FhirFormatException if it has no time or no time zone
     */
    public static Instant instant(Reading reading, At<? extends BaseDateTimeType> value) {
        try {
            Instant instant = IsoDates.offsetDateTime(
                            String.valueOf(value.node().getValueAsString()))
                    .toInstant();
            reading.use(value.node());
            return instant;
        } catch (DateTimeParseException e) {
            throw reading.invalid(value.path(), "must be a date and time with seconds and a time zone");
        }
    }

    /**
     * Reads a full date.
     *
     * @param reading the mapping state
     * @param value the value (a date, or a dateTime of day precision), located
     * @return the day
     * @throws org.socialprescribing.fhir.FhirFormatException if it is not a full date
     */
    public static LocalDate date(Reading reading, At<? extends BaseDateTimeType> value) {
        try {
            LocalDate date = IsoDates.localDate(String.valueOf(value.node().getValueAsString()));
            reading.use(value.node());
            return date;
        } catch (DateTimeParseException e) {
            throw reading.invalid(value.path(), "must be a full date (YYYY-MM-DD)");
        }
    }

    /**
     * Reads a year and month.
     *
     * @param reading the mapping state
     * @param value the value, located
     * @return the month
     * @throws org.socialprescribing.fhir.FhirFormatException if it is not of month precision
     */
    public static YearMonth yearMonth(Reading reading, At<? extends BaseDateTimeType> value) {
        try {
            YearMonth month = YearMonth.parse(String.valueOf(value.node().getValueAsString()));
            reading.use(value.node());
            return month;
        } catch (DateTimeParseException e) {
            throw reading.invalid(value.path(), "must be a year and month (YYYY-MM)");
        }
    }

    /**
     * Reads a time of day.
     *
     * @param reading the mapping state
     * @param value the value, located
     * @return the time
     * @throws org.socialprescribing.fhir.FhirFormatException if it is not a time
     */
    public static LocalTime time(Reading reading, At<TimeType> value) {
        try {
            LocalTime time = LocalTime.parse(String.valueOf(value.node().getValue()));
            reading.use(value.node());
            return time;
        } catch (DateTimeParseException e) {
            throw reading.invalid(value.path(), "must be a time of day (hh:mm:ss)");
        }
    }
}
