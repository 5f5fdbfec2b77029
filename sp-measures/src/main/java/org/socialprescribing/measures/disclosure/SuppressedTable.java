package org.socialprescribing.measures.disclosure;

import java.util.OptionalLong;

/**
 * A table protected for publication by {@link Suppression#apply}: its cells and totals as they may be published,
 * each suppressed cell marked {@value #MARK} with the reason. Cells are addressed {@code (row, column)}; row {@link
 * #rows()} is the column totals, column {@link #columns()} the row totals, and their crossing the grand total.
 * Immutable. The true counts are not exposed.
 */
public final class SuppressedTable {

    /** How a suppressed cell is shown: the Government Analysis Function's symbol for confidential values. */
    public static final String MARK = "[c]";

    /** Why a cell is or is not published. */
    public enum Reason {
        /** Published. */
        PUBLISHED,
        /** Suppressed: the count is below the policy's minimum. */
        PRIMARY,
        /** Suppressed so that a primary cell cannot be worked out from the totals. */
        SECONDARY,
        /** Suppressed because no pattern of suppressions could protect the table: nothing is published. */
        WITHHELD;

        /** @return true unless published */
        public boolean isSuppressed() {
            return this != PUBLISHED;
        }
    }

    private final long[][] values;
    private final Reason[][] reasons;
    private final SuppressionPolicy policy;

    SuppressedTable(long[][] values, Reason[][] reasons, SuppressionPolicy policy) {
        this.values = values;
        this.reasons = reasons;
        this.policy = policy;
    }

    /** @return the number of data rows (without the totals row) */
    public int rows() {
        return values.length - 1;
    }

    /** @return the number of data columns (without the totals column) */
    public int columns() {
        return values[0].length - 1;
    }

    /** @return the policy applied, never null */
    public SuppressionPolicy policy() {
        return policy;
    }

    /**
     * Why a cell is or is not published.
     *
     * @param row the row, {@code 0..rows()} ({@code rows()} is the totals row)
     * @param column the column, {@code 0..columns()} ({@code columns()} is the totals column)
     * @return the reason, never null
     * @throws IndexOutOfBoundsException if the cell is outside the table
     */
    public Reason reason(int row, int column) {
        return reasons[row][column];
    }

    /**
     * Whether a cell is suppressed.
     *
     * @param row the row, {@code 0..rows()}
     * @param column the column, {@code 0..columns()}
     * @return true if suppressed
     * @throws IndexOutOfBoundsException if the cell is outside the table
     */
    public boolean isSuppressed(int row, int column) {
        return reasons[row][column].isSuppressed();
    }

    /**
     * The published value of a cell: the count, rounded if the policy rounds.
     *
     * @param row the row, {@code 0..rows()}
     * @param column the column, {@code 0..columns()}
     * @return the value, or empty if suppressed
     * @throws IndexOutOfBoundsException if the cell is outside the table
     */
    public OptionalLong published(int row, int column) {
        if (reasons[row][column].isSuppressed()) {
            return OptionalLong.empty();
        }
        long v = values[row][column];
        if (policy.roundingBase().isEmpty()) {
            return OptionalLong.of(v);
        }
        long base = policy.roundingBase().getAsInt();
        return OptionalLong.of((v + base / 2) / base * base);
    }

    /**
     * A cell as text for a published table: the value, or {@value #MARK} when suppressed.
     *
     * @param row the row, {@code 0..rows()}
     * @param column the column, {@code 0..columns()}
     * @return the text, never null
     * @throws IndexOutOfBoundsException if the cell is outside the table
     */
    public String cell(int row, int column) {
        OptionalLong value = published(row, column);
        return value.isPresent() ? Long.toString(value.getAsLong()) : MARK;
    }

    /** @return how many cells (totals included) are suppressed */
    public int suppressedCount() {
        int n = 0;
        for (Reason[] row : reasons) {
            for (Reason reason : row) {
                n += reason.isSuppressed() ? 1 : 0;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "SuppressedTable[" + rows() + " x " + columns() + ", " + suppressedCount() + " suppressed, " + policy
                + "]";
    }
}
