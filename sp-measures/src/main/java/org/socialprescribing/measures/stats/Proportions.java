package org.socialprescribing.measures.stats;

import org.hipparchus.stat.interval.BinomialProportion;
import org.hipparchus.stat.interval.ConfidenceInterval;
import org.socialprescribing.model.InvalidValueException;

/**
 * Shares with confidence intervals: the Wilson score interval (Wilson 1927; recommended for proportions by Newcombe
 * 1998 and used by the ONS), computed by Hipparchus's {@code BinomialProportion}. Counts merge by addition, so a
 * distributed job sums the counts and calls this once.
 */
public final class Proportions {

    private static final double LEVEL = 0.95;

    private Proportions() {}

    /**
     * The share {@code count / n} with its 95% Wilson interval.
     *
     * @param count how many have the property, 0..n
     * @param n how many there are, 1 or more (at most {@link Integer#MAX_VALUE})
     * @return the share and its interval, never null
     * @throws InvalidValueException if n is below 1 or too large, or the count is outside 0..n
     */
    public static Estimate wilson(long count, long n) {
        if (n < 1 || n > Integer.MAX_VALUE || count < 0 || count > n) {
            throw new InvalidValueException("share", count + " of " + n, "needs 0 <= count <= n and n >= 1");
        }
        double p = (double) count / n;
        ConfidenceInterval ci = BinomialProportion.getWilsonScoreInterval((int) n, p, LEVEL);
        // Hipparchus works in doubles: keep the limits inside [0, 1] and around the share.
        double lower = Math.max(0, Math.min(p, ci.getLowerBound()));
        double upper = Math.min(1, Math.max(p, ci.getUpperBound()));
        return new Estimate(p, lower, upper, LEVEL);
    }
}
