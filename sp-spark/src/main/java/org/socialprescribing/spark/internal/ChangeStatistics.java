package org.socialprescribing.spark.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.Evidence;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.change.ChangeCategory;
import org.socialprescribing.measures.change.Direction;
import org.socialprescribing.measures.change.ReliableChange;
import org.socialprescribing.measures.stats.ChangeHistogram;
import org.socialprescribing.measures.stats.EffectSizes;
import org.socialprescribing.measures.stats.Estimate;
import org.socialprescribing.measures.stats.PairedMoments;
import org.socialprescribing.measures.stats.PairedTTest;
import org.socialprescribing.measures.stats.Proportions;
import org.socialprescribing.measures.stats.SignedRankTest;

/**
 * The tests and effect sizes of one group's paired change, from the sufficient statistics Spark aggregates (the
 * group's {@link PairedMoments} parts, its threshold counts and its {@link ChangeHistogram} of exact changes), by the
 * very functions of sp-measures that {@code sp change --summary} calls: {@link PairedTTest}, {@link SignedRankTest},
 * {@link EffectSizes}, {@link Proportions#wilson} and {@link ReliableChange#classify}. Only one row per group reaches
 * it, never a person's row. Serializable: Spark runs it as a function on the aggregated rows.
 */
public final class ChangeStatistics implements UDF1<Row, Row>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Changes are held unscaled at this many decimals (CohortStatistics' exact type): ties stay exact. */
    public static final int SCALE = 8;

    private static final String[] ESTIMATES = {
        "effect_size_dz", "effect_size_dav", "effect_size_baseline_sd", "hedges_g_av"
    };

    private static final String[] CATEGORIES = {"improved", "unchanged", "deteriorated"};

    /** The statistics' columns, named as {@code sp change --summary} names them. */
    public static final StructType RESULT = result();

    private final boolean judged;
    private final @Nullable String rciComponent;
    private final double rciSem;
    private final @Nullable Direction rciDirection;
    private final @Nullable String rciCitation;
    private final @Nullable Evidence rciEvidence;

    private transient @Nullable ReliableChange rci;

    /**
     * Creates the function.
     *
     * @param judged whether a threshold gave improved and deteriorated counts
     * @param reliableChange the reliable change index to count by, if any
     */
    public ChangeStatistics(boolean judged, Optional<ReliableChange> reliableChange) {
        this.judged = judged;
        this.rciComponent = reliableChange.map(ReliableChange::component).orElse(null);
        this.rciSem = reliableChange.map(ReliableChange::sem).orElse(0.0);
        this.rciDirection = reliableChange.map(ReliableChange::direction).orElse(null);
        this.rciCitation = reliableChange.map(r -> r.source().citation()).orElse(null);
        this.rciEvidence = reliableChange.map(r -> r.source().evidence()).orElse(null);
    }

    private static StructType result() {
        StructType type = new StructType()
                .add("t", DataTypes.DoubleType)
                .add("df", DataTypes.LongType)
                .add("p_value", DataTypes.DoubleType)
                .add("wilcoxon_v", DataTypes.DoubleType)
                .add("wilcoxon_n", DataTypes.LongType)
                .add("wilcoxon_zeros", DataTypes.LongType)
                .add("wilcoxon_z", DataTypes.DoubleType)
                .add("wilcoxon_p_value", DataTypes.DoubleType)
                .add("wilcoxon_method", DataTypes.StringType);
        for (String estimate : ESTIMATES) {
            type = type.add(estimate, DataTypes.DoubleType)
                    .add(estimate + "_ci95_lower", DataTypes.DoubleType)
                    .add(estimate + "_ci95_upper", DataTypes.DoubleType);
        }
        for (String category : CATEGORIES) {
            type = type.add(category + "_share", DataTypes.DoubleType)
                    .add(category + "_share_ci95_lower", DataTypes.DoubleType)
                    .add(category + "_share_ci95_upper", DataTypes.DoubleType);
        }
        return type.add("rci_sem", DataTypes.DoubleType)
                .add("rci_critical_change", DataTypes.DoubleType)
                .add("rci_reliably_improved", DataTypes.LongType)
                .add("rci_reliably_deteriorated", DataTypes.LongType);
    }

    /**
     * The names of the input struct's fields, in order: {@code n}, the means of baseline, follow-up and change, their
     * sums of squared deviations, the co-moment, the improved and deteriorated counts (null without a threshold) and
     * the histogram (an array of structs of an unscaled change and its count).
     */
    public static final List<String> INPUT = List.of(
            "n",
            "b_mean",
            "f_mean",
            "d_mean",
            "b_m2",
            "f_m2",
            "d_m2",
            "co_moment",
            "improved",
            "deteriorated",
            "histogram");

    @Override
    public Row call(Row in) {
        long n = in.getLong(0);
        PairedMoments moments = PairedMoments.ofParts(
                n,
                in.getDouble(1),
                in.getDouble(2),
                in.getDouble(3),
                Math.max(0, in.getDouble(4)),
                Math.max(0, in.getDouble(5)),
                Math.max(0, in.getDouble(6)),
                in.getDouble(7));
        Map<Long, Long> counts = new TreeMap<>();
        if (!in.isNullAt(10)) {
            for (Row bin : in.<Row>getList(10)) {
                counts.put(bin.getLong(0), bin.getLong(1));
            }
        }
        ChangeHistogram histogram = ChangeHistogram.of(counts);
        List<@Nullable Object> out = new ArrayList<>();
        Optional<PairedTTest.Result> t = PairedTTest.test(moments);
        out.add(t.map(PairedTTest.Result::t).orElse(null));
        out.add(t.map(PairedTTest.Result::df).orElse(null));
        out.add(t.map(PairedTTest.Result::pValue).orElse(null));
        Optional<SignedRankTest.Result> w = SignedRankTest.test(histogram);
        out.add(w.map(SignedRankTest.Result::v).orElse(null));
        out.add(w.map(SignedRankTest.Result::n).orElse(null));
        out.add(w.map(SignedRankTest.Result::zeros).orElse(null));
        out.add(w.filter(r -> r.method() == SignedRankTest.Method.NORMAL_APPROXIMATION)
                .map(SignedRankTest.Result::z)
                .orElse(null));
        out.add(w.map(SignedRankTest.Result::pValue).orElse(null));
        out.add(w.map(r -> r.method() == SignedRankTest.Method.EXACT ? "exact" : "normal")
                .orElse(null));
        for (Optional<Estimate> estimate : List.of(
                EffectSizes.dz(moments),
                EffectSizes.dav(moments),
                EffectSizes.baselineSd(moments),
                EffectSizes.hedgesGav(moments))) {
            add(out, estimate);
        }
        long improved = judged ? in.getLong(8) : 0;
        long deteriorated = judged ? in.getLong(9) : 0;
        for (long count : new long[] {improved, n - improved - deteriorated, deteriorated}) {
            add(out, judged ? Optional.of(Proportions.wilson(count, n)) : Optional.empty());
        }
        ReliableChange index = reliableChange();
        out.add(index == null ? null : index.sem());
        out.add(index == null ? null : index.criticalChange());
        if (index == null) {
            out.add(null);
            out.add(null);
        } else {
            long[] reliable = new long[ChangeCategory.values().length];
            // As Cohorts: each person's exact change as a double, classified; here once per distinct change.
            counts.forEach((change, count) -> reliable[
                    index.classify(BigDecimal.valueOf(change, SCALE).doubleValue())
                            .ordinal()] += count);
            out.add(reliable[ChangeCategory.IMPROVED.ordinal()]);
            out.add(reliable[ChangeCategory.DETERIORATED.ordinal()]);
        }
        return RowFactory.create(out.toArray());
    }

    private static void add(List<@Nullable Object> out, Optional<Estimate> estimate) {
        out.add(estimate.map(Estimate::value).orElse(null));
        out.add(estimate.map(Estimate::lower).orElse(null));
        out.add(estimate.map(Estimate::upper).orElse(null));
    }

    private @Nullable ReliableChange reliableChange() {
        ReliableChange index = rci;
        if (index == null
                && rciComponent != null
                && rciDirection != null
                && rciCitation != null
                && rciEvidence != null) {
            index = ReliableChange.of(rciComponent, rciSem, rciDirection, Source.of(rciCitation, rciEvidence));
            rci = index;
        }
        return index;
    }
}
