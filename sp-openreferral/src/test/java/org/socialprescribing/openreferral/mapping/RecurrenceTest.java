package org.socialprescribing.openreferral.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukScheduleFrequency;

/** ORUK's recurrence parts (RFC 5545 RRULE parts, as the ORUK schedule schema describes them) and the SDK's forms. */
class RecurrenceTest {

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                // freq, interval, byday, bymonthday -> days, rule
                "WEEKLY,  -, 'TU,TH',   -,     'TUESDAY THURSDAY', -",
                "WEEKLY,  1, 'MO',      -,     'MONDAY',           -",
                "WEEKLY,  -, 'MO, WE',  -,     'MONDAY WEDNESDAY', -",
                "WEEKLY,  2, 'MO',      -,     -,                  'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'",
                "MONTHLY, -, '2TU',     -,     -,                  'FREQ=MONTHLY;BYDAY=2TU'",
                "MONTHLY, -, '-1FR',    -,     -,                  'FREQ=MONTHLY;BYDAY=-1FR'",
                "MONTHLY, -, -,         '1,15', -,                 'FREQ=MONTHLY;BYMONTHDAY=1,15'",
                "WEEKLY,  -, -,         -,     -,                  'FREQ=WEEKLY'",
                "-,       -, -,         -,     -,                  -",
            })
    void parts_becomeDaysOrARule(
            String freq, BigDecimal interval, String byDay, String byMonthDay, String days, String rule) {
        Issues issues = Issues.collecting();

        Recurrence recurrence = Recurrence.read(
                        Optional.ofNullable(freq).map(OrukScheduleFrequency::valueOf),
                        Optional.ofNullable(interval),
                        Optional.ofNullable(byDay),
                        Optional.ofNullable(byMonthDay),
                        issues)
                .orElseThrow();

        assertThat(recurrence.days()).isEqualTo(Optional.ofNullable(days).map(RecurrenceTest::days));
        assertThat(recurrence.toRule()).isEqualTo(Optional.ofNullable(rule));
        assertThat(issues.report().isEmpty()).isTrue();
        Optional.ofNullable(rule)
                .ifPresent(text -> assertThat(Recurrence.parseRule(text).flatMap(Recurrence::toRule))
                        .contains(text));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-,       -,   'MO',   -",
                "WEEKLY,  0,   'MO',   -",
                "WEEKLY,  1.5, 'MO',   -",
                "WEEKLY,  1E+999999999, 'MO', -",
                "WEEKLY,  -,   'Mon',  -",
                "MONTHLY, -,   -,      'first'",
            })
    void invalidParts_areReported(String freq, BigDecimal interval, String byDay, String byMonthDay) {
        Issues issues = Issues.collecting();

        Optional<Recurrence> recurrence = Recurrence.read(
                Optional.ofNullable(freq).map(OrukScheduleFrequency::valueOf),
                Optional.ofNullable(interval),
                Optional.ofNullable(byDay),
                Optional.ofNullable(byMonthDay),
                issues);

        assertThat(recurrence).isEmpty();
        assertThat(issues.report().contains(OrukIssueCode.RECURRENCE_INVALID)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"FREQ=DAILY", "FREQ=WEEKLY;COUNT=5", "FREQ=MONTHLY;UNTIL=20250101", "BYDAY=MO", "FREQ=WEEKLY;;", "x"})
    void rulesOrukCannotHold_areRefused(String rule) {
        assertThat(Recurrence.parseRule(rule)).isEmpty();
    }

    private static EnumSet<DayOfWeek> days(String names) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names.split(" ")) {
            days.add(DayOfWeek.valueOf(name));
        }
        return days;
    }
}
