package org.socialprescribing.openreferral.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.socialprescribing.model.service.ServiceSchedule;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukSchedule;

/**
 * ORUK {@code schedule} and SDK {@link ServiceSchedule}: opening hours, validity, recurrence (see {@link
 * Recurrence}) and description. {@code dtstart}, {@code schedule_link}, {@code attending_type} and {@code notes}
 * have no SDK field and stay in the ORUK record.
 */
final class ScheduleOruk {

    private ScheduleOruk() {}

    /** @return the SDK schedule: every ORUK schedule has one, without what is invalid in it (reported) */
    static Optional<ServiceSchedule> get(OrukSchedule schedule, Issues issues) {
        Optional<LocalTime> opens = schedule.opensAt().flatMap(text -> Values.time(text, issues.at("opens_at")));
        Optional<LocalTime> closes = schedule.closesAt().flatMap(text -> Values.time(text, issues.at("closes_at")));
        if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
            issues.at("closes_at")
                    .add(OrukIssueCode.HOURS_REVERSED, "is not after opens_at: the closing time is left out");
            closes = Optional.empty();
        }
        Optional<LocalDate> from = schedule.validFrom().flatMap(text -> Values.date(text, issues.at("valid_from")));
        Optional<LocalDate> to = schedule.validTo().flatMap(text -> Values.date(text, issues.at("valid_to")));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            issues.at("valid_to").add(OrukIssueCode.PERIOD_REVERSED, "is before valid_from: left out");
            to = Optional.empty();
        }
        Recurrence recurrence = recurrence(schedule, issues).orElse(Recurrence.none());
        return Optional.of(ServiceSchedule.builder()
                .addAllDaysOfWeek(recurrence.days().orElse(Set.of()))
                .recurrenceRule(recurrence.toRule())
                .opensAt(opens)
                .closesAt(closes)
                .validFrom(from)
                .validTo(to)
                .description(schedule.description())
                .build());
    }

    static OrukSchedule put(ServiceSchedule value, Optional<OrukSchedule> original, Writing writing) {
        OrukSchedule out = original.orElseGet(
                () -> OrukSchedule.builder().id(writing.newId()).build());
        ServiceSchedule image = get(out, Issues.discarding()).orElseThrow();
        if (!value.description().equals(image.description())) {
            out = clear(out, "description").withDescription(value.description());
        }
        // Hours and validity are written in pairs: the SDK may have left one of a pair out as invalid, and the
        // ORUK text must not come back to life beside a new value.
        if (!value.opensAt().equals(image.opensAt()) || !value.closesAt().equals(image.closesAt())) {
            out = clear(clear(out, "opens_at"), "closes_at")
                    .withOpensAt(value.opensAt().map(LocalTime::toString))
                    .withClosesAt(value.closesAt().map(LocalTime::toString));
        }
        if (!value.validFrom().equals(image.validFrom()) || !value.validTo().equals(image.validTo())) {
            out = clear(clear(out, "valid_from"), "valid_to")
                    .withValidFrom(value.validFrom().map(LocalDate::toString))
                    .withValidTo(value.validTo().map(LocalDate::toString));
        }
        if (!value.daysOfWeek().equals(image.daysOfWeek())
                || !value.recurrenceRule().equals(image.recurrenceRule())) {
            out = putRecurrence(out, value, writing);
        }
        return out;
    }

    private static Optional<Recurrence> recurrence(OrukSchedule schedule, Issues issues) {
        return Recurrence.read(schedule.freq(), schedule.interval(), schedule.byDay(), schedule.byMonthDay(), issues);
    }

    private static OrukSchedule putRecurrence(OrukSchedule out, ServiceSchedule value, Writing writing) {
        Recurrence recurrence;
        if (value.recurrenceRule().isPresent()) {
            String rule = value.recurrenceRule().get();
            if (!value.daysOfWeek().isEmpty()) {
                writing.issues()
                        .at("daysOfWeek")
                        .add(OrukIssueCode.NOT_EXPORTED, "a schedule with a recurrence rule is written by its rule");
            }
            recurrence = Recurrence.parseRule(rule).orElseGet(() -> {
                writing.issues()
                        .at("recurrenceRule")
                        .add(
                                OrukIssueCode.NOT_EXPORTED,
                                "'" + rule + "' has parts ORUK cannot hold (it has FREQ=WEEKLY or MONTHLY, INTERVAL,"
                                        + " BYDAY and BYMONTHDAY): not written");
                return Recurrence.none();
            });
        } else {
            recurrence = value.daysOfWeek().isEmpty() ? Recurrence.none() : Recurrence.weekly(value.daysOfWeek());
        }
        return clear(clear(clear(clear(out, "freq"), "interval"), "byday"), "bymonthday")
                .withFreq(recurrence.freq)
                .withInterval(recurrence.interval.map(BigDecimal::valueOf))
                .withByDay(recurrence.byDay)
                .withByMonthDay(recurrence.byMonthDay);
    }

    private static OrukSchedule clear(OrukSchedule schedule, String property) {
        return Records.clear(schedule, property, OrukSchedule::withExtensions);
    }
}
