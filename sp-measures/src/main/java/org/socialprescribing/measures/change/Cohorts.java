package org.socialprescribing.measures.change;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.StreamingStatistics;
import org.socialprescribing.measures.stats.ChangeHistogram;
import org.socialprescribing.measures.stats.PairedMoments;
import org.socialprescribing.model.InvalidValueException;

/**
 * Summarises paired changes across a cohort, overall or stratified by a caller-supplied key such as an IMD quintile,
 * ethnic category or age band.
 *
 * <p>Formulas, for n people with paired changes d<sub>i</sub> = follow-up<sub>i</sub> - baseline<sub>i</sub>:
 *
 * <ul>
 *   <li>means are arithmetic means; SDs are sample SDs with an n - 1 denominator (Hipparchus {@code
 *       StreamingStatistics});
 *   <li>95% CI of the mean change: mean(d) +/- t<sub>0.975, n-1</sub> x SD(d) / sqrt(n), with the t quantile from
 *       Hipparchus {@code TDistribution};
 *   <li>paired effect size Cohen's d<sub>z</sub> = mean(d) / SD(d) (Cohen 1988; Lakens 2013, Front Psychol 4:863). It
 *       is not comparable with the between-groups d, which divides by the SD of the scores.
 * </ul>
 */
public final class Cohorts {

    private static final double LEVEL = 0.95;

    private Cohorts() {}

    /**
     * Summarises one cohort.
     *
     * @param changes the people's changes, all of one instrument and component and judged by the same threshold (or
     *     none), not empty
     * @return the summary, never null
     * @throws InvalidValueException if the changes are empty or mix instruments, components or thresholds
     */
    public static CohortSummary summarise(Collection<PersonChange> changes) {
        return summarise(changes, Optional.empty());
    }

    /**
     * Summarises one cohort and counts reliable changes by a reliable change index (Jacobson and Truax 1991).
     *
     * @param changes the people's changes, as for {@link #summarise(Collection)}, not empty
     * @param reliableChange the index for the changes' component, if the component has a sourced SEM
     * @return the summary, never null
     * @throws InvalidValueException if the changes are empty, mix instruments, components or thresholds, or the index
     *     is for another component
     */
    public static CohortSummary summarise(Collection<PersonChange> changes, Optional<ReliableChange> reliableChange) {
        if (changes.isEmpty()) {
            throw new InvalidValueException("changes", "a cohort needs at least one person");
        }
        PersonChange first = changes.iterator().next();
        StreamingStatistics baseline = new StreamingStatistics();
        StreamingStatistics followUp = new StreamingStatistics();
        StreamingStatistics change = new StreamingStatistics();
        int[] categories = new int[ChangeCategory.values().length];
        int[] reliable = new int[ChangeCategory.values().length];
        PairedMoments.Accumulator moments = new PairedMoments.Accumulator();
        List<BigDecimal> differences = new ArrayList<>(changes.size());
        reliableChange.ifPresent(rc -> {
            if (!rc.component().equals(first.component())) {
                throw new InvalidValueException(
                        "reliableChange", rc.component(), "is for another component than " + first.component());
            }
        });
        Map<String, Map<String, Integer>> transitions = new TreeMap<>();
        for (PersonChange person : changes) {
            if (!person.instrumentId().equals(first.instrumentId())
                    || !person.component().equals(first.component())
                    || !person.threshold().equals(first.threshold())) {
                throw new InvalidValueException(
                        "changes", "must all be of one instrument and component, judged by one threshold");
            }
            baseline.addValue(person.baseline().doubleValue());
            followUp.addValue(person.followUp().doubleValue());
            change.addValue(person.change().doubleValue());
            moments.add(person.baseline().doubleValue(), person.followUp().doubleValue());
            differences.add(person.change());
            reliableChange.ifPresent(
                    rc -> reliable[rc.classify(person.change().doubleValue()).ordinal()]++);
            person.category().ifPresent(c -> categories[c.ordinal()]++);
            if (person.baselineBand().isPresent() && person.followUpBand().isPresent()) {
                transitions
                        .computeIfAbsent(person.baselineBand().get(), k -> new TreeMap<>())
                        .merge(person.followUpBand().get(), 1, Integer::sum);
            }
        }
        int n = changes.size();
        CohortSummary.Builder summary = CohortSummary.builder()
                .instrumentId(first.instrumentId())
                .component(first.component())
                .n(n)
                .baselineMean(baseline.getMean())
                .baselineSd(sd(baseline))
                .followUpMean(followUp.getMean())
                .followUpSd(sd(followUp))
                .meanChange(change.getMean())
                .changeSd(sd(change))
                .meanChangeCi(interval(change))
                .effectSizeDz(effectSize(change))
                .threshold(first.threshold())
                .improved(categories[ChangeCategory.IMPROVED.ordinal()])
                .unchanged(categories[ChangeCategory.UNCHANGED.ordinal()])
                .deteriorated(categories[ChangeCategory.DETERIORATED.ordinal()])
                .moments(moments.toMoments())
                .changes(ChangeHistogram.ofDecimals(differences))
                .reliableChange(reliableChange)
                .reliablyImproved(reliable[ChangeCategory.IMPROVED.ordinal()])
                .reliablyDeteriorated(reliable[ChangeCategory.DETERIORATED.ordinal()]);
        transitions.forEach((from, row) -> row.forEach((to, count) -> summary.addBandTransition(
                BandTransition.builder().from(from).to(to).count(count).build())));
        return summary.build();
    }

    /**
     * Summarises a cohort per stratum, e.g. per IMD quintile. Strata appear in the order they are first met; a person
     * whose stratum is unknown should map to an explicit key such as {@code "unknown"}.
     *
     * @param people the people, not empty
     * @param change each person's change, not null
     * @param stratum each person's stratum key, never returning null
     * @param <T> the caller's person type
     * @param <K> the stratum key type
     * @return the summary per stratum, in first-met order, never null
     * @throws InvalidValueException if the people are empty, a stratum is null, or the changes mix instruments,
     *     components or thresholds
     */
    public static <T, K> Map<K, CohortSummary> summariseBy(
            Collection<T> people, Function<? super T, PersonChange> change, Function<? super T, ? extends K> stratum) {
        return summariseBy(people, change, stratum, Optional.empty());
    }

    /**
     * Summarises a cohort per stratum, counting reliable changes by a reliable change index.
     *
     * @param people the people, not empty
     * @param change each person's change, not null
     * @param stratum each person's stratum key, never returning null
     * @param reliableChange the index for the changes' component, if the component has a sourced SEM
     * @param <T> the caller's person type
     * @param <K> the stratum key type
     * @return the summary per stratum, in first-met order, never null
     * @throws InvalidValueException as {@link #summariseBy(Collection, Function, Function)}
     */
    public static <T, K> Map<K, CohortSummary> summariseBy(
            Collection<T> people,
            Function<? super T, PersonChange> change,
            Function<? super T, ? extends K> stratum,
            Optional<ReliableChange> reliableChange) {
        if (people.isEmpty()) {
            throw new InvalidValueException("people", "a cohort needs at least one person");
        }
        Map<K, List<PersonChange>> groups = new LinkedHashMap<>();
        for (T person : people) {
            K key = stratum.apply(person);
            if (key == null) {
                throw new InvalidValueException("stratum", "must not be null; map unknown values to an explicit key");
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(change.apply(person));
        }
        Map<K, CohortSummary> summaries = new LinkedHashMap<>();
        groups.forEach((key, group) -> summaries.put(key, summarise(group, reliableChange)));
        return Collections.unmodifiableMap(summaries);
    }

    private static OptionalDouble sd(StreamingStatistics statistics) {
        return statistics.getN() < 2 ? OptionalDouble.empty() : OptionalDouble.of(statistics.getStandardDeviation());
    }

    private static Optional<ConfidenceInterval> interval(StreamingStatistics change) {
        long n = change.getN();
        if (n < 2) {
            return Optional.empty();
        }
        double t = new TDistribution(n - 1.0).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
        double halfWidth = t * change.getStandardDeviation() / Math.sqrt(n);
        return Optional.of(ConfidenceInterval.builder()
                .level(LEVEL)
                .lower(change.getMean() - halfWidth)
                .upper(change.getMean() + halfWidth)
                .build());
    }

    private static OptionalDouble effectSize(StreamingStatistics change) {
        double sd = change.getStandardDeviation();
        return change.getN() < 2 || sd == 0 ? OptionalDouble.empty() : OptionalDouble.of(change.getMean() / sd);
    }
}
