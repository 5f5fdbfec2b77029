package org.socialprescribing.openreferral;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * When a service (or a service at a location) runs, in fields modelled on iCalendar (RFC 5545) recurrence rules. Dates
 * and times are kept as written.
 *
 * <p>JSON: the HSDS {@code schedule} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukSchedule extends OrukRecord, WithOrukSchedule {

    /** @return {@code id}: the identifier of the schedule (a UUID in HSDS), never null */
    String id();

    /** @return {@code service_id}: the identifier of the service this schedule is for, or empty if absent */
    Optional<String> serviceId();

    /**
     * @return {@code service_at_location_id}: the identifier of the service at location this schedule is for, or empty
     *     if absent
     */
    Optional<String> serviceAtLocationId();

    /**
     * @return {@code valid_from}: the first date the schedule applies, as written (ISO 8601 date expected), or empty if
     *     absent
     */
    Optional<String> validFrom();

    /**
     * @return {@code valid_to}: the last date the schedule applies, as written (ISO 8601 date expected), or empty if
     *     absent
     */
    Optional<String> validTo();

    /**
     * @return {@code dtstart}: the date of the first event, as written (iCalendar {@code DTSTART}), or empty if absent
     */
    Optional<String> dtStart();

    /** @return {@code freq}: how often the event recurs (iCalendar {@code FREQ}), or empty if absent */
    Optional<OrukScheduleFrequency> freq();

    /**
     * @return {@code interval}: every how many periods it recurs (iCalendar {@code INTERVAL}), as written in the JSON,
     *     or empty if absent
     */
    Optional<BigDecimal> interval();

    /**
     * @return {@code byday}: the days it recurs on, such as {@code MO,TH} (iCalendar {@code BYDAY}), or empty if absent
     */
    Optional<String> byDay();

    /**
     * @return {@code bymonthday}: the days of the month it recurs on, such as {@code 1,15} (iCalendar {@code
     *     BYMONTHDAY}), or empty if absent
     */
    Optional<String> byMonthDay();

    /** @return {@code description}: the schedule, in free text, or empty if absent */
    Optional<String> description();

    /** @return {@code opens_at}: the opening time, as written (such as {@code 10:00:00}), or empty if absent */
    Optional<String> opensAt();

    /** @return {@code closes_at}: the closing time, as written (such as {@code 18:00:00}), or empty if absent */
    Optional<String> closesAt();

    /** @return {@code schedule_link}: the URL of a page with the timetable, or empty if absent */
    Optional<String> scheduleLink();

    /**
     * @return {@code attending_type}: how people attend (in person, by phone, online), in free text, or empty if absent
     */
    Optional<String> attendingType();

    /** @return {@code notes}: further notes on the schedule, or empty if absent */
    Optional<String> notes();

    /**
     * @return {@code metadata}: the audit trail of changes to this record (HSDS 3.0 core; not in the compiled UK
     *     profile), in document order, never null
     */
    List<OrukMetadata> metadata();

    /** @return a new builder, never null */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code OrukSchedule} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukSchedule}'s rules say.
     */
    final class Builder extends ImmutableOrukSchedule.Builder {
        Builder() {}
    }
}
