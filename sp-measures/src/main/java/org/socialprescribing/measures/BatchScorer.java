package org.socialprescribing.measures;

import java.util.Arrays;
import java.util.List;
import org.socialprescribing.model.InvalidValueException;

/**
 * Scores many responses held in one {@code int[]} without allocating per row, with exactly the rules of {@link
 * Scorer}. Item {@code i} of a row is the instrument's item {@code i + 1}; an unanswered item holds {@link #MISSING}
 * and an answer that was not an integer holds {@link #NOT_AN_INTEGER}. Two layouts are read:
 *
 * <ul>
 *   <li>{@linkplain #scoreRows rows}: row {@code r}'s item {@code i} at {@code answers[r * itemCount() + i]};
 *   <li>{@linkplain #scoreColumns columns}: item {@code i}'s answers in one block, row {@code r} at {@code
 *       answers[i * rowCount + r]} (e.g. CSV columns read in chunks).
 * </ul>
 *
 * Results go to a reusable {@link BatchScores} buffer from {@link #newScores}. Thread-safe; buffers are not.
 */
public final class BatchScorer {

    /** The code of an unanswered item. */
    public static final int MISSING = Integer.MIN_VALUE;

    /** The code of an answer that is not an integer; the row is reported invalid. */
    public static final int NOT_AN_INTEGER = Integer.MIN_VALUE + 1;

    private final Kernel kernel;

    BatchScorer(Kernel kernel) {
        this.kernel = kernel;
    }

    /** @return the instrument scored, never null */
    public Instrument instrument() {
        return kernel.instrument;
    }

    /** @return how many items (columns) a row has */
    public int itemCount() {
        return kernel.itemCount;
    }

    /** @return the item keys in column order, e.g. {@code wemwbs_1, ..., wemwbs_14}, never null */
    public List<String> itemKeys() {
        return List.of(kernel.itemKeys);
    }

    /**
     * Creates a buffer for up to {@code capacity} rows of this instrument's scores.
     *
     * @param capacity the number of rows, not negative
     * @return the buffer, never null
     * @throws InvalidValueException if the capacity is negative or too large for one buffer
     */
    public BatchScores newScores(int capacity) {
        return new BatchScores(kernel, capacity);
    }

    /**
     * Scores rows laid out one after another ({@code answers[r * itemCount() + i]}).
     *
     * @param answers the answer codes, at least {@code rowCount * itemCount()} of them, not null
     * @param rowCount the number of rows to score
     * @param out the buffer, from this scorer's {@link #newScores}, with room for {@code rowCount} rows
     * @throws InvalidValueException if the array is too short, the buffer too small or from another instrument
     */
    public void scoreRows(int[] answers, int rowCount, BatchScores out) {
        check(answers, rowCount, out);
        kernel.scoreAll(answers, rowCount, kernel.itemCount, 1, out);
    }

    /**
     * Scores rows laid out item by item ({@code answers[i * rowCount + r]}).
     *
     * @param answers the answer codes, at least {@code rowCount * itemCount()} of them, not null
     * @param rowCount the number of rows to score
     * @param out the buffer, from this scorer's {@link #newScores}, with room for {@code rowCount} rows
     * @throws InvalidValueException if the array is too short, the buffer too small or from another instrument
     */
    public void scoreColumns(int[] answers, int rowCount, BatchScores out) {
        check(answers, rowCount, out);
        kernel.scoreAll(answers, rowCount, 1, rowCount, out);
    }

    private void check(int[] answers, int rowCount, BatchScores out) {
        if (rowCount < 0) {
            throw new InvalidValueException("rowCount", String.valueOf(rowCount), "must not be negative");
        }
        if ((long) rowCount * kernel.itemCount > answers.length) {
            throw new InvalidValueException(
                    "answers",
                    String.valueOf(answers.length),
                    "holds fewer than " + rowCount + " rows of " + kernel.itemCount + " items");
        }
        if (out.kernel != kernel) {
            throw new InvalidValueException("out", "buffer belongs to another scorer");
        }
        if (out.capacity() < rowCount) {
            throw new InvalidValueException(
                    "out", String.valueOf(out.capacity()), "has room for fewer than " + rowCount + " rows");
        }
    }

    /**
     * Reads an answer cell into a code for the batch arrays without allocating: blank is {@link #MISSING}, an
     * optionally signed run of ASCII digits is its value (clamped to the int range, which no item accepts), and
     * anything else is {@link #NOT_AN_INTEGER}. Spaces around the number are ignored.
     *
     * @param text the cell, not null
     * @return the code
     */
    public static int parseAnswer(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end) {
            return MISSING;
        }
        boolean negative = text.charAt(start) == '-';
        if (negative || text.charAt(start) == '+') {
            start++;
        }
        if (start == end) {
            return NOT_AN_INTEGER;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_AN_INTEGER;
            }
            value = Math.min(value * 10 + (c - '0'), 1L << 32);
        }
        long signed = negative ? -value : value;
        return (int) Math.max(NOT_AN_INTEGER + 1, Math.min(Integer.MAX_VALUE, signed));
    }

    @Override
    public String toString() {
        return "BatchScorer[" + kernel.instrument.id() + ", items=" + Arrays.toString(kernel.itemKeys) + "]";
    }
}
