package org.socialprescribing.measures.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.InvalidValueException;

/**
 * Properties of small-number suppression. The attacker knows every published cell and total and the equations that
 * tie a line's cells to its total; for every suppressed cell the test (1) solves the equations by Gaussian
 * elimination and checks that they do not determine the cell, and (2) builds another table of non-negative counts
 * that publishes exactly the same cells and totals but holds a different value in that cell.
 */
class SuppressionPropertiesTest {

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 4)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(5, 15)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(16, 200)));
        return Arbitraries.integers()
                .between(1, 5)
                .flatMap(rows -> Arbitraries.integers()
                        .between(1, 5)
                        .flatMap(columns -> count.array(long[].class)
                                .ofSize(columns)
                                .array(long[][].class)
                                .ofSize(rows)));
    }

    @Property(tries = 500)
    void suppressedCellsCannotBeRecoveredFromTheTotals(
            @ForAll("tables") long[][] counts, @ForAll @IntRange(min = 2, max = 12) int minimum) {
        SuppressedTable table = Suppression.apply(counts, SuppressionPolicy.minimumCount(minimum));
        long[][] full = extended(counts);
        int rows = full.length;
        int columns = full[0].length;
        boolean withheld = table.reason(0, 0) == SuppressedTable.Reason.WITHHELD;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long v = full[r][c];
                if (v > 0 && v < minimum) {
                    assertThat(table.isSuppressed(r, c))
                            .as("primary cell %d,%d", r, c)
                            .isTrue();
                }
                if (!table.isSuppressed(r, c)) {
                    assertThat(table.published(r, c)).hasValue(v);
                    assertThat(table.cell(r, c)).isEqualTo(Long.toString(v));
                } else {
                    assertThat(table.cell(r, c)).isEqualTo(SuppressedTable.MARK);
                }
            }
        }
        if (withheld) {
            assertThat(table.suppressedCount()).isEqualTo(rows * columns);
            return;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (table.isSuppressed(r, c)) {
                    assertThat(determined(table, full, r, c))
                            .as("cell %d,%d solved from the totals", r, c)
                            .isFalse();
                    long[][] other = alternative(table, full, r, c);
                    assertThat(other[r][c]).isNotEqualTo(full[r][c]);
                    assertConsistent(table, full, other);
                }
            }
        }
    }

    @Property(tries = 200)
    void roundingPublishesMultiplesOfTheBase(
            @ForAll("tables") long[][] counts, @ForAll @IntRange(min = 2, max = 10) int base) {
        SuppressedTable table =
                Suppression.apply(counts, SuppressionPolicy.minimumCount(5).withRounding(base));
        long[][] full = extended(counts);
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                if (!table.isSuppressed(r, c)) {
                    long published = table.published(r, c).getAsLong();
                    assertThat(published % base).isZero();
                    assertThat(Math.abs(published - full[r][c])).isLessThanOrEqualTo(base / 2);
                }
            }
        }
    }

    @Test
    void aLoneSmallCellGetsASecondSuppressionInItsRowAndColumn() {
        // 3 is below 5: its row total and column total would give it away, so three more cells go.
        long[][] counts = {{3, 20, 30}, {40, 50, 60}};
        SuppressedTable table = Suppression.apply(counts, SuppressionPolicy.minimumCount(5));
        assertThat(table.reason(0, 0)).isEqualTo(SuppressedTable.Reason.PRIMARY);
        assertThat(table.reason(0, 1)).isEqualTo(SuppressedTable.Reason.SECONDARY);
        assertThat(table.reason(1, 0)).isEqualTo(SuppressedTable.Reason.SECONDARY);
        assertThat(table.reason(1, 1)).isEqualTo(SuppressedTable.Reason.SECONDARY);
        assertThat(table.suppressedCount()).isEqualTo(4);
        assertThat(table.cell(0, 3)).isEqualTo("53");
        assertThat(table.cell(2, 3)).isEqualTo("203");
    }

    @Test
    void aOneCellTableBelowTheMinimumShowsNothing() {
        SuppressedTable table = Suppression.apply(new long[][] {{3}}, SuppressionPolicy.minimumCount(5));
        assertThat(table.suppressedCount()).isEqualTo(4);
        assertThat(table.cell(1, 1)).isEqualTo(SuppressedTable.MARK);
    }

    @Test
    void badTablesAndPoliciesAreRejected() {
        SuppressionPolicy policy = SuppressionPolicy.minimumCount(5);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Suppression.apply(new long[0][], policy));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Suppression.apply(new long[][] {{1, 2}, {3}}, policy));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Suppression.apply(new long[][] {{-1}}, policy));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Suppression.apply(new long[][] {{Long.MAX_VALUE, 1}}, policy));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SuppressionPolicy.minimumCount(1));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> policy.withRounding(1));
    }

    static long[][] extended(long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] full = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                full[r][c] = counts[r][c];
                full[r][columns] += counts[r][c];
                full[rows][c] += counts[r][c];
                full[rows][columns] += counts[r][c];
            }
        }
        return full;
    }

    /** The line equations of the extended table over the suppressed cells: is cell (r, c) in their row space? */
    private static boolean determined(SuppressedTable table, long[][] full, int r, int c) {
        int rows = full.length;
        int columns = full[0].length;
        List<int[]> unknowns = new ArrayList<>();
        int target = -1;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (table.isSuppressed(i, j)) {
                    if (i == r && j == c) {
                        target = unknowns.size();
                    }
                    unknowns.add(new int[] {i, j});
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double[] eq = new double[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                if (unknowns.get(u)[0] == i) {
                    eq[u] = unknowns.get(u)[1] == columns - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        for (int j = 0; j < columns; j++) {
            double[] eq = new double[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                if (unknowns.get(u)[1] == j) {
                    eq[u] = unknowns.get(u)[0] == rows - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        int rank = rank(equations);
        double[] unit = new double[unknowns.size()];
        unit[target] = 1;
        equations.add(unit);
        return rank(equations) == rank;
    }

    private static int rank(List<double[]> rowsIn) {
        double[][] m = rowsIn.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        int width = m.length == 0 ? 0 : m[0].length;
        for (int col = 0; col < width && rank < m.length; col++) {
            int pivot = -1;
            for (int i = rank; i < m.length; i++) {
                if (Math.abs(m[i][col]) > 1e-9 && (pivot < 0 || Math.abs(m[i][col]) > Math.abs(m[pivot][col]))) {
                    pivot = i;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            for (int i = 0; i < m.length; i++) {
                if (i != rank && Math.abs(m[i][col]) > 1e-12) {
                    double f = m[i][col] / m[rank][col];
                    for (int k = col; k < width; k++) {
                        m[i][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    /** Another non-negative table: +1 / -1 alternately around a cycle of suppressed cells through (r, c). */
    private static long[][] alternative(SuppressedTable table, long[][] full, int r, int c) {
        int rows = full.length;
        int columns = full[0].length;
        // Path from column c back to row r through suppressed cells, without using (r, c).
        int[] previousOfRow = new int[rows];
        int[] previousOfColumn = new int[columns];
        Arrays.fill(previousOfRow, -2);
        Arrays.fill(previousOfColumn, -2);
        Deque<int[]> queue = new ArrayDeque<>();
        previousOfColumn[c] = -1;
        queue.add(new int[] {1, c});
        while (!queue.isEmpty() && previousOfRow[r] == -2) {
            int[] line = queue.poll();
            if (line[0] == 1) {
                for (int i = 0; i < rows; i++) {
                    if (table.isSuppressed(i, line[1]) && !(i == r && line[1] == c) && previousOfRow[i] == -2) {
                        previousOfRow[i] = line[1];
                        queue.add(new int[] {0, i});
                    }
                }
            } else {
                for (int j = 0; j < columns; j++) {
                    if (table.isSuppressed(line[1], j) && !(line[1] == r && j == c) && previousOfColumn[j] == -2) {
                        previousOfColumn[j] = line[1];
                        queue.add(new int[] {1, j});
                    }
                }
            }
        }
        assertThat(previousOfRow[r]).as("cell %d,%d lies on a cycle", r, c).isNotEqualTo(-2);
        List<int[]> cycle = new ArrayList<>();
        cycle.add(new int[] {r, c});
        int row = r;
        while (true) {
            int column = previousOfRow[row];
            cycle.add(new int[] {row, column});
            int nextRow = previousOfColumn[column];
            if (nextRow == -1) {
                break;
            }
            cycle.add(new int[] {nextRow, column});
            row = nextRow;
        }
        for (int sign : new int[] {1, -1}) {
            long[][] other = Arrays.stream(full).map(long[]::clone).toArray(long[][]::new);
            boolean ok = true;
            for (int k = 0; k < cycle.size(); k++) {
                int[] cell = cycle.get(k);
                // In the extended table a total sits on the other side of its equation: flip its sign.
                int flip = (cell[0] == rows - 1 ? -1 : 1) * (cell[1] == columns - 1 ? -1 : 1);
                other[cell[0]][cell[1]] += (long) sign * flip * (k % 2 == 0 ? 1 : -1);
                ok &= other[cell[0]][cell[1]] >= 0;
            }
            if (ok) {
                return other;
            }
        }
        throw new AssertionError("no non-negative alternative around the cycle of " + r + "," + c);
    }

    private static void assertConsistent(SuppressedTable table, long[][] full, long[][] other) {
        int rows = full.length;
        int columns = full[0].length;
        for (int i = 0; i < rows; i++) {
            long sum = 0;
            for (int j = 0; j < columns - 1; j++) {
                sum += other[i][j];
            }
            assertThat(sum).isEqualTo(other[i][columns - 1]);
        }
        for (int j = 0; j < columns; j++) {
            long sum = 0;
            for (int i = 0; i < rows - 1; i++) {
                sum += other[i][j];
            }
            assertThat(sum).isEqualTo(other[rows - 1][j]);
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (!table.isSuppressed(i, j)) {
                    assertThat(other[i][j]).isEqualTo(full[i][j]);
                }
            }
        }
    }
}
