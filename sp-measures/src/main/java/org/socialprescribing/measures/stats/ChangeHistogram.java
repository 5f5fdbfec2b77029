package org.socialprescribing.measures.stats;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * How many people had each change value: the exact distribution of paired changes, a sufficient statistic for
 * rank tests such as {@link SignedRankTest}. Scores are on short discrete scales, so a cohort of millions has only
 * tens or hundreds of distinct changes; values are held unscaled ({@code 3.10} at scale 2 is {@code 310}) so that
 * ties are exact, never the accident of floating-point subtraction. Immutable; partial histograms {@linkplain
 * #merge merge}.
 */
public final class ChangeHistogram {

    private static final ChangeHistogram EMPTY = new ChangeHistogram(new long[0], new long[0]);

    /** Distinct unscaled changes, ascending. */
    private final long[] values;
    /** How many people had each value (each at least 1). */
    private final long[] counts;

    private ChangeHistogram(long[] values, long[] counts) {
        this.values = values;
        this.counts = counts;
    }

    /** @return the histogram of no change at all, never null */
    public static ChangeHistogram empty() {
        return EMPTY;
    }

    /**
     * The histogram of unscaled changes (all at one scale, e.g. hundredths for the SWEMWBS metric score).
     *
     * @param unscaledChanges the changes, not null
     * @return the histogram, never null
     */
    public static ChangeHistogram of(long... unscaledChanges) {
        TreeMap<Long, Long> counts = new TreeMap<>();
        for (long change : unscaledChanges) {
            counts.merge(change, 1L, Long::sum);
        }
        return of(counts);
    }

    /**
     * The histogram of exact decimal changes, unscaled at the largest scale among them.
     *
     * @param changes the changes, not null
     * @return the histogram, never null
     * @throws InvalidValueException if an unscaled change does not fit in a long
     */
    public static ChangeHistogram ofDecimals(Iterable<BigDecimal> changes) {
        int scale = 0;
        for (BigDecimal change : changes) {
            scale = Math.max(scale, change.scale());
        }
        TreeMap<Long, Long> counts = new TreeMap<>();
        for (BigDecimal change : changes) {
            try {
                counts.merge(change.setScale(scale).unscaledValue().longValueExact(), 1L, Long::sum);
            } catch (ArithmeticException e) {
                throw new InvalidValueException("change", change.toPlainString(), "is too large for a histogram");
            }
        }
        return of(counts);
    }

    /**
     * A histogram from value counts, e.g. read back from a distributed aggregate.
     *
     * @param counts the count of each unscaled change value, each positive, not null
     * @return the histogram, never null
     * @throws InvalidValueException if a count is not positive
     */
    public static ChangeHistogram of(Map<Long, Long> counts) {
        TreeMap<Long, Long> sorted = new TreeMap<>(counts);
        long[] values = new long[sorted.size()];
        long[] tallies = new long[sorted.size()];
        int i = 0;
        for (Map.Entry<Long, Long> entry : sorted.entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 1) {
                throw new InvalidValueException("counts", String.valueOf(entry.getValue()), "must be positive");
            }
            values[i] = entry.getKey();
            tallies[i++] = entry.getValue();
        }
        return values.length == 0 ? EMPTY : new ChangeHistogram(values, tallies);
    }

    /**
     * The histogram of this part of a cohort and another together.
     *
     * @param other the other part, not null
     * @return the merged histogram, never null
     */
    public ChangeHistogram merge(ChangeHistogram other) {
        TreeMap<Long, Long> merged = new TreeMap<>(asMap());
        other.asMap().forEach((value, count) -> merged.merge(value, count, Long::sum));
        return of(merged);
    }

    /** @return the count of each distinct unscaled change value, in ascending value order, never null */
    public Map<Long, Long> asMap() {
        TreeMap<Long, Long> map = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(values[i], counts[i]);
        }
        return map;
    }

    /** @return how many distinct change values there are */
    public int distinctValues() {
        return values.length;
    }

    /**
     * A distinct value, in ascending order.
     *
     * @param i the index, {@code 0..distinctValues()-1}
     * @return the unscaled value
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public long value(int i) {
        return values[i];
    }

    /**
     * How many people had a distinct value.
     *
     * @param i the index, {@code 0..distinctValues()-1}
     * @return the count, at least 1
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public long count(int i) {
        return counts[i];
    }

    /** @return the number of changes */
    public long n() {
        long n = 0;
        for (long count : counts) {
            n += count;
        }
        return n;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other
                || (other instanceof ChangeHistogram
                        && Arrays.equals(values, ((ChangeHistogram) other).values)
                        && Arrays.equals(counts, ((ChangeHistogram) other).counts));
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ChangeHistogram" + asMap();
    }
}
