package org.socialprescribing.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** How long the ledger's periods are: calendar months or calendar quarters. */
public enum PeriodLength {
    /** Calendar months, labelled {@code 2025-03}. */
    MONTH,
    /** Calendar quarters (January to March is Q1), labelled {@code 2025-Q1}. */
    QUARTER;

    /**
     * The period that contains a day.
     *
     * @param day the day, not null
     * @return the period, never null
     */
    public ReportPeriod periodOf(LocalDate day) {
        if (this == MONTH) {
            YearMonth month = YearMonth.from(day);
            return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), month.toString());
        }
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate start = LocalDate.of(day.getYear(), Month.of(3 * quarter - 2), 1);
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1), day.getYear() + "-Q" + quarter);
    }
}
