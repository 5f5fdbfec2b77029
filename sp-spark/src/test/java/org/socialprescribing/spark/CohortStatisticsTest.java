package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.change.BandTransition;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.change.Cohorts;
import org.socialprescribing.measures.change.ImmutablePersonChange;
import org.socialprescribing.measures.change.PersonChange;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * The distributed statistics equal sp-measures' single-machine {@link Cohorts} on the same generated people: every
 * statistic of the whole cohort and of each stratum, the threshold counts and the band transitions; and the worked
 * example of docs/measures.md.
 */
class CohortStatisticsTest {

    private static final Offset<Double> CLOSE = within(1e-9);

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
        for (int p = 0; p < 20_000; p++) {
            BigDecimal baseline = BigDecimal.valueOf(random.nextInt(28));
            BigDecimal followUp =
                    BigDecimal.valueOf(Math.max(0, Math.min(27, baseline.intValue() - 6 + random.nextInt(10))));
            Integer decile = random.nextInt(12) == 0 ? null : 1 + random.nextInt(10);
            boolean lost = random.nextInt(10) == 0;
            rows.add(RowFactory.create(
                    "p" + p, decile, baseline, lost ? null : followUp, band(baseline), lost ? null : band(followUp)));
            if (lost) {
                continue;
            }
            PersonChange change = ImmutablePersonChange.builder()
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
                .by("imd_decile");

        List<Row> summary = statistics.summary().collectAsList();
        assertThat(summary.stream().map(r -> r.getString(0)).collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(expected.keySet())
                .startsWith("all");
        for (Row row : summary) {
            CohortSummary single = Cohorts.summarise(expected.get(row.getString(0)));
            assertThat(row.getLong(1)).isEqualTo(single.n());
            assertThat(row.getDouble(2)).isCloseTo(single.baselineMean(), CLOSE);
            assertThat(row.getDouble(3)).isCloseTo(single.baselineSd().orElseThrow(), CLOSE);
            assertThat(row.getDouble(4)).isCloseTo(single.followUpMean(), CLOSE);
            assertThat(row.getDouble(5)).isCloseTo(single.followUpSd().orElseThrow(), CLOSE);
            assertThat(row.getDouble(6)).isCloseTo(single.meanChange(), CLOSE);
            assertThat(row.getDouble(7)).isCloseTo(single.changeSd().orElseThrow(), CLOSE);
            assertThat(row.getDouble(8))
                    .isCloseTo(single.meanChangeCi().orElseThrow().lower(), CLOSE);
            assertThat(row.getDouble(9))
                    .isCloseTo(single.meanChangeCi().orElseThrow().upper(), CLOSE);
            assertThat(row.getDouble(10)).isCloseTo(single.effectSizeDz().orElseThrow(), CLOSE);
            assertThat(row.getString(11)).isEqualTo("phq9_lowe_2004");
            assertThat(List.of(row.getLong(12), row.getLong(13), row.getLong(14)))
                    .containsExactly((long) single.improved(), (long) single.unchanged(), (long) single.deteriorated());
            assertThat(row.getDouble(15)).isCloseTo(single.shareImproved().orElseThrow(), CLOSE);
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
        assertThat(all.getDouble(6)).isCloseTo(-2.75, sixDecimals);
        assertThat(all.getDouble(7)).isCloseTo(3.947573, sixDecimals);
        assertThat(all.getDouble(8)).isCloseTo(-9.031470, sixDecimals);
        assertThat(all.getDouble(9)).isCloseTo(3.531470, sixDecimals);
        assertThat(all.getDouble(10)).isCloseTo(-0.696631, sixDecimals);
        assertThat(List.of(all.getLong(12), all.getLong(13), all.getLong(14))).containsExactly(2L, 2L, 0L);
    }
}
