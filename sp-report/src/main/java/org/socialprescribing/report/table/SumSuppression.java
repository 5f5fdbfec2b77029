package org.socialprescribing.report.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.socialprescribing.model.InvalidValueException;

/**
 * Small-number suppression of tables with declared sums and mirrors (the ledger's tables). sp-measures' {@code
 * Suppression} protects two-way tables with row and column totals; these tables are not such tables (their columns
 * are different measures, their rows nest, one table mirrors another, money depends on counts), so this one works on
 * the relations the tables declare. A test solves the published equations exactly and finds no held-back cell
 * (docs/reports.md, "Suppression").
 *
 * <p>Rules, applied until nothing changes:
 *
 * <ol>
 *   <li>primary: a count cell with a value from 1 to {@code minimum - 1} is held back (zero is shown);
 *   <li>dependent: a cell whose column {@linkplain Column#dependsOn() depends on} a held-back cell of its row is
 *       held back (a cost worked out from a count would give the count away);
 *   <li>mirrored: a row that repeats a row of another table holds back the same cells;
 *   <li>secondary: in every declared sum and every count or money column, the number of cells a reader cannot see
 *       (held back, or with no value) is never exactly one, since one unknown could be worked out by subtraction.
 *       The cell added is the part with the smallest positive value, else a part with value zero, else the total.
 * </ol>
 *
 * <p>It does not round, and protects only against the sums and mirrors the tables declare.
 */
public final class SumSuppression implements Suppression {

    private final int minimum;

    private SumSuppression(int minimum) {
        this.minimum = minimum;
    }

    /**
     * Suppression of counts below a minimum.
     *
     * @param minimum the smallest count shown, at least 2 (counts 1 to {@code minimum - 1} are held back)
     * @return the suppression, never null
     * @throws InvalidValueException if {@code minimum} is below 2
     */
    public static SumSuppression below(int minimum) {
        if (minimum < 2) {
            throw new InvalidValueException(
                    "suppression.minimum", Integer.toString(minimum), "must be at least 2: a count of 1 is a person");
        }
        return new SumSuppression(minimum);
    }

    /** @return the smallest count shown */
    public int minimum() {
        return minimum;
    }

    @Override
    public List<ReportTable> apply(List<ReportTable> tables) {
        List<ReportTable> work = new ArrayList<>(tables);
        Map<String, Integer> byName = new HashMap<>();
        for (int t = 0; t < work.size(); t++) {
            byName.put(work.get(t).name(), t);
        }
        for (int t = 0; t < work.size(); t++) {
            work.set(t, primary(work.get(t)));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < work.size(); t++) {
                ReportTable before = work.get(t);
                ReportTable after = secondary(dependent(before));
                for (ReportTable.Mirror mirror : after.mirrors()) {
                    Integer other = byName.get(mirror.table());
                    if (other == null) {
                        throw new InvalidValueException(
                                "table." + after.name(), mirror.table(), "mirrors a table that is not given");
                    }
                    ReportTable[] pair = mirrored(after, mirror.row(), work.get(other), mirror.otherRow());
                    after = pair[0];
                    if (!pair[1].equals(work.get(other))) {
                        work.set(other, pair[1]);
                        changed = true;
                    }
                }
                if (!after.equals(before)) {
                    work.set(t, after);
                    changed = true;
                }
            }
        }
        return List.copyOf(work);
    }

    private ReportTable primary(ReportTable table) {
        ReportTable result = table;
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).kind() != Column.Kind.COUNT) {
                continue;
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Cell cell = result.rows().get(r).get(c);
                if (cell.number().isPresent() && isSmall(cell.number().get())) {
                    result = result.withCell(r, c, cell.suppressed());
                }
            }
        }
        return result;
    }

    private boolean isSmall(BigDecimal count) {
        return count.signum() > 0 && count.compareTo(BigDecimal.valueOf(minimum)) < 0;
    }

    private static ReportTable dependent(ReportTable table) {
        ReportTable result = table;
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            for (String dependency : column.dependsOn()) {
                int d = result.columnIndex(dependency)
                        .orElseThrow(() -> new InvalidValueException(
                                "table." + table.name(), dependency, "is not a column, but a column depends on it"));
                for (int r = 0; r < result.rows().size(); r++) {
                    Cell cell = result.rows().get(r).get(c);
                    if (cell.isValue() && result.rows().get(r).get(d).isSuppressed()) {
                        result = result.withCell(r, c, cell.suppressed());
                    }
                }
            }
        }
        return result;
    }

    private static ReportTable secondary(ReportTable table) {
        ReportTable result = table;
        for (int c = 0; c < table.columns().size(); c++) {
            if (!table.columns().get(c).isSuppressible()) {
                continue;
            }
            for (ReportTable.Sum sum : table.sums()) {
                Cell total = result.rows().get(sum.total()).get(c);
                if (!total.isValue() && !total.isSuppressed()) {
                    continue; // no total shown or hidden: nothing to subtract from
                }
                int unseen = total.isValue() ? 0 : 1;
                boolean anySuppressed = total.isSuppressed();
                ReportTable current = result;
                int column = c;
                if (sum.parts().stream()
                        .anyMatch(
                                part -> current.rows().get(part).get(column).status() == Cell.Status.NOT_APPLICABLE)) {
                    continue; // the column is not added up in these rows (e.g. funding per service)
                }
                for (int part : sum.parts()) {
                    Cell cell = result.rows().get(part).get(c);
                    unseen += cell.isValue() ? 0 : 1;
                    anySuppressed |= cell.isSuppressed();
                }
                if (unseen == 1 && anySuppressed) {
                    int chosen = choose(result, sum, c);
                    result = result.withCell(
                            chosen, c, result.rows().get(chosen).get(c).suppressed());
                }
            }
        }
        return result;
    }

    private static int choose(ReportTable table, ReportTable.Sum sum, int column) {
        int best = -1;
        BigDecimal smallest = null;
        int zero = -1;
        for (int part : sum.parts()) {
            Cell cell = table.rows().get(part).get(column);
            if (!cell.isValue() || cell.number().isEmpty()) {
                continue;
            }
            BigDecimal value = cell.number().get();
            if (value.signum() == 0) {
                zero = zero < 0 ? part : zero;
            } else if (smallest == null || value.compareTo(smallest) < 0) {
                smallest = value;
                best = part;
            }
        }
        if (best >= 0) {
            return best;
        }
        return zero >= 0 ? zero : sum.total();
    }

    private static ReportTable[] mirrored(ReportTable table, int row, ReportTable other, int otherRow) {
        ReportTable a = table;
        ReportTable b = other;
        for (int c = 0; c < a.columns().size(); c++) {
            OptionalInt o = b.columnIndex(a.columns().get(c).name());
            if (o.isEmpty()) {
                continue;
            }
            Cell mine = a.rows().get(row).get(c);
            Cell theirs = b.rows().get(otherRow).get(o.getAsInt());
            if (mine.isSuppressed() && theirs.isValue()) {
                b = b.withCell(otherRow, o.getAsInt(), theirs.suppressed());
            } else if (theirs.isSuppressed() && mine.isValue()) {
                a = a.withCell(row, c, mine.suppressed());
            }
        }
        return new ReportTable[] {a, b};
    }

    @Override
    public String toString() {
        return "SumSuppression[below " + minimum + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SumSuppression that && minimum == that.minimum;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimum);
    }
}
