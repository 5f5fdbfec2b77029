package org.socialprescribing.openreferral.mapping;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukScheduleFrequency;

/**
 * A schedule's recurrence, which ORUK spreads over {@code freq}, {@code interval}, {@code byday} and {@code
 * bymonthday} (iCalendar RRULE parts, RFC 5545). The SDK holds a plain weekly rule ("every Tuesday and
 * Thursday") as days of the week, and anything richer ("the second Tuesday of the month", "fortnightly") as the
 * RRULE text itself, e.g. {@code FREQ=MONTHLY;BYDAY=2TU}.
 */
final class Recurrence {

    private static final Pattern DAY = Pattern.compile("([+-]?[0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern MONTH_DAY = Pattern.compile("[+-]?[0-9]{1,2}");
    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    final Optional<OrukScheduleFrequency> freq;
    final Optional<Integer> interval;
    final Optional<String> byDay;
    final Optional<String> byMonthDay;

    private Recurrence(
            Optional<OrukScheduleFrequency> freq,
            Optional<Integer> interval,
            Optional<String> byDay,
            Optional<String> byMonthDay) {
        this.freq = freq;
        this.interval = interval;
        this.byDay = byDay;
        this.byMonthDay = byMonthDay;
    }

    static Recurrence none() {
        return new Recurrence(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Reads ORUK's parts; blank {@code byday} and {@code bymonthday} count as absent, spaces around their items
     * are ignored.
     *
     * @return the recurrence, or empty (reported) if a part is not iCalendar or parts come without a {@code freq}
     */
    static Optional<Recurrence> read(
            Optional<OrukScheduleFrequency> freq,
            Optional<BigDecimal> interval,
            Optional<String> byDay,
            Optional<String> byMonthDay,
            Issues issues) {
        Optional<String> days = byDay.filter(text -> !text.isBlank()).map(Recurrence::compact);
        Optional<String> monthDays = byMonthDay.filter(text -> !text.isBlank()).map(Recurrence::compact);
        if (freq.isEmpty()) {
            if (interval.isPresent() || days.isPresent() || monthDays.isPresent()) {
                issues.add(OrukIssueCode.RECURRENCE_INVALID, "gives interval, byday or bymonthday without freq");
                return Optional.empty();
            }
            return Optional.of(none());
        }
        Optional<Integer> every = Optional.empty();
        if (interval.isPresent()) {
            BigDecimal value = interval.get();
            if (value.signum() <= 0
                    || value.compareTo(MAX_INT) > 0
                    || value.stripTrailingZeros().scale() > 0) {
                issues.at("interval")
                        .add(OrukIssueCode.RECURRENCE_INVALID, "'" + value + "' is not a whole number above 0");
                return Optional.empty();
            }
            every = Optional.of(value.intValueExact());
        }
        if (days.isPresent() && !allMatch(days.get(), DAY)) {
            issues.at("byday")
                    .add(OrukIssueCode.RECURRENCE_INVALID, "'" + byDay.get() + "' is not a list of iCalendar days");
            return Optional.empty();
        }
        if (monthDays.isPresent() && !allMatch(monthDays.get(), MONTH_DAY)) {
            issues.at("bymonthday")
                    .add(
                            OrukIssueCode.RECURRENCE_INVALID,
                            "'" + byMonthDay.get() + "' is not a list of days of the month");
            return Optional.empty();
        }
        return Optional.of(new Recurrence(freq, every, days, monthDays));
    }

    /**
     * Reads an RRULE as the SDK holds it.
     *
     * @return the recurrence, or empty if the rule has a part ORUK cannot hold (another FREQ, COUNT, UNTIL...)
     */
    static Optional<Recurrence> parseRule(String rule) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.split(";", -1)) {
            int equals = part.indexOf('=');
            if (equals <= 0 || parts.put(part.substring(0, equals), part.substring(equals + 1)) != null) {
                return Optional.empty();
            }
        }
        Optional<OrukScheduleFrequency> freq = Arrays.stream(OrukScheduleFrequency.values())
                .filter(value -> value.code().equals(parts.get("FREQ")))
                .findFirst();
        Optional<Recurrence> read = Optional.empty();
        if (freq.isPresent()
                && List.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY").containsAll(parts.keySet())) {
            Optional<BigDecimal> interval = Optional.ofNullable(parts.get("INTERVAL"))
                    .filter(text -> text.matches("[0-9]{1,9}"))
                    .map(BigDecimal::new);
            if (interval.isPresent() == parts.containsKey("INTERVAL")) {
                read = read(
                        freq,
                        interval,
                        Optional.ofNullable(parts.get("BYDAY")),
                        Optional.ofNullable(parts.get("BYMONTHDAY")),
                        Issues.discarding());
            }
        }
        return read;
    }

    /** Days of the week, from ORUK {@code byday} as written by {@link #weekly(Set)}. */
    static Recurrence weekly(Set<DayOfWeek> days) {
        String byDay =
                days.stream().sorted().map(day -> DAY_CODES.get(day.ordinal())).collect(Collectors.joining(","));
        return new Recurrence(
                Optional.of(OrukScheduleFrequency.WEEKLY), Optional.empty(), Optional.of(byDay), Optional.empty());
    }

    /** @return the days of a plain weekly rule (weekly, every week, on named days), or empty for any other */
    Optional<Set<DayOfWeek>> days() {
        if (freq.equals(Optional.of(OrukScheduleFrequency.WEEKLY))
                && interval.orElse(1) == 1
                && byMonthDay.isEmpty()
                && byDay.isPresent()) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : byDay.get().split(",", -1)) {
                int index = DAY_CODES.indexOf(day);
                if (index < 0) {
                    return Optional.empty();
                }
                days.add(DayOfWeek.of(index + 1));
            }
            return Optional.of(days);
        }
        return Optional.empty();
    }

    /** @return the RRULE for a rule that is not a plain weekly one, or empty (no rule, or just days) */
    Optional<String> toRule() {
        if (freq.isEmpty() || days().isPresent()) {
            return Optional.empty();
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(freq.get().code());
        interval.ifPresent(every -> rule.append(";INTERVAL=").append(every));
        byDay.ifPresent(days -> rule.append(";BYDAY=").append(days));
        byMonthDay.ifPresent(days -> rule.append(";BYMONTHDAY=").append(days));
        return Optional.of(rule.toString());
    }

    private static String compact(String list) {
        return Arrays.stream(list.split(",", -1)).map(String::strip).collect(Collectors.joining(","));
    }

    private static boolean allMatch(String list, Pattern item) {
        return Arrays.stream(list.split(",", -1)).allMatch(part -> {
            Matcher matcher = item.matcher(part);
            return matcher.matches();
        });
    }
}
