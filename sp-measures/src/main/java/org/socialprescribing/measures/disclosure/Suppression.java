package org.socialprescribing.measures.disclosure;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.socialprescribing.model.InvalidValueException;

/**
 * Protects a two-way table of counts for publication, with its row, column and grand totals.
 *
 * <p><b>Model.</b> The table is extended with its totals to (R + 1) x (C + 1) cells; every line of the extended
 * table (a row with its total, a column with its total) obeys one published equation. The suppressed cells form a
 * bipartite graph between lines (row r and column c joined by cell (r, c)). A suppressed cell's value is fixed by the
 * equations exactly when its edge lies on no cycle of that graph; when it lies on a cycle of cells that are all
 * positive, adding and subtracting 1 alternately around the cycle gives another table of non-negative counts with
 * the same published cells and totals, so the hidden value cannot be recovered.
 *
 * <p><b>Method.</b>
 *
 * <ol>
 *   <li>Primary: every cell or total from 1 to {@code minimumCount - 1} is suppressed.
 *   <li>Secondary, repeated until nothing changes: a line with exactly one suppressed cell gets another, its smallest
 *       positive published cell (preferring one whose other line already has a suppression); a suppressed cell that
 *       lies on no cycle gets a cycle, by suppressing the smallest positive cell that joins the two sides of the
 *       graph the cell separates.
 *   <li>If no positive cell is left to suppress, the whole table is withheld (every cell suppressed).
 *   <li>Published counts are rounded when the policy asks (the true totals are rounded, not the sums of rounded
 *       cells).
 * </ol>
 *
 * Zeros are never suppressed except when the whole table is withheld.
 */
public final class Suppression {

    /** The most cells (with totals) a table may have. */
    public static final int MAX_CELLS = 1 << 20;

    private Suppression() {}

    /**
     * Protects a table.
     *
     * @param counts the counts, {@code counts[row][column]}, rectangular, at least 1 x 1, each non-negative, not null
     * @param policy the policy, not null
     * @return the protected table, never null
     * @throws InvalidValueException if the table is empty, ragged, too large, has a negative count or its totals
     *     overflow
     */
    public static SuppressedTable apply(long[][] counts, SuppressionPolicy policy) {
        long[][] extended = extend(counts);
        int rows = extended.length;
        int columns = extended[0].length;
        SuppressedTable.Reason[][] reasons = new SuppressedTable.Reason[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long v = extended[r][c];
                reasons[r][c] = v > 0 && v < policy.minimumCountValue()
                        ? SuppressedTable.Reason.PRIMARY
                        : SuppressedTable.Reason.PUBLISHED;
            }
        }
        if (!secondary(extended, reasons)) {
            for (SuppressedTable.Reason[] row : reasons) {
                Arrays.fill(row, SuppressedTable.Reason.WITHHELD);
            }
        }
        return new SuppressedTable(extended, reasons, policy);
    }

    private static long[][] extend(long[][] counts) {
        if (counts.length == 0 || counts[0] == null || counts[0].length == 0) {
            throw new InvalidValueException("counts", "a table needs at least one row and one column");
        }
        int rows = counts.length;
        int columns = counts[0].length;
        if ((long) (rows + 1) * (columns + 1) > MAX_CELLS) {
            throw new InvalidValueException("counts", rows + " x " + columns, "is larger than " + MAX_CELLS + " cells");
        }
        long[][] extended = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (counts[r] == null || counts[r].length != columns) {
                throw new InvalidValueException("counts[" + r + "]", "every row needs " + columns + " columns");
            }
            for (int c = 0; c < columns; c++) {
                long v = counts[r][c];
                if (v < 0) {
                    throw new InvalidValueException("counts[" + r + "][" + c + "]", String.valueOf(v), "is negative");
                }
                extended[r][c] = v;
                try {
                    extended[r][columns] = Math.addExact(extended[r][columns], v);
                    extended[rows][c] = Math.addExact(extended[rows][c], v);
                    extended[rows][columns] = Math.addExact(extended[rows][columns], v);
                } catch (ArithmeticException e) {
                    throw new InvalidValueException("counts", "the totals are larger than a long");
                }
            }
        }
        return extended;
    }

    /** Adds secondary suppressions until every suppressed cell is protected; false if that is impossible. */
    private static boolean secondary(long[][] v, SuppressedTable.Reason[][] reasons) {
        int rows = v.length;
        int columns = v[0].length;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                if (countInRow(reasons, r) == 1) {
                    int c = cheapestInRow(v, reasons, r);
                    if (c < 0) {
                        return false;
                    }
                    reasons[r][c] = SuppressedTable.Reason.SECONDARY;
                    changed = true;
                }
            }
            for (int c = 0; c < columns; c++) {
                if (countInColumn(reasons, c) == 1) {
                    int r = cheapestInColumn(v, reasons, c);
                    if (r < 0) {
                        return false;
                    }
                    reasons[r][c] = SuppressedTable.Reason.SECONDARY;
                    changed = true;
                }
            }
            if (changed) {
                continue;
            }
            for (int r = 0; r < rows && !changed; r++) {
                for (int c = 0; c < columns && !changed; c++) {
                    if (reasons[r][c].isSuppressed() && !onCycle(reasons, r, c)) {
                        if (!joinSides(v, reasons, r, c)) {
                            return false;
                        }
                        changed = true;
                    }
                }
            }
        }
        return true;
    }

    private static int countInRow(SuppressedTable.Reason[][] reasons, int r) {
        int n = 0;
        for (SuppressedTable.Reason reason : reasons[r]) {
            n += reason.isSuppressed() ? 1 : 0;
        }
        return n;
    }

    private static int countInColumn(SuppressedTable.Reason[][] reasons, int c) {
        int n = 0;
        for (SuppressedTable.Reason[] row : reasons) {
            n += row[c].isSuppressed() ? 1 : 0;
        }
        return n;
    }

    private static int cheapestInRow(long[][] v, SuppressedTable.Reason[][] reasons, int r) {
        int best = -1;
        for (int c = 0; c < v[r].length; c++) {
            if (!reasons[r][c].isSuppressed()
                    && v[r][c] > 0
                    && better(
                            v[r][c],
                            countInColumn(reasons, c),
                            best < 0 ? Long.MAX_VALUE : v[r][best],
                            best < 0 ? 0 : countInColumn(reasons, best))) {
                best = c;
            }
        }
        return best;
    }

    private static int cheapestInColumn(long[][] v, SuppressedTable.Reason[][] reasons, int c) {
        int best = -1;
        for (int r = 0; r < v.length; r++) {
            if (!reasons[r][c].isSuppressed()
                    && v[r][c] > 0
                    && better(
                            v[r][c],
                            countInRow(reasons, r),
                            best < 0 ? Long.MAX_VALUE : v[best][c],
                            best < 0 ? 0 : countInRow(reasons, best))) {
                best = r;
            }
        }
        return best;
    }

    /** Smaller values first; among equal values, one whose crossing line already has a suppression. */
    private static boolean better(long value, int crossing, long bestValue, int bestCrossing) {
        return value < bestValue || (value == bestValue && crossing > 0 && bestCrossing == 0);
    }

    /** Whether cell (r, c) lies on a cycle: row r and column c stay connected without it. */
    private static boolean onCycle(SuppressedTable.Reason[][] reasons, int r, int c) {
        boolean[][] seen = reach(reasons, r, c, 0, r);
        return seen[1][c];
    }

    /**
     * The lines reachable from a start line (kind 0 a row, 1 a column) through suppressed cells other than (r, c):
     * {@code seen[0]} rows, {@code seen[1]} columns.
     */
    private static boolean[][] reach(SuppressedTable.Reason[][] reasons, int r, int c, int kind, int start) {
        int rows = reasons.length;
        int columns = reasons[0].length;
        boolean[][] seen = {new boolean[rows], new boolean[columns]};
        Deque<int[]> queue = new ArrayDeque<>();
        seen[kind][start] = true;
        queue.add(new int[] {kind, start});
        while (!queue.isEmpty()) {
            int[] line = queue.poll();
            if (line[0] == 0) {
                for (int j = 0; j < columns; j++) {
                    if (reasons[line[1]][j].isSuppressed() && !(line[1] == r && j == c) && !seen[1][j]) {
                        seen[1][j] = true;
                        queue.add(new int[] {1, j});
                    }
                }
            } else {
                for (int i = 0; i < rows; i++) {
                    if (reasons[i][line[1]].isSuppressed() && !(i == r && line[1] == c) && !seen[0][i]) {
                        seen[0][i] = true;
                        queue.add(new int[] {0, i});
                    }
                }
            }
        }
        return seen;
    }

    /**
     * Puts bridge (r, c) on a cycle: suppresses the smallest positive cell joining a row on column c's side with a
     * column on row r's side.
     */
    private static boolean joinSides(long[][] v, SuppressedTable.Reason[][] reasons, int r, int c) {
        boolean[][] rowSide = reach(reasons, r, c, 0, r);
        boolean[][] columnSide = reach(reasons, r, c, 1, c);
        int bestRow = -1;
        int bestColumn = -1;
        for (int i = 0; i < v.length; i++) {
            if (!columnSide[0][i]) {
                continue; // only rows on column c's side
            }
            for (int j = 0; j < v[0].length; j++) {
                if (rowSide[1][j]
                        && !reasons[i][j].isSuppressed()
                        && v[i][j] > 0
                        && (bestRow < 0 || v[i][j] < v[bestRow][bestColumn])) {
                    bestRow = i;
                    bestColumn = j;
                }
            }
        }
        if (bestRow < 0) {
            return false;
        }
        reasons[bestRow][bestColumn] = SuppressedTable.Reason.SECONDARY;
        return true;
    }
}
