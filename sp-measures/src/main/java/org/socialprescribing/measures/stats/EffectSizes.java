package org.socialprescribing.measures.stats;

import java.util.Optional;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Gamma;

/**
 * Standardised effect sizes of a paired change d = follow-up - baseline, each with a 95% confidence interval, from
 * {@link PairedMoments}. Intervals are the large-sample intervals of Bonett (2008, Psychol Methods 13:99-109),
 * estimate +/- z(0.975) x SE, as in Bonett's R package {@code statpsych} ({@code ci.stdmean1}, {@code
 * ci.stdmean.ps}). With n pairs, df = n - 1, v1 and v2 the baseline and follow-up variances, c their covariance and
 * v_d the variance of the changes:
 *
 * <ul>
 *   <li>{@link #dz}: Cohen's d<sub>z</sub> = mean(d) / SD(d) (Cohen 1988; Lakens 2013); SE = sqrt(d<sub>z</sub>^2 /
 *       (2 df) + 1 / df);
 *   <li>{@link #baselineSd}: mean(d) / SD(baseline), the effect size Shah et al. 2018 and Maheswaran et al. 2012
 *       report; SE = sqrt(d^2 / (2 df) + v_d / (df v1));
 *   <li>{@link #dav}: mean(d) / sqrt((v1 + v2) / 2), the average-variance standardiser (Bonett 2008's
 *       "unweighted standardizer"; Lakens's d<sub>av</sub> divides by the mean of the two SDs instead, which differs
 *       only when the SDs differ); SE = sqrt(d^2 (v1^2 + v2^2 + 2 c^2) / (8 df s^4) + v_d / (df s^2)), s^2 = (v1 +
 *       v2) / 2;
 *   <li>{@link #hedgesGav}: Hedges' g<sub>av</sub> = J x d<sub>av</sub>, with Hedges's (1981) exact small-sample
 *       correction J = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2)); its interval is J times d<sub>av</sub>'s, since
 *       Var(g) = J^2 Var(d) (Borenstein et al. 2009, ch. 4).
 * </ul>
 *
 * Each is empty when it is undefined: fewer than two pairs (three for g), or a standardiser of zero.
 */
public final class EffectSizes {

    private static final double LEVEL = 0.95;
    private static final double Z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - LEVEL) / 2);

    private EffectSizes() {}

    /**
     * Cohen's d<sub>z</sub>.
     *
     * @param m the paired moments, not null
     * @return the estimate with its 95% interval, or empty when undefined
     */
    public static Optional<Estimate> dz(PairedMoments m) {
        double vd = m.changeVariance();
        if (m.n() < 2 || !(vd > 0)) {
            return Optional.empty();
        }
        double df = m.n() - 1.0;
        double d = m.changeMean() / Math.sqrt(vd);
        return interval(d, Math.sqrt(d * d / (2 * df) + 1 / df));
    }

    /**
     * The mean change divided by the baseline SD.
     *
     * @param m the paired moments, not null
     * @return the estimate with its 95% interval, or empty when undefined
     */
    public static Optional<Estimate> baselineSd(PairedMoments m) {
        double v1 = m.baselineVariance();
        if (m.n() < 2 || !(v1 > 0)) {
            return Optional.empty();
        }
        double df = m.n() - 1.0;
        double d = m.changeMean() / Math.sqrt(v1);
        return interval(d, Math.sqrt(d * d / (2 * df) + m.changeVariance() / (df * v1)));
    }

    /**
     * d<sub>av</sub> with the average-variance standardiser.
     *
     * @param m the paired moments, not null
     * @return the estimate with its 95% interval, or empty when undefined
     */
    public static Optional<Estimate> dav(PairedMoments m) {
        double v1 = m.baselineVariance();
        double v2 = m.followUpVariance();
        double s2 = (v1 + v2) / 2;
        if (m.n() < 2 || !(s2 > 0)) {
            return Optional.empty();
        }
        double df = m.n() - 1.0;
        double c = m.covariance();
        double d = m.changeMean() / Math.sqrt(s2);
        double se = Math.sqrt(
                d * d * (v1 * v1 + v2 * v2 + 2 * c * c) / (8 * df * s2 * s2) + m.changeVariance() / (df * s2));
        return interval(d, se);
    }

    /**
     * Hedges' g<sub>av</sub>: d<sub>av</sub> with the exact small-sample correction.
     *
     * @param m the paired moments, not null
     * @return the estimate with its 95% interval, or empty when undefined (fewer than three pairs)
     */
    public static Optional<Estimate> hedgesGav(PairedMoments m) {
        if (m.n() < 3) {
            return Optional.empty();
        }
        double j = correction(m.n() - 1.0);
        return dav(m).map(d -> new Estimate(j * d.value(), j * d.lower(), j * d.upper(), d.level()));
    }

    /**
     * Hedges's exact small-sample correction factor.
     *
     * @param df the degrees of freedom, above 1
     * @return J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2))
     */
    public static double correction(double df) {
        return Math.exp(Gamma.logGamma(df / 2) - Gamma.logGamma((df - 1) / 2)) / Math.sqrt(df / 2);
    }

    private static Optional<Estimate> interval(double d, double se) {
        if (!Double.isFinite(d) || !Double.isFinite(se)) {
            return Optional.empty();
        }
        return Optional.of(new Estimate(d, d - Z * se, d + Z * se, LEVEL));
    }
}
