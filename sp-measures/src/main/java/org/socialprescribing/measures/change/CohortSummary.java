package org.socialprescribing.measures.change;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * Paired change across a cohort for one score component (see {@link Cohorts} for the formulas): n, baseline and
 * follow-up mean and sample SD, mean paired change with its 95% confidence interval (t distribution, n - 1 degrees
 * of freedom), the paired effect size Cohen's d<sub>z</sub>, the counts improved / unchanged / deteriorated by a
 * named threshold, and the band transition table. Statistics that need two or more people (SDs, interval, effect
 * size) are empty for a cohort of one; the effect size is empty when every change is the same.
 */
@Value.Immutable
@SpStyle
public abstract class CohortSummary {

    /** @return the instrument, never null */
    public abstract InstrumentId instrumentId();

    /** @return the component summarised, e.g. {@code metric}, never null */
    public abstract String component();

    /** @return the number of people with both a baseline and a follow-up score, at least 1 */
    public abstract int n();

    /** @return the mean baseline score */
    public abstract double baselineMean();

    /** @return the sample SD of baseline scores (n - 1 denominator), if n is at least 2 */
    public abstract OptionalDouble baselineSd();

    /** @return the mean follow-up score */
    public abstract double followUpMean();

    /** @return the sample SD of follow-up scores, if n is at least 2 */
    public abstract OptionalDouble followUpSd();

    /** @return the mean of the paired changes (follow-up minus baseline) */
    public abstract double meanChange();

    /** @return the sample SD of the paired changes, if n is at least 2 */
    public abstract OptionalDouble changeSd();

    /** @return the 95% confidence interval of the mean change, if n is at least 2 */
    public abstract Optional<ConfidenceInterval> meanChangeCi();

    /** @return Cohen's d<sub>z</sub> = mean change / SD of change, if n is at least 2 and the SD is not zero */
    public abstract OptionalDouble effectSizeDz();

    /** @return the threshold that classified each change, if one was given */
    public abstract Optional<ChangeThreshold> threshold();

    /** @return how many improved by the threshold (0 without one) */
    public abstract int improved();

    /** @return how many were unchanged by the threshold (0 without one) */
    public abstract int unchanged();

    /** @return how many deteriorated by the threshold (0 without one) */
    public abstract int deteriorated();

    /** @return the band transitions, ordered by baseline then follow-up band code; empty if unbanded */
    public abstract List<BandTransition> bandTransitions();

    /** @return the share who improved, 0..1, if a threshold was given */
    public OptionalDouble shareImproved() {
        return share(improved());
    }

    /** @return the share who were unchanged, 0..1, if a threshold was given */
    public OptionalDouble shareUnchanged() {
        return share(unchanged());
    }

    /** @return the share who deteriorated, 0..1, if a threshold was given */
    public OptionalDouble shareDeteriorated() {
        return share(deteriorated());
    }

    private OptionalDouble share(int count) {
        return threshold().isPresent() ? OptionalDouble.of((double) count / n()) : OptionalDouble.empty();
    }
}
