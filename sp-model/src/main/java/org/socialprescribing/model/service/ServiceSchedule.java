package org.socialprescribing.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * When a service runs: the days and opening hours that FHIR {@code HealthcareService.availableTime} holds, the
 * validity period and, for anything richer (every second Tuesday, monthly), the iCalendar recurrence rule that
 * HSDS 3.0 {@code schedule} is modelled on, kept as text so that no rule is lost. A free-text description covers
 * what neither can say.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableServiceSchedule.class)
@JsonDeserialize(as = ImmutableServiceSchedule.class)
public interface ServiceSchedule extends WithServiceSchedule {

    /** @return the days the service runs, never null; empty if given only by rule or description */
    Set<DayOfWeek> daysOfWeek();

    /** @return the opening time on those days, if given */
    Optional<LocalTime> opensAt();

    /** @return the closing time on those days, if given; after the opening time */
    Optional<LocalTime> closesAt();

    /** @return the first day the schedule applies, if limited */
    Optional<LocalDate> validFrom();

    /** @return the last day the schedule applies, if limited; not before {@link #validFrom()} */
    Optional<LocalDate> validTo();

    /** @return an iCalendar (RFC 5545) RRULE value, e.g. {@code FREQ=MONTHLY;BYDAY=2TU}, if given */
    Optional<String> recurrenceRule();

    /** @return the schedule in words, e.g. "term time only", if given */
    Optional<String> description();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: hours and validity run forwards. */
    @Value.Check
    default void check() {
        if (opensAt().isPresent()
                && closesAt().isPresent()
                && !closesAt().get().isAfter(opensAt().get())) {
            throw new InvalidValueException(
                    "schedule.closesAt",
                    closesAt().get().toString(),
                    "must be after " + opensAt().get());
        }
        if (validFrom().isPresent()
                && validTo().isPresent()
                && validTo().get().isBefore(validFrom().get())) {
            throw new InvalidValueException(
                    "schedule.validTo",
                    validTo().get().toString(),
                    "must not be before " + validFrom().get());
        }
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
     * Builds {@code ServiceSchedule} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ServiceSchedule}'s rules say.
     */
    final class Builder extends ImmutableServiceSchedule.Builder {
        Builder() {}
    }
}
