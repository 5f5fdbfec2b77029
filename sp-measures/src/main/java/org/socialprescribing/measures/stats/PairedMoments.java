package org.socialprescribing.measures.stats;

import org.socialprescribing.model.InvalidValueException;

/**
 * Sufficient statistics of paired measurements (baseline x, follow-up y, change d = y - x): the count, the three
 * means, the sums of squared deviations of x, y and d, and the co-moment of x and y. Immutable; two values built on
 * separate parts of a cohort {@linkplain #merge merge} into the value of the whole (the pairwise update of Chan,
 * Golub and LeVeque 1979), so a distributed job gets the same moments as one pass. Means and deviations are updated
 * one value at a time (Welford 1962), which keeps them accurate for long inputs.
 */
public final class PairedMoments {

    private static final PairedMoments EMPTY = new PairedMoments(0, 0, 0, 0, 0, 0, 0, 0);

    private final long n;
    private final double meanX;
    private final double meanY;
    private final double meanD;
    private final double m2x;
    private final double m2y;
    private final double m2d;
    private final double cxy;

    private PairedMoments(
            long n, double meanX, double meanY, double meanD, double m2x, double m2y, double m2d, double cxy) {
        this.n = n;
        this.meanX = meanX;
        this.meanY = meanY;
        this.meanD = meanD;
        this.m2x = m2x;
        this.m2y = m2y;
        this.m2d = m2d;
        this.cxy = cxy;
    }

    /** @return the moments of no pair at all, never null */
    public static PairedMoments empty() {
        return EMPTY;
    }

    /**
     * The moments of pairs given as two arrays of equal length.
     *
     * @param baseline the baseline values, finite, not null
     * @param followUp the follow-up values, one per baseline value, finite, not null
     * @return the moments, never null
     * @throws InvalidValueException if the lengths differ or a value is not finite
     */
    public static PairedMoments of(double[] baseline, double[] followUp) {
        if (baseline.length != followUp.length) {
            throw new InvalidValueException(
                    "followUp", String.valueOf(followUp.length), "must have one value per baseline value");
        }
        Accumulator accumulator = new Accumulator();
        for (int i = 0; i < baseline.length; i++) {
            accumulator.add(baseline[i], followUp[i]);
        }
        return accumulator.toMoments();
    }

    /**
     * A mutable accumulator of pairs, for callers that stream values; not thread-safe (use one per thread and
     * {@linkplain PairedMoments#merge merge} the results).
     */
    public static final class Accumulator {
        private long n;
        private double meanX;
        private double meanY;
        private double meanD;
        private double m2x;
        private double m2y;
        private double m2d;
        private double cxy;

        /** Creates an empty accumulator. */
        public Accumulator() {}

        /**
         * Adds one pair.
         *
         * @param baseline the baseline value, finite
         * @param followUp the follow-up value, finite
         * @return this accumulator
         * @throws InvalidValueException if a value is not finite
         */
        public Accumulator add(double baseline, double followUp) {
            if (!Double.isFinite(baseline) || !Double.isFinite(followUp)) {
                throw new InvalidValueException("pair", baseline + ", " + followUp, "values must be finite");
            }
            n++;
            double dx = baseline - meanX;
            double dy = followUp - meanY;
            double d = followUp - baseline;
            double dd = d - meanD;
            meanX += dx / n;
            meanY += dy / n;
            meanD += dd / n;
            m2x += dx * (baseline - meanX);
            m2y += dy * (followUp - meanY);
            m2d += dd * (d - meanD);
            cxy += dx * (followUp - meanY);
            return this;
        }

        /** @return the moments of the pairs added so far, never null */
        public PairedMoments toMoments() {
            return n == 0 ? EMPTY : new PairedMoments(n, meanX, meanY, meanD, m2x, m2y, m2d, cxy);
        }
    }

    /**
     * The moments of this cohort and another together.
     *
     * @param other the other part of the cohort, not null
     * @return the merged moments, never null
     */
    public PairedMoments merge(PairedMoments other) {
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            return other;
        }
        long total = n + other.n;
        double weight = (double) n * other.n / total;
        double dx = other.meanX - meanX;
        double dy = other.meanY - meanY;
        double dd = other.meanD - meanD;
        return new PairedMoments(
                total,
                meanX + dx * other.n / total,
                meanY + dy * other.n / total,
                meanD + dd * other.n / total,
                m2x + other.m2x + dx * dx * weight,
                m2y + other.m2y + dy * dy * weight,
                m2d + other.m2d + dd * dd * weight,
                cxy + other.cxy + dx * dy * weight);
    }

    /** @return the number of pairs */
    public long n() {
        return n;
    }

    /** @return the mean baseline value (0 when empty) */
    public double baselineMean() {
        return meanX;
    }

    /** @return the mean follow-up value (0 when empty) */
    public double followUpMean() {
        return meanY;
    }

    /** @return the mean change, follow-up minus baseline (0 when empty) */
    public double changeMean() {
        return meanD;
    }

    /** @return the sample variance of the baseline values (n - 1 denominator), NaN below 2 pairs */
    public double baselineVariance() {
        return variance(m2x);
    }

    /** @return the sample variance of the follow-up values, NaN below 2 pairs */
    public double followUpVariance() {
        return variance(m2y);
    }

    /** @return the sample variance of the changes, NaN below 2 pairs */
    public double changeVariance() {
        return variance(m2d);
    }

    /** @return the sample covariance of baseline and follow-up values, NaN below 2 pairs */
    public double covariance() {
        return variance(cxy);
    }

    /** @return the sum of squared deviations of the baseline values */
    public double baselineSumOfSquares() {
        return m2x;
    }

    /** @return the sum of squared deviations of the follow-up values */
    public double followUpSumOfSquares() {
        return m2y;
    }

    /** @return the sum of squared deviations of the changes */
    public double changeSumOfSquares() {
        return m2d;
    }

    /** @return the sum of the products of the baseline and follow-up deviations (the co-moment) */
    public double coMoment() {
        return cxy;
    }

    /**
     * Rebuilds moments from their parts, e.g. read back from a distributed aggregate.
     *
     * @param n the number of pairs, not negative
     * @param baselineMean the mean baseline value
     * @param followUpMean the mean follow-up value
     * @param changeMean the mean change
     * @param baselineSumOfSquares the baseline sum of squared deviations, not negative
     * @param followUpSumOfSquares the follow-up sum of squared deviations, not negative
     * @param changeSumOfSquares the change sum of squared deviations, not negative
     * @param coMoment the co-moment of baseline and follow-up
     * @return the moments, never null
     * @throws InvalidValueException if n or a sum of squares is negative, or a value is not finite
     */
    public static PairedMoments ofParts(
            long n,
            double baselineMean,
            double followUpMean,
            double changeMean,
            double baselineSumOfSquares,
            double followUpSumOfSquares,
            double changeSumOfSquares,
            double coMoment) {
        double[] all = {
            baselineMean,
            followUpMean,
            changeMean,
            baselineSumOfSquares,
            followUpSumOfSquares,
            changeSumOfSquares,
            coMoment
        };
        for (double value : all) {
            if (!Double.isFinite(value)) {
                throw new InvalidValueException("moments", String.valueOf(value), "must be finite");
            }
        }
        if (n < 0 || baselineSumOfSquares < 0 || followUpSumOfSquares < 0 || changeSumOfSquares < 0) {
            throw new InvalidValueException(
                    "moments", String.valueOf(n), "counts and sums of squares must not be negative");
        }
        return n == 0
                ? EMPTY
                : new PairedMoments(
                        n,
                        baselineMean,
                        followUpMean,
                        changeMean,
                        baselineSumOfSquares,
                        followUpSumOfSquares,
                        changeSumOfSquares,
                        coMoment);
    }

    private double variance(double sumOfSquares) {
        return n < 2 ? Double.NaN : sumOfSquares / (n - 1);
    }

    @Override
    public String toString() {
        return "PairedMoments[n=" + n + ", mean change=" + meanD + "]";
    }
}
