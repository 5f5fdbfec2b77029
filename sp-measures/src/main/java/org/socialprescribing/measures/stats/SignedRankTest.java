package org.socialprescribing.measures.stats;

import java.util.Optional;
import java.util.TreeMap;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The Wilcoxon signed-rank test of paired changes against a median change of zero (Wilcoxon 1945), two-sided,
 * computed from a {@link ChangeHistogram}.
 *
 * <ul>
 *   <li><b>Zeros</b>: changes of exactly zero are dropped before ranking (Wilcoxon's own rule, the default of R's
 *       {@code wilcox.test} and of SciPy's {@code wilcoxon}, {@code zero_method="wilcox"}); their number is reported.
 *   <li><b>Ties</b>: equal absolute changes share the mean of their ranks.
 *   <li><b>Statistic</b>: V, the sum of the ranks of the positive changes (R's {@code V}).
 *   <li><b>p-value</b>: exact (the null distribution of V by counting subsets of ranks) when at most 50 non-zero
 *       changes remain and none are tied; otherwise the normal approximation with the tie-corrected variance
 *       n(n+1)(2n+1)/24 - sum(t^3 - t)/48 and a continuity correction of 0.5 towards the mean, as R's {@code
 *       wilcox.test} does by default.
 * </ul>
 *
 * Hand-written rather than Hipparchus's {@code WilcoxonSignedRankTest}, which needs every value in an array (a cohort
 * split across machines cannot merge that) and does not document its handling of zeros and ties.
 */
public final class SignedRankTest {

    /** The largest number of non-zero changes for which the exact distribution is used. */
    public static final int EXACT_LIMIT = 50;

    private static final NormalDistribution NORMAL = new NormalDistribution();

    /** How the p-value was computed. */
    public enum Method {
        /** The exact null distribution of V. */
        EXACT,
        /** The normal approximation with tie and continuity corrections. */
        NORMAL_APPROXIMATION
    }

    /**
     * The result of the test.
     *
     * @param n the number of non-zero changes ranked
     * @param zeros the number of zero changes dropped
     * @param v the sum of the ranks of the positive changes
     * @param z the standardised statistic with the continuity correction (NaN for the exact method)
     * @param pValue the two-sided p-value
     * @param method how the p-value was computed
     */
    public record Result(long n, long zeros, double v, double z, double pValue, Method method) {}

    private SignedRankTest() {}

    /**
     * Runs the test.
     *
     * @param changes the paired changes, not null
     * @return the result, or empty when no change is non-zero (or every non-zero change is tied at one value and the
     *     approximation has no variance)
     */
    public static Optional<Result> test(ChangeHistogram changes) {
        long zeros = 0;
        long n = 0;
        // Group the non-zero values by absolute value: combine v and -v.
        TreeMap<Long, long[]> byAbsolute = new TreeMap<>();
        for (int i = 0; i < changes.distinctValues(); i++) {
            long value = changes.value(i);
            long count = changes.count(i);
            if (value == 0) {
                zeros += count;
                continue;
            }
            n += count;
            long[] split = byAbsolute.computeIfAbsent(Math.abs(value), k -> new long[2]);
            split[value > 0 ? 0 : 1] += count;
        }
        if (n == 0) {
            return Optional.empty();
        }
        double v = 0;
        double tieTerm = 0;
        long below = 0;
        for (long[] split : byAbsolute.values()) {
            long t = split[0] + split[1];
            double meanRank = below + (t + 1) / 2.0;
            v += meanRank * split[0];
            double td = t;
            tieTerm += td * td * td - td;
            below += t;
        }
        if (n <= EXACT_LIMIT && tieTerm == 0) {
            return Optional.of(new Result(n, zeros, v, Double.NaN, exactP((int) n, (long) v), Method.EXACT));
        }
        double nd = n;
        double mean = nd * (nd + 1) / 4;
        double variance = nd * (nd + 1) * (2 * nd + 1) / 24 - tieTerm / 48;
        if (variance <= 0) {
            return Optional.empty();
        }
        double z = (v - mean - 0.5 * Math.signum(v - mean)) / Math.sqrt(variance);
        double p = Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
        return Optional.of(new Result(n, zeros, v, z, p, Method.NORMAL_APPROXIMATION));
    }

    /** Two-sided exact p: 2 x the smaller tail of the null distribution of V at the observed value, capped at 1. */
    private static double exactP(int n, long v) {
        int max = n * (n + 1) / 2;
        // ways[s]: the number of subsets of ranks 1..n whose sum is s (doubles: 2^50 subsets fit exactly).
        double[] ways = new double[max + 1];
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int s = max; s >= rank; s--) {
                ways[s] += ways[s - rank];
            }
        }
        double total = Math.pow(2, n);
        double lower = 0;
        double upper = 0;
        for (int s = 0; s <= max; s++) {
            if (s <= v) {
                lower += ways[s];
            }
            if (s >= v) {
                upper += ways[s];
            }
        }
        return Math.min(1, 2 * Math.min(lower, upper) / total);
    }
}
