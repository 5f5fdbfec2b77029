package org.socialprescribing.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.hipparchus.distribution.continuous.TDistribution;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.change.Cohorts;
import org.socialprescribing.measures.change.Direction;
import org.socialprescribing.measures.disclosure.SuppressedTable;
import org.socialprescribing.measures.disclosure.Suppression;
import org.socialprescribing.measures.disclosure.SuppressionPolicy;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.spark.internal.PublicationTables;

/**
 * Cohort statistics of paired change, computed as Spark aggregations (no person row is ever collected), with the
 * formulas and results of sp-measures' {@link Cohorts} and {@code sp change --summary}: n, baseline and follow-up
 * means and sample SDs, the mean change with its 95% confidence interval (t distribution, n - 1 degrees of freedom),
 * Cohen's d<sub>z</sub>, the counts and shares improved / unchanged / deteriorated by a named threshold, and the band
 * distributions and transitions; for the whole cohort ({@code group} = {@code all}) and per value of any stratifying
 * column ({@code group} = {@code imd_decile=3}).
 *
 * <p>Input: one row per person with a baseline and a follow-up score of one component (for example from scoring two
 * timepoints with {@link SpScoring} and joining them by id). Only people with both scores count (the CLI's {@code
 * compared}). Immutable: each {@code with...} and {@link #by} returns a new instance.
 */
public final class CohortStatistics {

    private static final double LEVEL = 0.95;

    /** Exact arithmetic for change and threshold: every SDK score fits, with room for any caller's decimals. */
    private static final DecimalType EXACT = DataTypes.createDecimalType(24, 8);

    private final Dataset<Row> people;
    private final String baseline;
    private final String followUp;
    private final Optional<String> baselineBand;
    private final Optional<String> followUpBand;
    private final Optional<String> thresholdName;
    private final Optional<ChangeThreshold> threshold;
    private final List<String> strata;

    private CohortStatistics(
            Dataset<Row> people,
            String baseline,
            String followUp,
            Optional<String> baselineBand,
            Optional<String> followUpBand,
            Optional<String> thresholdName,
            Optional<ChangeThreshold> threshold,
            List<String> strata) {
        this.people = people;
        this.baseline = baseline;
        this.followUp = followUp;
        this.baselineBand = baselineBand;
        this.followUpBand = followUpBand;
        this.thresholdName = thresholdName;
        this.threshold = threshold;
        this.strata = List.copyOf(strata);
    }

    /**
     * Statistics of the paired scores in two columns.
     *
     * @param people one row per person, not null
     * @param baselineColumn the baseline score column (numeric), e.g. {@code baseline}
     * @param followUpColumn the follow-up score column (numeric), e.g. {@code follow_up}
     * @return the statistics, computed when one of the result frames is used
     * @throws InvalidValueException if a column is missing or not numeric
     */
    public static CohortStatistics of(Dataset<Row> people, String baselineColumn, String followUpColumn) {
        numeric(people, baselineColumn);
        numeric(people, followUpColumn);
        return new CohortStatistics(
                people,
                baselineColumn,
                followUpColumn,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    /**
     * Adds the band columns, for band distributions and transitions.
     *
     * @param baselineBandColumn the baseline band column, e.g. {@code baseline_band}
     * @param followUpBandColumn the follow-up band column
     * @return new statistics
     * @throws InvalidValueException if a column is missing
     */
    public CohortStatistics withBands(String baselineBandColumn, String followUpBandColumn) {
        present(people, baselineBandColumn);
        present(people, followUpBandColumn);
        return new CohortStatistics(
                people,
                baseline,
                followUp,
                Optional.of(baselineBandColumn),
                Optional.of(followUpBandColumn),
                thresholdName,
                threshold,
                strata);
    }

    /**
     * Judges each change by a sourced meaningful-change threshold (there is no default), e.g. {@code
     * withThreshold("phq9_lowe_2004", ChangeThreshold.PHQ9_LOWE_2004)}.
     *
     * @param name the threshold's name, shown in the {@code threshold} column
     * @param changeThreshold the threshold, not null
     * @return new statistics
     * @throws InvalidValueException if the name is blank
     */
    public CohortStatistics withThreshold(String name, ChangeThreshold changeThreshold) {
        if (name.isBlank()) {
            throw new InvalidValueException("threshold.name", "must not be blank");
        }
        return new CohortStatistics(
                people,
                baseline,
                followUp,
                baselineBand,
                followUpBand,
                Optional.of(name),
                Optional.of(changeThreshold),
                strata);
    }

    /**
     * Also summarises per value of each of these columns (each one a separate stratification, as {@code sp change
     * --by}); a null value is its own stratum, shown as {@code column=}.
     *
     * @param columns the stratifying columns, e.g. {@code imd_decile}
     * @return new statistics
     * @throws InvalidValueException if a column is missing
     */
    public CohortStatistics by(String... columns) {
        List<String> all = new ArrayList<>(strata);
        for (String column : columns) {
            present(people, column);
            all.add(column);
        }
        return new CohortStatistics(
                people, baseline, followUp, baselineBand, followUpBand, thresholdName, threshold, all);
    }

    /**
     * The summary: one row per group ({@code all} first, then each stratum by column and value) with {@code group,
     * n, baseline_mean, baseline_sd, follow_up_mean, follow_up_sd, mean_change, change_sd, ci95_lower, ci95_upper,
     * effect_size_dz, threshold, improved, unchanged, deteriorated, share_improved, share_unchanged,
     * share_deteriorated}. A statistic that is not defined is null: SDs, interval and effect size for n = 1, the
     * effect size when every change is equal, the counts and shares without a threshold.
     *
     * @return the summary, a lazy DataFrame
     */
    public Dataset<Row> summary() {
        Dataset<Row> grouped = grouped();
        Column change = col("_f").minus(col("_b"));
        List<Column> aggregates = new ArrayList<>(List.of(
                count(lit(1)).as("n"),
                avg(col("_b").cast(DataTypes.DoubleType)).as("baseline_mean"),
                stddev_samp(col("_b").cast(DataTypes.DoubleType)).as("baseline_sd"),
                avg(col("_f").cast(DataTypes.DoubleType)).as("follow_up_mean"),
                stddev_samp(col("_f").cast(DataTypes.DoubleType)).as("follow_up_sd"),
                avg(change.cast(DataTypes.DoubleType)).as("mean_change"),
                stddev_samp(change.cast(DataTypes.DoubleType)).as("change_sd")));
        if (threshold.isPresent()) {
            ChangeThreshold t = threshold.get();
            Column better = t.direction() == Direction.HIGHER_IS_BETTER ? change : change.multiply(-1);
            Column points = lit(t.points()).cast(EXACT);
            aggregates.add(sum(when(better.geq(points), 1).otherwise(0)).as("improved"));
            aggregates.add(
                    sum(when(better.multiply(-1).geq(points), 1).otherwise(0)).as("deteriorated"));
        }
        Dataset<Row> sums = grouped.groupBy("_order", "group")
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]));
        UserDefinedFunction t975 =
                functions.udf((UDF1<Long, Double>) CohortStatistics::tQuantile, DataTypes.DoubleType);
        Column n = col("n");
        Column halfWidth = t975.apply(n).multiply(col("change_sd")).divide(sqrt(n.cast(DataTypes.DoubleType)));
        Column defined = n.geq(2);
        List<Column> out = new ArrayList<>(List.of(
                col("group"),
                n,
                col("baseline_mean"),
                col("baseline_sd"),
                col("follow_up_mean"),
                col("follow_up_sd"),
                col("mean_change"),
                col("change_sd"),
                when(defined, col("mean_change").minus(halfWidth)).as("ci95_lower"),
                when(defined, col("mean_change").plus(halfWidth)).as("ci95_upper"),
                when(
                                defined.and(col("change_sd").notEqual(0)),
                                col("mean_change").divide(col("change_sd")))
                        .as("effect_size_dz"),
                lit(thresholdName.orElse(null)).cast(DataTypes.StringType).as("threshold")));
        if (threshold.isPresent()) {
            Column unchanged = n.minus(col("improved")).minus(col("deteriorated"));
            out.add(col("improved").cast(DataTypes.LongType).as("improved"));
            out.add(unchanged.cast(DataTypes.LongType).as("unchanged"));
            out.add(col("deteriorated").cast(DataTypes.LongType).as("deteriorated"));
            out.add(col("improved").divide(n).as("share_improved"));
            out.add(unchanged.divide(n).as("share_unchanged"));
            out.add(col("deteriorated").divide(n).as("share_deteriorated"));
        } else {
            for (String name : List.of("improved", "unchanged", "deteriorated")) {
                out.add(lit(null).cast(DataTypes.LongType).as(name));
            }
            for (String name : List.of("share_improved", "share_unchanged", "share_deteriorated")) {
                out.add(lit(null).cast(DataTypes.DoubleType).as(name));
            }
        }
        return sums.orderBy("_order", "group").select(out.toArray(new Column[0]));
    }

    /**
     * The band distribution at each timepoint: one row per group, timepoint ({@code baseline}, {@code follow_up})
     * and band, with {@code group, timepoint, band, n, share} (share of the group's compared people). People without
     * a band at that timepoint count under a null band.
     *
     * @return the distributions, a lazy DataFrame
     * @throws InvalidValueException if no band columns were given ({@link #withBands})
     */
    public Dataset<Row> bandDistributions() {
        requireBands();
        Dataset<Row> grouped = grouped();
        Dataset<Row> atBaseline = grouped.select(
                col("_order"),
                col("group"),
                lit("baseline").as("timepoint"),
                col("_bb").as("band"));
        Dataset<Row> atFollowUp = grouped.select(
                col("_order"),
                col("group"),
                lit("follow_up").as("timepoint"),
                col("_fb").as("band"));
        Dataset<Row> counts = atBaseline
                .unionByName(atFollowUp)
                .groupBy("_order", "group", "timepoint", "band")
                .agg(count(lit(1)).as("n"));
        Column total = sum(col("n")).over(Window.partitionBy("group", "timepoint"));
        return counts.withColumn("share", col("n").divide(total))
                .orderBy(col("_order"), col("group"), col("timepoint"), col("band"))
                .select("group", "timepoint", "band", "n", "share");
    }

    /**
     * The band transitions, baseline band to follow-up band, of people with a band at both timepoints: {@code
     * group, from_band, to_band, n}, ordered as sp-measures orders them (by baseline, then follow-up band code).
     *
     * @return the transitions, a lazy DataFrame
     * @throws InvalidValueException if no band columns were given ({@link #withBands})
     */
    public Dataset<Row> bandTransitions() {
        requireBands();
        return grouped()
                .where(col("_bb").isNotNull().and(col("_fb").isNotNull()))
                .groupBy(
                        col("_order"),
                        col("group"),
                        col("_bb").as("from_band"),
                        col("_fb").as("to_band"))
                .agg(count(lit(1)).as("n"))
                .orderBy("_order", "group", "from_band", "to_band")
                .select("group", "from_band", "to_band", "n");
    }

    /**
     * The publication table of the cohort, as {@code sp change --publication} writes it: counts of compared people
     * per stratum and category (improved / unchanged / deteriorated under the threshold; else the follow-up band;
     * else {@code compared}), with {@code total} rows and columns, protected by sp-measures' small-number {@link
     * Suppression}: counts under the policy's minimum, and the cells that would give them away, are {@value
     * SuppressedTable#MARK}. Each stratifying column is its own table (without one, the single stratum {@code all}).
     * Only the aggregated counts reach the driver, never a person's row.
     *
     * <p>Columns: {@code stratification} (the stratifying column, or {@code all}), {@code stratum} ({@code
     * imd_decile=3}, or {@code total}), {@code category} (or {@code total}), {@code count} (a string: the published
     * count, or {@value SuppressedTable#MARK}).
     *
     * @param policy the suppression policy, e.g. {@code SuppressionPolicy.minimumCount(10)}, not null
     * @return the protected table, a small DataFrame built on the driver
     */
    public Dataset<Row> publication(SuppressionPolicy policy) {
        List<Row> counted;
        List<String> categories;
        if (threshold.isPresent()) {
            categories = List.of("improved", "unchanged", "deteriorated");
            counted = summary()
                    .select(col("group"), col("improved"), col("unchanged"), col("deteriorated"))
                    .collectAsList();
        } else if (followUpBand.isPresent()) {
            List<Row> bands = bandDistributions()
                    .where(col("timepoint").equalTo("follow_up").and(col("band").isNotNull()))
                    .select("group", "band", "n")
                    .collectAsList();
            categories =
                    bands.stream().map(r -> r.getString(1)).distinct().sorted().toList();
            List<String> groups =
                    bands.stream().map(r -> r.getString(0)).distinct().toList();
            counted = new ArrayList<>();
            for (String group : groups) {
                Object[] cells = new Object[categories.size() + 1];
                cells[0] = group;
                Arrays.fill(cells, 1, cells.length, 0L);
                for (Row band : bands) {
                    if (band.getString(0).equals(group)) {
                        cells[1 + categories.indexOf(band.getString(1))] = band.getLong(2);
                    }
                }
                counted.add(RowFactory.create(cells));
            }
        } else {
            categories = List.of("compared");
            counted = summary().select(col("group"), col("n")).collectAsList();
        }
        return people.sparkSession()
                .createDataFrame(
                        PublicationTables.protect(counted, categories, strata, policy), PublicationTables.SCHEMA);
    }

    private void requireBands() {
        if (baselineBand.isEmpty()) {
            throw new InvalidValueException("bands", "give the band columns first (withBands)");
        }
    }

    /** The compared people, once per group they belong to: {@code all}, then one group per stratifying column. */
    private Dataset<Row> grouped() {
        Column b = col(quoted(baseline)).cast(EXACT);
        Column f = col(quoted(followUp)).cast(EXACT);
        Column bb = baselineBand
                .map(c -> col(quoted(c)).cast(DataTypes.StringType))
                .orElse(lit(null).cast(DataTypes.StringType));
        Column fb = followUpBand
                .map(c -> col(quoted(c)).cast(DataTypes.StringType))
                .orElse(lit(null).cast(DataTypes.StringType));
        Dataset<Row> compared = people.where(
                col(quoted(baseline)).isNotNull().and(col(quoted(followUp)).isNotNull()));
        Dataset<Row> all = compared.select(
                lit(0).as("_order"), lit("all").as("group"), b.as("_b"), f.as("_f"), bb.as("_bb"), fb.as("_fb"));
        for (int i = 0; i < strata.size(); i++) {
            String column = strata.get(i);
            Column group =
                    concat(lit(column + "="), coalesce(col(quoted(column)).cast(DataTypes.StringType), lit("")));
            all = all.unionByName(compared.select(
                    lit(i + 1).as("_order"), group.as("group"), b.as("_b"), f.as("_f"), bb.as("_bb"), fb.as("_fb")));
        }
        return all;
    }

    /** The 0.975 quantile of Student's t with n - 1 degrees of freedom, as {@link Cohorts} computes it. */
    static Double tQuantile(Long n) {
        return n == null || n < 2 ? null : new TDistribution(n - 1.0).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }

    private static void present(Dataset<Row> frame, String column) {
        if (!Arrays.asList(frame.columns()).contains(column)) {
            throw new InvalidValueException("column", column, "is not a column of the frame");
        }
    }

    private static void numeric(Dataset<Row> frame, String column) {
        present(frame, column);
        if (!(frame.schema().apply(column).dataType() instanceof org.apache.spark.sql.types.NumericType)) {
            throw new InvalidValueException(
                    column, frame.schema().apply(column).dataType().simpleString(), "must be a numeric column");
        }
    }

    private static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }
}
