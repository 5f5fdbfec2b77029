package org.socialprescribing.measures.change;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.socialprescribing.measures.stats.ChangeHistogram;
import org.socialprescribing.measures.stats.EffectSizes;
import org.socialprescribing.measures.stats.Estimate;
import org.socialprescribing.measures.stats.PairedMoments;
import org.socialprescribing.measures.stats.PairedTTest;
import org.socialprescribing.measures.stats.Proportions;
import org.socialprescribing.measures.stats.SignedRankTest;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * Paired change across a cohort for one score component (see {@link Cohorts} for the formulas): n, baseline and
 * follow-up mean and sample SD, mean paired change with its 95% confidence interval (t distribution, n - 1 degrees
 * of freedom), the paired effect size Cohen's d<sub>z</sub>, the counts improved / unchanged / deteriorated by a
 * named threshold, and the band transition table. Statistics that need two or more people (SDs, interval, effect
 * size) are empty for a cohort of one; the effect size is empty when every change is the same.
 *
 * <p>The tests and further effect sizes ({@link #tTest}, {@link #wilcoxon}, {@link #dz}, {@link #dav}, {@link
 * #baselineSdEffect}, {@link #hedgesGav}, the Wilson intervals of the shares) are computed from the cohort's {@link
 * #moments()} and {@link #changes()} with the {@code org.socialprescribing.measures.stats} functions, whose formulas
 * and sources are in {@code docs/measures.md}.
 */
@Value.Immutable
@SpStyle
public abstract class CohortSummary implements WithCohortSummary {

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

    /** @return the paired moments of the cohort (mergeable), never null */
    public abstract PairedMoments moments();

    /** @return the exact distribution of the changes (mergeable), never null */
    public abstract ChangeHistogram changes();

    /** @return the reliable change index used, if the component has a sourced SEM and one was given */
    public abstract Optional<ReliableChange> reliableChange();

    /** @return how many changed reliably in the better direction (0 without a reliable change index) */
    public abstract int reliablyImproved();

    /** @return how many changed reliably in the worse direction (0 without a reliable change index) */
    public abstract int reliablyDeteriorated();

    /**
     * How many of the compared people were in each band at baseline (ONS-style distributions; their shares and
     * Wilson intervals come from {@link Proportions#wilson}). People whose scores are unbanded are not counted.
     *
     * @return the count per baseline band code, by code, never null
     */
    public Map<String, Integer> baselineBandCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        bandTransitions().forEach(t -> counts.merge(t.from(), t.count(), Integer::sum));
        return counts;
    }

    /**
     * How many of the compared people were in each band at follow-up.
     *
     * @return the count per follow-up band code, by code, never null
     */
    public Map<String, Integer> followUpBandCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        bandTransitions().forEach(t -> counts.merge(t.to(), t.count(), Integer::sum));
        return counts;
    }

    /** @return the paired t-test, if there are two people and the changes vary */
    public Optional<PairedTTest.Result> tTest() {
        return PairedTTest.test(moments());
    }

    /** @return the Wilcoxon signed-rank test, if some change is not zero */
    public Optional<SignedRankTest.Result> wilcoxon() {
        return SignedRankTest.test(changes());
    }

    /** @return Cohen's d<sub>z</sub> with its 95% interval, if defined */
    public Optional<Estimate> dz() {
        return EffectSizes.dz(moments());
    }

    /** @return d<sub>av</sub> (average-variance standardiser) with its 95% interval, if defined */
    public Optional<Estimate> dav() {
        return EffectSizes.dav(moments());
    }

    /** @return the mean change divided by the baseline SD, with its 95% interval, if defined */
    public Optional<Estimate> baselineSdEffect() {
        return EffectSizes.baselineSd(moments());
    }

    /** @return Hedges' g<sub>av</sub> with its 95% interval, if defined */
    public Optional<Estimate> hedgesGav() {
        return EffectSizes.hedgesGav(moments());
    }

    /**
     * A share by the threshold with its 95% Wilson interval.
     *
     * @param category improved, unchanged or deteriorated, not null
     * @return the share and interval, if a threshold was given
     */
    public Optional<Estimate> shareWithInterval(ChangeCategory category) {
        if (threshold().isEmpty()) {
            return Optional.empty();
        }
        int count = category == ChangeCategory.IMPROVED
                ? improved()
                : category == ChangeCategory.UNCHANGED ? unchanged() : deteriorated();
        return Optional.of(Proportions.wilson(count, n()));
    }

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

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code CohortSummary} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code CohortSummary}'s rules say.
     */
    public static final class Builder extends ImmutableCohortSummary.Builder {
        Builder() {}
    }
}
