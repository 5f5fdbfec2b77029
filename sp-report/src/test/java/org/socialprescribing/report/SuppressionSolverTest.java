package org.socialprescribing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.socialprescribing.report.table.Cell;
import org.socialprescribing.report.table.Column;
import org.socialprescribing.report.table.ReportTable;
import org.socialprescribing.report.table.SumSuppression;
import org.socialprescribing.report.table.Suppression;

/**
 * An attacker's view of the published tables: for each additive column, every declared sum of every table and every
 * mirror between tables is one linear equation, the published cells are known and every other cell is an unknown. A
 * held-back cell is given away exactly when its value follows from those equations, that is when its unit vector lies
 * in the row space of the unknowns' coefficients. Solved exactly (fraction-free Gaussian elimination on integers), so
 * the property does not share the suppression's own reasoning (which counts unknowns per sum), and it sees what that
 * reasoning cannot: equations that are only solvable together, across nested sums and mirrored tables.
 */
class SuppressionSolverTest {

    @Property(tries = 200)
    void noHeldBackCellFollowsFromThePublishedEquations(
            @ForAll long seed, @ForAll boolean unitCost, @ForAll @IntRange(min = 2, max = 11) int minimum) {
        List<ReportTable> tables =
                LedgerPropertiesTest.ledger(seed, unitCost, PeriodLength.MONTH).tables(SumSuppression.below(minimum));
        for (String column : additiveColumns(tables)) {
            List<String> given = givenAway(tables, column);
            assertThat(given)
                    .as("held-back cells of column %s that the equations give away", column)
                    .isEmpty();
        }
    }

    @Test
    void theSolverFindsACellGivenAwayByTwoNestedSums() {
        // total = a + b, a = x + y; x and a held back, b and y published: a = total - b, then x = a - y.
        long[][] equations = {{1, -1, -1, 0, 0}, {0, 1, 0, -1, -1}};
        boolean[] unknown = {false, true, false, true, false};
        assertThat(determined(equations, unknown)).containsExactly(1, 3);
        // With y held back too, x and y are not determined; a still is (total - b).
        boolean[] more = {false, true, false, true, true};
        assertThat(determined(equations, more)).containsExactly(1);
    }

    @Test
    void primarySuppressionAlone_isCaughtGivingCellsAway() {
        // Holding back only the small counts, with no secondary suppression: the solver must see through it.
        Suppression primaryOnly = tables -> {
            List<ReportTable> out = new ArrayList<>();
            for (ReportTable table : tables) {
                ReportTable t = table;
                for (int c = 0; c < t.columns().size(); c++) {
                    if (t.columns().get(c).kind() != Column.Kind.COUNT) {
                        continue;
                    }
                    for (int r = 0; r < t.rows().size(); r++) {
                        Cell cell = t.rows().get(r).get(c);
                        if (cell.number()
                                .filter(n -> n.signum() > 0 && n.intValue() < 3)
                                .isPresent()) {
                            t = t.withCell(r, c, cell.suppressed());
                        }
                    }
                }
                out.add(t);
            }
            return out;
        };
        int caught = 0;
        for (long seed = 1; seed <= 20; seed++) {
            List<ReportTable> tables =
                    LedgerPropertiesTest.ledger(seed, false, PeriodLength.MONTH).tables(primaryOnly);
            caught += givenAway(tables, "referred").size();
        }
        assertThat(caught).isPositive();
    }

    private static List<String> additiveColumns(List<ReportTable> tables) {
        List<String> names = new ArrayList<>();
        for (ReportTable table : tables) {
            for (Column c : table.columns()) {
                if (c.isSuppressible() && c.isAdditive() && !names.contains(c.name())) {
                    names.add(c.name());
                }
            }
        }
        return names;
    }

    /** The held-back cells of one column, over every table, that the equations determine. */
    private static List<String> givenAway(List<ReportTable> tables, String column) {
        // Variables: every cell of the column in every table that has it.
        Map<String, Integer> index = new HashMap<>();
        List<Cell> cells = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ReportTable table : tables) {
            if (table.columnIndex(column).isEmpty()) {
                continue;
            }
            int c = table.columnIndex(column).getAsInt();
            for (int r = 0; r < table.rows().size(); r++) {
                index.put(table.name() + "/" + r, cells.size());
                cells.add(table.rows().get(r).get(c));
                names.add(table.name() + " row " + r);
            }
        }
        List<long[]> equations = new ArrayList<>();
        for (ReportTable table : tables) {
            if (table.columnIndex(column).isEmpty()) {
                continue;
            }
            for (ReportTable.Sum sum : table.sums()) {
                long[] equation = new long[cells.size()];
                equation[index.get(table.name() + "/" + sum.total())] += 1;
                boolean applicable = true;
                for (int part : sum.parts()) {
                    int v = index.get(table.name() + "/" + part);
                    applicable &= cells.get(v).status() != Cell.Status.NOT_APPLICABLE;
                    equation[v] -= 1;
                }
                if (applicable) {
                    equations.add(equation);
                }
            }
            for (ReportTable.Mirror mirror : table.mirrors()) {
                Integer other = index.get(mirror.table() + "/" + mirror.otherRow());
                if (other != null) {
                    long[] equation = new long[cells.size()];
                    equation[index.get(table.name() + "/" + mirror.row())] += 1;
                    equation[other] -= 1;
                    equations.add(equation);
                }
            }
        }
        boolean[] unknown = new boolean[cells.size()];
        for (int v = 0; v < cells.size(); v++) {
            unknown[v] = !cells.get(v).isValue();
        }
        List<String> given = new ArrayList<>();
        for (int v : determined(equations.toArray(long[][]::new), unknown)) {
            if (cells.get(v).isSuppressed()) {
                given.add(names.get(v));
            }
        }
        return given;
    }

    /**
     * The unknowns whose values the equations fix: after eliminating the unknowns' columns to reduced row echelon
     * form, an unknown is fixed when its pivot row has no other unknown left in it.
     */
    static List<Integer> determined(long[][] equations, boolean[] unknown) {
        List<Integer> columns = new ArrayList<>();
        for (int v = 0; v < unknown.length; v++) {
            if (unknown[v]) {
                columns.add(v);
            }
        }
        int rows = equations.length;
        BigInteger[][] m = new BigInteger[rows][columns.size()];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < columns.size(); k++) {
                m[r][k] = BigInteger.valueOf(equations[r][columns.get(k)]);
            }
        }
        int[] pivotOfRow = new int[rows];
        Arrays.fill(pivotOfRow, -1);
        int row = 0;
        for (int k = 0; k < columns.size() && row < rows; k++) {
            int found = -1;
            for (int r = row; r < rows; r++) {
                if (m[r][k].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            BigInteger[] swap = m[row];
            m[row] = m[found];
            m[found] = swap;
            for (int r = 0; r < rows; r++) {
                if (r != row && m[r][k].signum() != 0) {
                    BigInteger a = m[row][k];
                    BigInteger b = m[r][k];
                    for (int j = 0; j < columns.size(); j++) {
                        m[r][j] = m[r][j].multiply(a).subtract(m[row][j].multiply(b));
                    }
                    normalise(m[r]);
                }
            }
            pivotOfRow[row] = k;
            row++;
        }
        List<Integer> fixed = new ArrayList<>();
        for (int r = 0; r < row; r++) {
            int nonZero = 0;
            for (BigInteger x : m[r]) {
                nonZero += x.signum() != 0 ? 1 : 0;
            }
            if (nonZero == 1) {
                fixed.add(columns.get(pivotOfRow[r]));
            }
        }
        fixed.sort(null);
        return fixed;
    }

    private static void normalise(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger x : row) {
            gcd = gcd.gcd(x);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j].divide(gcd);
            }
        }
    }
}
