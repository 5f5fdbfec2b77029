package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.change.BandTransition;
import org.socialprescribing.measures.change.ChangeCategory;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.change.Cohorts;
import org.socialprescribing.measures.change.Direction;
import org.socialprescribing.measures.change.PersonChange;
import org.socialprescribing.measures.change.ReliableChange;
import org.socialprescribing.measures.stats.Estimate;
import org.socialprescribing.measures.stats.PairedTTest;
import org.socialprescribing.measures.stats.SignedRankTest;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * The distributed statistics equal sp-measures' single-machine {@link Cohorts} on the same generated people: every
 * statistic of the whole cohort and of each stratum, the threshold counts and the band transitions; and the worked
 * example of docs/measures.md.
 */
class CohortStatisticsTest {

    private static final Offset<Double> CLOSE = within(1e-9);

    /** A reliable change index for the test only (the SDK publishes none for PHQ-9): SEM 1.5 points. */
    private static final ReliableChange RCI =
            ReliableChange.of("total", 1.5, Direction.LOWER_IS_BETTER, Source.secondary("test value"));

    private static final StructType PEOPLE = new StructType()
            .add("id", DataTypes.StringType)
            .add("imd_decile", DataTypes.IntegerType)
            .add("baseline", DataTypes.createDecimalType(10, 2))
            .add("follow_up", DataTypes.createDecimalType(10, 2))
            .add("baseline_band", DataTypes.StringType)
            .add("follow_up_band", DataTypes.StringType);

    private static String band(BigDecimal score) {
        int total = score.intValue();
        return total < 5 ? "none_minimal" : total < 10 ? "mild" : total < 15 ? "moderate" : "severe";
    }

    @Test
    void equalsCohortsSummarise_overallAndPerStratum() {
        Random random = new Random(14);
        List<Row> rows = new ArrayList<>();
        Map<String, List<PersonChange>> expected = new LinkedHashMap<>();
        Map<String, Long> lost = new LinkedHashMap<>();
        for (int p = 0; p < 20_000; p++) {
            BigDecimal baseline = BigDecimal.valueOf(random.nextInt(28));
            BigDecimal followUp =
                    BigDecimal.valueOf(Math.max(0, Math.min(27, baseline.intValue() - 6 + random.nextInt(10))));
            Integer decile = random.nextInt(12) == 0 ? null : 1 + random.nextInt(10);
            boolean gone = random.nextInt(10) == 0;
            rows.add(RowFactory.create(
                    "p" + p, decile, baseline, gone ? null : followUp, band(baseline), gone ? null : band(followUp)));
            if (gone) {
                lost.merge("all", 1L, Long::sum);
                lost.merge("imd_decile=" + (decile == null ? "" : decile), 1L, Long::sum);
                continue;
            }
            PersonChange change = PersonChange.builder()
                    .instrumentId(InstrumentId.of("phq9"))
                    .component("total")
                    .baseline(baseline)
                    .followUp(followUp)
                    .baselineBand(band(baseline))
                    .followUpBand(band(followUp))
                    .threshold(ChangeThreshold.PHQ9_LOWE_2004)
                    .build();
            expected.computeIfAbsent("all", k -> new ArrayList<>()).add(change);
            expected.computeIfAbsent("imd_decile=" + (decile == null ? "" : decile), k -> new ArrayList<>())
                    .add(change);
        }
        Dataset<Row> people = SharedSpark.session().createDataFrame(rows, PEOPLE);
        CohortStatistics statistics = CohortStatistics.of(people, "baseline", "follow_up")
                .withBands("baseline_band", "follow_up_band")
                .withThreshold("phq9_lowe_2004", ChangeThreshold.PHQ9_LOWE_2004)
                .withReliableChange(RCI)
                .by("imd_decile");

        List<Row> summary = statistics.summary().collectAsList();
        // Strata in the column's own order (numbers as numbers: 2 before 10), the null stratum last.
        List<String> order = new ArrayList<>(List.of("all"));
        for (int decile = 1; decile <= 10; decile++) {
            order.add("imd_decile=" + decile);
        }
        order.add("imd_decile=");
        assertThat(summary.stream().map(r -> r.getString(0)).collect(Collectors.toList()))
                .containsExactlyElementsOf(order);
        for (Row row : summary) {
            String group = row.getString(0);
            CohortSummary single = Cohorts.summarise(expected.get(group), Optional.of(RCI));
            assertThat(row.<Long>getAs("n")).isEqualTo(single.n());
            assertThat(row.<Long>getAs("n_baseline_only")).isEqualTo(lost.getOrDefault(group, 0L));
            assertThat(row.<Long>getAs("n_follow_up_only")).isZero();
            assertThat(row.<Double>getAs("baseline_mean")).isCloseTo(single.baselineMean(), CLOSE);
            assertThat(row.<Double>getAs("baseline_sd"))
                    .isCloseTo(single.baselineSd().orElseThrow(), CLOSE);
            assertThat(row.<Double>getAs("follow_up_mean")).isCloseTo(single.followUpMean(), CLOSE);
            assertThat(row.<Double>getAs("follow_up_sd"))
                    .isCloseTo(single.followUpSd().orElseThrow(), CLOSE);
            assertThat(row.<Double>getAs("mean_change")).isCloseTo(single.meanChange(), CLOSE);
            assertThat(row.<Double>getAs("change_sd"))
                    .isCloseTo(single.changeSd().orElseThrow(), CLOSE);
            assertThat(row.<Double>getAs("ci95_lower"))
                    .isCloseTo(single.meanChangeCi().orElseThrow().lower(), CLOSE);
            assertThat(row.<Double>getAs("ci95_upper"))
                    .isCloseTo(single.meanChangeCi().orElseThrow().upper(), CLOSE);
            assertThat(row.<Double>getAs("effect_size_dz"))
                    .isCloseTo(single.effectSizeDz().orElseThrow(), CLOSE);
            assertThat(row.<String>getAs("threshold")).isEqualTo("phq9_lowe_2004");
            assertThat(List.of(row.<Long>getAs("improved"), row.<Long>getAs("unchanged"), row.getAs("deteriorated")))
                    .containsExactly((long) single.improved(), (long) single.unchanged(), (long) single.deteriorated());
            assertThat(row.<Double>getAs("improved_share"))
                    .isCloseTo(single.shareImproved().orElseThrow(), CLOSE);
            assertIssue14Statistics(row, single);
        }

        Map<String, List<String>> transitions = new LinkedHashMap<>();
        for (Row row : statistics.bandTransitions().collectAsList()) {
            transitions
                    .computeIfAbsent(row.getString(0), k -> new ArrayList<>())
                    .add(row.getString(1) + "->" + row.getString(2) + ":" + row.getLong(3));
        }
        for (Map.Entry<String, List<PersonChange>> group : expected.entrySet()) {
            List<BandTransition> single = Cohorts.summarise(group.getValue()).bandTransitions();
            assertThat(transitions.get(group.getKey()))
                    .containsExactlyElementsOf(single.stream()
                            .map(t -> t.from() + "->" + t.to() + ":" + t.count())
                            .collect(Collectors.toList()));
        }

        List<Row> distribution =
                statistics.bandDistributions().where("group = 'all'").collectAsList();
        assertThat(distribution).hasSize(8);
        assertThat(distribution.stream()
                        .filter(r -> r.getString(1).equals("baseline"))
                        .mapToDouble(r -> r.getDouble(4))
                        .sum())
                .isCloseTo(1.0, CLOSE);
    }

    /** The statistics of issue 14 equal sp-measures' own (CohortSummary, as sp change --summary prints them). */
    private static void assertIssue14Statistics(Row row, CohortSummary single) {
        PairedTTest.Result t = single.tTest().orElseThrow();
        assertThat(row.<Double>getAs("t")).isCloseTo(t.t(), CLOSE);
        assertThat(row.<Long>getAs("df")).isEqualTo(t.df());
        assertThat(row.<Double>getAs("p_value")).isCloseTo(t.pValue(), CLOSE);
        Optional<SignedRankTest.Result> w = single.wilcoxon();
        assertThat(Optional.ofNullable(row.<Double>getAs("wilcoxon_v"))).isEqualTo(w.map(SignedRankTest.Result::v));
        assertThat(Optional.ofNullable(row.<Long>getAs("wilcoxon_n"))).isEqualTo(w.map(SignedRankTest.Result::n));
        assertThat(Optional.ofNullable(row.<Long>getAs("wilcoxon_zeros")))
                .isEqualTo(w.map(SignedRankTest.Result::zeros));
        if (w.isPresent()) {
            assertThat(row.<Double>getAs("wilcoxon_p_value")).isCloseTo(w.get().pValue(), CLOSE);
            assertThat(row.<String>getAs("wilcoxon_method"))
                    .isEqualTo(w.get().method() == SignedRankTest.Method.EXACT ? "exact" : "normal");
        }
        Map<String, Optional<Estimate>> effects = Map.of(
                "effect_size_dz", single.dz(),
                "effect_size_dav", single.dav(),
                "effect_size_baseline_sd", single.baselineSdEffect(),
                "hedges_g_av", single.hedgesGav());
        effects.forEach((name, estimate) -> assertEstimate(row, name, estimate));
        assertEstimate(row, "improved_share", single.shareWithInterval(ChangeCategory.IMPROVED));
        assertEstimate(row, "unchanged_share", single.shareWithInterval(ChangeCategory.UNCHANGED));
        assertEstimate(row, "deteriorated_share", single.shareWithInterval(ChangeCategory.DETERIORATED));
        assertThat(row.<Double>getAs("rci_sem")).isEqualTo(RCI.sem());
        assertThat(row.<Double>getAs("rci_critical_change")).isEqualTo(RCI.criticalChange());
        assertThat(row.<Long>getAs("rci_reliably_improved")).isEqualTo(single.reliablyImproved());
        assertThat(row.<Long>getAs("rci_reliably_deteriorated")).isEqualTo(single.reliablyDeteriorated());
    }

    private static void assertEstimate(Row row, String name, Optional<Estimate> estimate) {
        if (estimate.isEmpty()) {
            assertThat(row.<Double>getAs(name)).as(name).isNull();
            return;
        }
        assertThat(row.<Double>getAs(name)).as(name).isCloseTo(estimate.get().value(), CLOSE);
        assertThat(row.<Double>getAs(name + "_ci95_lower"))
                .as(name)
                .isCloseTo(estimate.get().lower(), CLOSE);
        assertThat(row.<Double>getAs(name + "_ci95_upper"))
                .as(name)
                .isCloseTo(estimate.get().upper(), CLOSE);
    }

    @Test
    void smallCohorts_exactWilcoxonAndUndefinedStatisticsAreNull() {
        // Group a: 6 people, distinct non-zero changes (exact Wilcoxon); group b: one person (nothing defined);
        // group c: one baseline-only and one follow-up-only person (no compared people: no row).
        List<Row> rows = new ArrayList<>();
        int[][] pairs = {{10, 4}, {12, 11}, {20, 17}, {8, 15}, {14, 9}, {3, 11}};
        List<PersonChange> a = new ArrayList<>();
        for (int p = 0; p < pairs.length; p++) {
            BigDecimal before = BigDecimal.valueOf(pairs[p][0]);
            BigDecimal after = BigDecimal.valueOf(pairs[p][1]);
            rows.add(RowFactory.create("a" + p, 1, before, after, null, null));
            a.add(PersonChange.builder()
                    .instrumentId(InstrumentId.of("phq9"))
                    .component("total")
                    .baseline(before)
                    .followUp(after)
                    .build());
        }
        rows.add(RowFactory.create("b", 2, new BigDecimal("5"), new BigDecimal("7"), null, null));
        rows.add(RowFactory.create("c1", 3, new BigDecimal("5"), null, null, null));
        rows.add(RowFactory.create("c2", 3, null, new BigDecimal("5"), null, null));
        List<Row> summary = CohortStatistics.of(
                        SharedSpark.session().createDataFrame(rows, PEOPLE), "baseline", "follow_up")
                .by("imd_decile")
                .summary()
                .collectAsList();
        assertThat(summary.stream().map(r -> r.getString(0))).containsExactly("all", "imd_decile=1", "imd_decile=2");
        Row all = summary.get(0);
        assertThat(List.of(all.<Long>getAs("n_baseline_only"), all.getAs("n_follow_up_only"), all.getAs("n_neither")))
                .containsExactly(1L, 1L, 0L);
        Row groupA = summary.get(1);
        SignedRankTest.Result exact = Cohorts.summarise(a).wilcoxon().orElseThrow();
        assertThat(exact.method()).isEqualTo(SignedRankTest.Method.EXACT);
        assertThat(groupA.<String>getAs("wilcoxon_method")).isEqualTo("exact");
        assertThat(groupA.<Double>getAs("wilcoxon_v")).isEqualTo(exact.v());
        assertThat(groupA.<Double>getAs("wilcoxon_p_value")).isCloseTo(exact.pValue(), CLOSE);
        assertThat(groupA.<Double>getAs("wilcoxon_z")).isNull();
        assertThat(groupA.<String>getAs("threshold")).isNull();
        assertThat(groupA.<Long>getAs("improved")).isNull();
        assertThat(groupA.<Double>getAs("rci_sem")).isNull();
        Row one = summary.get(2);
        assertThat(one.<Long>getAs("n")).isEqualTo(1L);
        for (String undefined : List.of("baseline_sd", "ci95_lower", "t", "p_value", "effect_size_dz", "hedges_g_av")) {
            assertThat(one.<Object>getAs(undefined)).as(undefined).isNull();
        }
        assertThat(one.<Double>getAs("wilcoxon_v")).isEqualTo(1.0);
    }

    @Test
    void theWorkedExampleOfTheMeasuresPage() {
        // docs/measures.md: baseline 15, 12, 20, 8; follow-up 9, 11, 14, 10: mean -2.75, SD 3.947573,
        // 95% CI -9.031470 .. 3.531470, d_z -0.696631; by 5 points two improved, two unchanged.
        List<Row> rows = List.of(
                RowFactory.create("a", 1, new BigDecimal("15"), new BigDecimal("9"), null, null),
                RowFactory.create("b", 1, new BigDecimal("12"), new BigDecimal("11"), null, null),
                RowFactory.create("c", 2, new BigDecimal("20"), new BigDecimal("14"), null, null),
                RowFactory.create("d", 2, new BigDecimal("8"), new BigDecimal("10"), null, null));
        Row all = CohortStatistics.of(SharedSpark.session().createDataFrame(rows, PEOPLE), "baseline", "follow_up")
                .withThreshold("phq9_lowe_2004", ChangeThreshold.PHQ9_LOWE_2004)
                .summary()
                .collectAsList()
                .get(0);
        Offset<Double> sixDecimals = within(5e-7);
        assertThat(all.<Double>getAs("mean_change")).isCloseTo(-2.75, sixDecimals);
        assertThat(all.<Double>getAs("change_sd")).isCloseTo(3.947573, sixDecimals);
        assertThat(all.<Double>getAs("ci95_lower")).isCloseTo(-9.031470, sixDecimals);
        assertThat(all.<Double>getAs("ci95_upper")).isCloseTo(3.531470, sixDecimals);
        assertThat(all.<Double>getAs("effect_size_dz")).isCloseTo(-0.696631, sixDecimals);
        assertThat(List.of(all.<Long>getAs("improved"), all.getAs("unchanged"), all.getAs("deteriorated")))
                .containsExactly(2L, 2L, 0L);
    }
}
