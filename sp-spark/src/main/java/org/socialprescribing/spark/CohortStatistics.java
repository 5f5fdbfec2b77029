package org.socialprescribing.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.covar_samp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
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
import org.socialprescribing.measures.change.ReliableChange;
import org.socialprescribing.measures.disclosure.SuppressedTable;
import org.socialprescribing.measures.disclosure.Suppression;
import org.socialprescribing.measures.disclosure.SuppressionPolicy;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.spark.internal.ChangeStatistics;
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
    private static final DecimalType EXACT = DataTypes.createDecimalType(24, ChangeStatistics.SCALE);

    /** The numeric sort key of a stratum: any number a stratifying column holds. */
    private static final DecimalType KEY = DataTypes.createDecimalType(38, 10);

    private final Dataset<Row> people;
    private final String baseline;
    private final String followUp;
    private final Optional<String> baselineBand;
    private final Optional<String> followUpBand;
    private final Optional<String> thresholdName;
    private final Optional<ChangeThreshold> threshold;
    private final List<String> strata;
    private final Optional<ReliableChange> reliableChange;

    private CohortStatistics(
            Dataset<Row> people,
            String baseline,
            String followUp,
            Optional<String> baselineBand,
            Optional<String> followUpBand,
            Optional<String> thresholdName,
            Optional<ChangeThreshold> threshold,
            List<String> strata,
            Optional<ReliableChange> reliableChange) {
        this.people = people;
        this.baseline = baseline;
        this.followUp = followUp;
        this.baselineBand = baselineBand;
        this.followUpBand = followUpBand;
        this.thresholdName = thresholdName;
        this.threshold = threshold;
        this.strata = List.copyOf(strata);
        this.reliableChange = reliableChange;
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
                List.of(),
                Optional.empty());
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
                strata,
                reliableChange);
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
                strata,
                reliableChange);
    }

    /**
     * Counts reliable changes (Jacobson and Truax 1991) by an index with a sourced SEM, e.g. {@code
     * withReliableChange(ReliableChangeIndices.SWEMWBS_METRIC)} for the SWEMWBS metric score: fills {@code rci_sem,
     * rci_critical_change, rci_reliably_improved, rci_reliably_deteriorated}.
     *
     * @param index the index for the compared component, not null
     * @return new statistics
     */
    public CohortStatistics withReliableChange(ReliableChange index) {
        return new CohortStatistics(
                people,
                baseline,
                followUp,
                baselineBand,
                followUpBand,
                thresholdName,
                threshold,
                strata,
                Optional.of(index));
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
                people, baseline, followUp, baselineBand, followUpBand, thresholdName, threshold, all, reliableChange);
    }

    /**
     * The summary: one row per group ({@code all} first, then each stratum by column and value, in the column's own
     * order: numbers as numbers, so {@code imd_decile=2} before {@code imd_decile=10}; the null stratum last), with
     * the columns of {@code sp change --summary}, each named after its statistic (docs/spark.md lists them):
     * {@code group, n, n_baseline_only, n_follow_up_only, n_neither}, means and SDs, {@code mean_change, change_sd,
     * ci95_lower, ci95_upper}, the paired t-test ({@code t, df, p_value}), the Wilcoxon signed-rank test ({@code
     * wilcoxon_v, wilcoxon_n, wilcoxon_zeros, wilcoxon_z, wilcoxon_p_value, wilcoxon_method}), the effect sizes with
     * 95% intervals ({@code effect_size_dz, effect_size_dav, effect_size_baseline_sd, hedges_g_av}, each with {@code
     * _ci95_lower, _ci95_upper}), {@code threshold}, the counts and shares improved / unchanged / deteriorated with
     * Wilson intervals ({@code improved, improved_share, improved_share_ci95_lower, ...}) and the reliable change
     * columns ({@code rci_sem, rci_critical_change, rci_reliably_improved, rci_reliably_deteriorated}). A statistic
     * that is not defined is null (as an empty cell of the CLI): SDs, interval and effect sizes for n = 1, tests and
     * effect sizes without variance, counts and shares without a threshold, reliable change without an index.
     *
     * @return the summary, a lazy DataFrame
     */
    public Dataset<Row> summary() {
        Dataset<Row> grouped = grouped();
        Column both = col("_both");
        Column change = col("_f").minus(col("_b"));
        Column b = when(both, col("_b").cast(DataTypes.DoubleType));
        Column f = when(both, col("_f").cast(DataTypes.DoubleType));
        Column d = when(both, change.cast(DataTypes.DoubleType));
        Column n = col("n");
        List<Column> aggregates = new ArrayList<>(List.of(
                sum(when(both, 1L).otherwise(0L)).as("n"),
                sum(when(col("_b").isNotNull().and(col("_f").isNull()), 1L).otherwise(0L))
                        .as("n_baseline_only"),
                sum(when(col("_b").isNull().and(col("_f").isNotNull()), 1L).otherwise(0L))
                        .as("n_follow_up_only"),
                sum(when(col("_b").isNull().and(col("_f").isNull()), 1L).otherwise(0L))
                        .as("n_neither"),
                avg(b).as("baseline_mean"),
                stddev_samp(b).as("baseline_sd"),
                avg(f).as("follow_up_mean"),
                stddev_samp(f).as("follow_up_sd"),
                avg(d).as("mean_change"),
                stddev_samp(d).as("change_sd"),
                // The parts of sp-measures' PairedMoments: sums of squared deviations and the co-moment.
                var_samp(b).as("_b_var"),
                var_samp(f).as("_f_var"),
                var_samp(d).as("_d_var"),
                covar_samp(b, f).as("_cov")));
        if (threshold.isPresent()) {
            ChangeThreshold t = threshold.get();
            Column better = t.direction() == Direction.HIGHER_IS_BETTER ? change : change.multiply(-1);
            Column points = lit(t.points()).cast(EXACT);
            aggregates.add(
                    sum(when(both.and(better.geq(points)), 1L).otherwise(0L)).as("improved"));
            aggregates.add(
                    sum(when(both.and(better.multiply(-1).geq(points)), 1L).otherwise(0L))
                            .as("deteriorated"));
        }
        Dataset<Row> sums = grouped.groupBy("_order", "group", "_num", "_text")
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]))
                .where(n.gt(0));
        // The exact changes' histogram per group (a distributed count by change value): the ranks of the Wilcoxon
        // test and the reliable change counts come from it.
        Dataset<Row> histograms = grouped.where(both)
                .groupBy(
                        col("_order"),
                        col("group"),
                        change.multiply(lit(BigDecimal.ONE.movePointRight(ChangeStatistics.SCALE)))
                                .cast(DataTypes.LongType)
                                .as("_d"))
                .agg(count(lit(1)).as("_c"))
                .groupBy("_order", "group")
                .agg(collect_list(struct(col("_d"), col("_c"))).as("_histogram"));
        Column m2 = n.minus(1);
        Column parts = struct(
                n,
                col("baseline_mean"),
                col("follow_up_mean"),
                col("mean_change"),
                coalesce(col("_b_var").multiply(m2), lit(0.0)),
                coalesce(col("_f_var").multiply(m2), lit(0.0)),
                coalesce(col("_d_var").multiply(m2), lit(0.0)),
                coalesce(col("_cov").multiply(m2), lit(0.0)),
                threshold.isPresent() ? col("improved") : lit(null).cast(DataTypes.LongType),
                threshold.isPresent() ? col("deteriorated") : lit(null).cast(DataTypes.LongType),
                col("_histogram"));
        // Not deterministic for the optimizer only: the function then runs once per group, not once per field.
        UserDefinedFunction statistics = functions
                .udf(new ChangeStatistics(threshold.isPresent(), reliableChange), ChangeStatistics.RESULT)
                .asNondeterministic();
        UserDefinedFunction t975 =
                functions.udf((UDF1<Long, Double>) CohortStatistics::tQuantile, DataTypes.DoubleType);
        Column halfWidth = t975.apply(n).multiply(col("change_sd")).divide(sqrt(n.cast(DataTypes.DoubleType)));
        Column defined = n.geq(2);
        Dataset<Row> joined = sums.join(histograms, new String[] {"_order", "group"}, "left")
                .withColumn("_s", statistics.apply(parts));
        List<Column> out = new ArrayList<>(List.of(
                col("group"),
                n,
                col("n_baseline_only"),
                col("n_follow_up_only"),
                col("n_neither"),
                col("baseline_mean"),
                col("baseline_sd"),
                col("follow_up_mean"),
                col("follow_up_sd"),
                col("mean_change"),
                col("change_sd"),
                when(defined, col("mean_change").minus(halfWidth)).as("ci95_lower"),
                when(defined, col("mean_change").plus(halfWidth)).as("ci95_upper")));
        List<String> fields = List.of(ChangeStatistics.RESULT.fieldNames());
        int shares = fields.indexOf("improved_share");
        for (String field : fields.subList(0, shares)) {
            out.add(col("_s." + field).as(field));
        }
        out.add(lit(thresholdName.orElse(null)).cast(DataTypes.StringType).as("threshold"));
        for (int c = 0; c < 3; c++) {
            String category = List.of("improved", "unchanged", "deteriorated").get(c);
            Column count = threshold.isEmpty()
                    ? lit(null).cast(DataTypes.LongType)
                    : c == 0
                            ? col("improved")
                            : c == 2
                                    ? col("deteriorated")
                                    : n.minus(col("improved")).minus(col("deteriorated"));
            out.add(count.as(category));
            for (String field : fields.subList(shares + 3 * c, shares + 3 * c + 3)) {
                out.add(col("_s." + field).as(field));
            }
        }
        for (String field : fields.subList(shares + 9, fields.size())) {
            out.add(col("_s." + field).as(field));
        }
        return joined.orderBy(order()).select(out.toArray(new Column[0]));
    }

    /** Groups in order: {@code all}, then each stratifying column's values in their own order, null last. */
    private static Column[] order() {
        return new Column[] {
            col("_order"), col("_num").asc_nulls_last(), col("_text").asc_nulls_last()
        };
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
        Dataset<Row> grouped = grouped().where(col("_both"));
        Dataset<Row> atBaseline = grouped.select(
                col("_order"),
                col("group"),
                col("_num"),
                col("_text"),
                lit("baseline").as("timepoint"),
                col("_bb").as("band"));
        Dataset<Row> atFollowUp = grouped.select(
                col("_order"),
                col("group"),
                col("_num"),
                col("_text"),
                lit("follow_up").as("timepoint"),
                col("_fb").as("band"));
        Dataset<Row> counts = atBaseline
                .unionByName(atFollowUp)
                .groupBy("_order", "group", "_num", "_text", "timepoint", "band")
                .agg(count(lit(1)).as("n"));
        Column total = sum(col("n")).over(Window.partitionBy("group", "timepoint"));
        return counts.withColumn("share", col("n").divide(total))
                .orderBy(
                        col("_order"),
                        col("_num").asc_nulls_last(),
                        col("_text").asc_nulls_last(),
                        col("timepoint"),
                        col("band"))
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
                .where(col("_both").and(col("_bb").isNotNull()).and(col("_fb").isNotNull()))
                .groupBy(
                        col("_order"),
                        col("group"),
                        col("_num"),
                        col("_text"),
                        col("_bb").as("from_band"),
                        col("_fb").as("to_band"))
                .agg(count(lit(1)).as("n"))
                .orderBy(
                        col("_order"),
                        col("_num").asc_nulls_last(),
                        col("_text").asc_nulls_last(),
                        col("from_band"),
                        col("to_band"))
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

    /**
     * Every person, once per group they belong to: {@code all}, then one group per stratifying column, with {@code
     * _both} true for the compared people (both scores) and the stratum's sort keys ({@code _num}, the value as a
     * number when it is one; {@code _text}, the value as text; both null for a null value).
     */
    private Dataset<Row> grouped() {
        Column b = col(quoted(baseline)).cast(EXACT);
        Column f = col(quoted(followUp)).cast(EXACT);
        Column bb = baselineBand
                .map(c -> col(quoted(c)).cast(DataTypes.StringType))
                .orElse(lit(null).cast(DataTypes.StringType));
        Column fb = followUpBand
                .map(c -> col(quoted(c)).cast(DataTypes.StringType))
                .orElse(lit(null).cast(DataTypes.StringType));
        Column both =
                col(quoted(baseline)).isNotNull().and(col(quoted(followUp)).isNotNull());
        Column noKey = lit(null).cast(KEY);
        Dataset<Row> all = people.select(
                lit(0).as("_order"),
                lit("all").as("group"),
                noKey.as("_num"),
                lit(null).cast(DataTypes.StringType).as("_text"),
                both.as("_both"),
                b.as("_b"),
                f.as("_f"),
                bb.as("_bb"),
                fb.as("_fb"));
        for (int i = 0; i < strata.size(); i++) {
            String column = strata.get(i);
            Column text = col(quoted(column)).cast(DataTypes.StringType);
            Column group = concat(lit(column + "="), coalesce(text, lit("")));
            // try_cast: a text stratum that is not a number has no numeric key (it sorts after the numbers, by text).
            Column number = text.try_cast(KEY);
            all = all.unionByName(people.select(
                    lit(i + 1).as("_order"),
                    group.as("group"),
                    number.as("_num"),
                    text.as("_text"),
                    both.as("_both"),
                    b.as("_b"),
                    f.as("_f"),
                    bb.as("_bb"),
                    fb.as("_fb")));
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
