package org.socialprescribing.report;

import java.time.LocalDate;
import java.util.Objects;
import org.socialprescribing.model.InvalidValueException;

/**
 * A period of the ledger: its first and last day (inclusive) and its label, e.g. {@code 2025-03}.
 *
 * @param start the first day, not null
 * @param end the last day, not before {@code start}
 * @param label the label, not null
 */
public record ReportPeriod(LocalDate start, LocalDate end, String label) {

    /**
     * Checks the period.
     *
     * @param start the first day, not null
     * @param end the last day, not before {@code start}
     * @param label the label, not null
     * @throws InvalidValueException if {@code end} is before {@code start}
     */
    public ReportPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
        if (end.isBefore(start)) {
            throw new InvalidValueException("period.end", end.toString(), "must not be before " + start);
        }
    }

    /**
     * Whether a day falls in the period.
     *
     * @param day the day, not null
     * @return true if {@code start <= day <= end}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * The number of days this period shares with another span of days.
     *
     * @param from the span's first day, not null
     * @param to the span's last day, not null
     * @return the days in common, 0 if none
     */
    public long daysShared(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(start) ? from : start;
        LocalDate last = to.isBefore(end) ? to : end;
        return last.isBefore(first) ? 0 : last.toEpochDay() - first.toEpochDay() + 1;
    }
}
