package org.socialprescribing.measures.stats;

import java.util.Optional;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The paired t-test of a mean change against zero (Student 1908), two-sided, from {@link PairedMoments}: t = mean(d)
 * / (SD(d) / sqrt(n)) with n - 1 degrees of freedom, and p = 2 P(T &gt; |t|) from Hipparchus's {@code
 * TDistribution}. The 95% interval of the mean change is mean(d) +/- t(0.975, n - 1) SD(d) / sqrt(n).
 */
public final class PairedTTest {

    /**
     * The result of the test.
     *
     * @param t the t statistic
     * @param df the degrees of freedom, n - 1
     * @param pValue the two-sided p-value
     * @param meanChange the mean change with its confidence interval
     */
    public record Result(double t, long df, double pValue, Estimate meanChange) {}

    private PairedTTest() {}

    /**
     * Runs the test at the 95% level.
     *
     * @param moments the paired moments, not null
     * @return the result, or empty below two pairs or when every change is the same (no variance)
     */
    public static Optional<Result> test(PairedMoments moments) {
        return test(moments, 0.95);
    }

    /**
     * Runs the test.
     *
     * @param moments the paired moments, not null
     * @param level the confidence level of the mean change's interval, in (0, 1)
     * @return the result, or empty below two pairs or when every change is the same (no variance)
     */
    public static Optional<Result> test(PairedMoments moments, double level) {
        long n = moments.n();
        double variance = moments.changeVariance();
        if (n < 2 || !(variance > 0)) {
            return Optional.empty();
        }
        TDistribution distribution = new TDistribution(n - 1.0);
        double se = Math.sqrt(variance / n);
        double t = moments.changeMean() / se;
        double p = Math.min(1, 2 * distribution.cumulativeProbability(-Math.abs(t)));
        double half = distribution.inverseCumulativeProbability(1 - (1 - level) / 2) * se;
        double mean = moments.changeMean();
        return Optional.of(new Result(t, n - 1, p, new Estimate(mean, mean - half, mean + half, level)));
    }
}
