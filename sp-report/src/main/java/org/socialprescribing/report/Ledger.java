package org.socialprescribing.report;

import java.util.List;
import java.util.Objects;
import org.socialprescribing.report.table.ReportTable;
import org.socialprescribing.report.table.Suppression;

/**
 * The computed ledger: four finished tables and notes for readers.
 *
 * <ul>
 *   <li>{@code demand}: onward referrals made, accepted, declined, started, completed, discontinued, not started and
 *       cancelled, sessions attended and missed, units of demand, people waiting, the estimated cost of the demand,
 *       funding received and the gap, per period, provider, service and PCN, with provider, period and window
 *       totals;
 *   <li>{@code equity}: referrals, units and cost per provider by IMD quintile, ethnic group, stated gender,
 *       disability and (when bands are given) age band;
 *   <li>{@code services}: what the directory declares for each service referred to: status, capacity, cost
 *       options;
 *   <li>{@code funding}: each funding flow as recorded, with the provider it was matched to and the amount that
 *       falls in the ledger's periods.
 * </ul>
 *
 * The tables hold every figure; publish them only through a {@link Suppression} ({@link #tables(Suppression)}).
 */
public final class Ledger {

    private final List<ReportPeriod> periods;
    private final List<ReportTable> tables;
    private final List<String> notes;

    Ledger(List<ReportPeriod> periods, List<ReportTable> tables, List<String> notes) {
        this.periods = List.copyOf(periods);
        this.tables = List.copyOf(tables);
        this.notes = List.copyOf(notes);
    }

    /** @return the periods, in order, never null; empty when there is no demand and no window */
    public List<ReportPeriod> periods() {
        return periods;
    }

    /** @return the tables with every figure ({@code demand}, {@code equity}, {@code services}, {@code funding}) */
    public List<ReportTable> tables() {
        return tables;
    }

    /**
     * The tables after a suppression: the form to publish.
     *
     * @param suppression the suppression, not null
     * @return the suppressed tables, never null
     */
    public List<ReportTable> tables(Suppression suppression) {
        return Objects.requireNonNull(suppression, "suppression").apply(tables);
    }

    /**
     * One table by name.
     *
     * @param name {@code demand}, {@code equity}, {@code services} or {@code funding}
     * @return the table, never null
     * @throws IllegalArgumentException if there is no such table
     */
    public ReportTable table(String name) {
        return tables.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ledger table named " + name));
    }

    /** @return notes for readers: what was left out and why, never null */
    public List<String> notes() {
        return notes;
    }
}
