package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.change.ChangeCategory;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.change.Cohorts;
import org.socialprescribing.measures.change.ReliableChange;
import org.socialprescribing.measures.stats.Estimate;
import org.socialprescribing.measures.stats.PairedTTest;
import org.socialprescribing.measures.stats.SignedRankTest;

/**
 * The cohort summary of {@code sp change}: for each compared component, the whole cohort ({@code all}) and, with
 * {@code --by COLUMN}, each value of that column ({@code COLUMN=value}, in first-met order). The statistics are
 * sp-measures' {@link Cohorts} and {@code org.socialprescribing.measures.stats} (paired t-test, Wilcoxon signed-rank
 * test, effect sizes with intervals, shares with Wilson intervals, reliable change, attrition, band transitions);
 * decimals are rounded to 6 places. For a categorical instrument (the ONS loneliness question) only counts,
 * attrition and transitions are reported: an answer's position is not a score.
 */
final class CohortReport {

    private static final int DECIMALS = 6;

    /**
     * One summary row.
     *
     * @param group {@code all} or {@code COLUMN=value}
     * @param stratum the stratum value, or null for {@code all}
     * @param summary the statistics
     */
    private record Group(String group, @Nullable String stratum, CohortSummary summary) {}

    private final ChangeThresholds.@Nullable Named threshold;
    private final Attrition attrition;
    private final boolean categorical;
    private final List<Group> groups = new ArrayList<>();
    private final List<String> empty = new ArrayList<>();

    /**
     * Summarises the compared people.
     *
     * @param compared the compared people by component
     * @param attrition who is missing, by component and stratum
     * @param threshold the threshold used, or null
     * @param by the equity column, or null
     * @param reliableChange the sourced reliable change index of a component, if any
     * @param categorical true for a categorical instrument
     */
    CohortReport(
            Map<String, List<ChangeRows.Compared>> compared,
            Attrition attrition,
            ChangeThresholds.@Nullable Named threshold,
            @Nullable String by,
            Function<String, Optional<ReliableChange>> reliableChange,
            boolean categorical) {
        this.threshold = threshold;
        this.attrition = attrition;
        this.categorical = categorical;
        compared.forEach((component, people) -> {
            if (people.isEmpty()) {
                empty.add(component);
                return;
            }
            Optional<ReliableChange> rci = categorical ? Optional.empty() : reliableChange.apply(component);
            groups.add(new Group(
                    "all",
                    null,
                    Cohorts.summarise(
                            people.stream().map(ChangeRows.Compared::change).collect(Collectors.toList()), rci)));
            if (by != null) {
                Cohorts.summariseBy(people, ChangeRows.Compared::change, ChangeRows.Compared::stratum, rci)
                        .forEach((stratum, summary) -> groups.add(new Group(by + "=" + stratum, stratum, summary)));
            }
        });
    }

    /** @return the compared groups' summaries with their group labels, for the band distributions */
    List<Map.Entry<String, CohortSummary>> summaries() {
        return groups.stream().map(g -> Map.entry(g.group(), g.summary())).collect(Collectors.toList());
    }

    /** @return the summary columns, each named after its statistic */
    static List<RowWriter.Column> columns() {
        List<RowWriter.Column> columns = new ArrayList<>();
        columns.add(RowWriter.Column.text("group"));
        columns.add(RowWriter.Column.text("component"));
        numbers(columns, "n", "n_baseline_only", "n_follow_up_only", "n_not_compared");
        numbers(columns, "baseline_mean", "baseline_sd", "follow_up_mean", "follow_up_sd");
        numbers(columns, "mean_change", "change_sd", "ci95_lower", "ci95_upper", "t", "df", "p_value");
        numbers(columns, "wilcoxon_v", "wilcoxon_n", "wilcoxon_zeros", "wilcoxon_z", "wilcoxon_p_value");
        columns.add(RowWriter.Column.text("wilcoxon_method"));
        for (String effect : List.of("effect_size_dz", "effect_size_dav", "effect_size_baseline_sd", "hedges_g_av")) {
            numbers(columns, effect, effect + "_ci95_lower", effect + "_ci95_upper");
        }
        columns.add(RowWriter.Column.text("threshold"));
        for (String category : List.of("improved", "unchanged", "deteriorated")) {
            numbers(
                    columns,
                    category,
                    category + "_share",
                    category + "_share_ci95_lower",
                    category + "_share_ci95_upper");
        }
        numbers(columns, "rci_sem", "rci_critical_change", "rci_reliably_improved", "rci_reliably_deteriorated");
        columns.add(RowWriter.Column.text("band_transitions"));
        return columns;
    }

    private static void numbers(List<RowWriter.Column> columns, String... names) {
        for (String name : names) {
            columns.add(RowWriter.Column.number(name));
        }
    }

    /**
     * Writes one row per component and group.
     *
     * @param writer where the rows go
     */
    void write(RowWriter writer) {
        for (Group group : groups) {
            CohortSummary s = group.summary();
            List<String> row = new ArrayList<>();
            row.add(group.group());
            row.add(s.component());
            row.add(String.valueOf(s.n()));
            for (Attrition.Kind kind : Attrition.Kind.values()) {
                String stratum = group.stratum();
                row.add(
                        stratum == null
                                ? String.valueOf(attrition.all(s.component(), kind))
                                : kind == Attrition.Kind.FOLLOW_UP_ONLY
                                        ? ""
                                        : String.valueOf(attrition.stratum(s.component(), stratum, kind)));
            }
            boolean numeric = !categorical;
            Optional<PairedTTest.Result> t = numeric ? s.tTest() : Optional.empty();
            Optional<SignedRankTest.Result> w = numeric ? s.wilcoxon() : Optional.empty();
            row.add(numeric ? decimal(s.baselineMean()) : "");
            row.add(numeric ? decimal(s.baselineSd()) : "");
            row.add(numeric ? decimal(s.followUpMean()) : "");
            row.add(numeric ? decimal(s.followUpSd()) : "");
            row.add(numeric ? decimal(s.meanChange()) : "");
            row.add(numeric ? decimal(s.changeSd()) : "");
            row.add(numeric ? s.meanChangeCi().map(ci -> decimal(ci.lower())).orElse("") : "");
            row.add(numeric ? s.meanChangeCi().map(ci -> decimal(ci.upper())).orElse("") : "");
            row.add(t.map(r -> decimal(r.t())).orElse(""));
            row.add(t.map(r -> String.valueOf(r.df())).orElse(""));
            row.add(t.map(r -> probability(r.pValue())).orElse(""));
            row.add(w.map(r -> decimal(r.v())).orElse(""));
            row.add(w.map(r -> String.valueOf(r.n())).orElse(""));
            row.add(w.map(r -> String.valueOf(r.zeros())).orElse(""));
            row.add(w.map(r -> decimal(r.z())).orElse(""));
            row.add(w.map(r -> probability(r.pValue())).orElse(""));
            row.add(w.map(r -> r.method() == SignedRankTest.Method.EXACT ? "exact" : "normal")
                    .orElse(""));
            for (Optional<Estimate> effect : List.of(s.dz(), s.dav(), s.baselineSdEffect(), s.hedgesGav())) {
                estimate(row, numeric ? effect : Optional.empty());
            }
            row.add(threshold == null ? "" : threshold.name());
            boolean judged = threshold != null && numeric;
            row.add(judged ? String.valueOf(s.improved()) : "");
            estimate(row, judged ? s.shareWithInterval(ChangeCategory.IMPROVED) : Optional.empty());
            row.add(judged ? String.valueOf(s.unchanged()) : "");
            estimate(row, judged ? s.shareWithInterval(ChangeCategory.UNCHANGED) : Optional.empty());
            row.add(judged ? String.valueOf(s.deteriorated()) : "");
            estimate(row, judged ? s.shareWithInterval(ChangeCategory.DETERIORATED) : Optional.empty());
            Optional<ReliableChange> rci = s.reliableChange();
            row.add(rci.map(r -> decimal(r.sem())).orElse(""));
            row.add(rci.map(r -> decimal(r.criticalChange())).orElse(""));
            row.add(rci.map(r -> String.valueOf(s.reliablyImproved())).orElse(""));
            row.add(rci.map(r -> String.valueOf(s.reliablyDeteriorated())).orElse(""));
            row.add(transitions(s));
            writer.write(row.toArray(new String[0]));
        }
    }

    private static void estimate(List<String> row, Optional<Estimate> estimate) {
        row.add(estimate.map(e -> decimal(e.value())).orElse(""));
        row.add(estimate.map(e -> decimal(e.lower())).orElse(""));
        row.add(estimate.map(e -> decimal(e.upper())).orElse(""));
    }

    /**
     * Prints the summary for people: one line per component and group.
     *
     * @param err stderr
     * @param instrument the instrument id
     */
    void print(PrintWriter err, String instrument) {
        err.println(
                categorical
                        ? "change in " + instrument + " (categorical: counts and transitions between categories only)"
                        : threshold == null
                                ? "change in " + instrument + " (no threshold: raw change and band transitions only)"
                                : "change in " + instrument + ", threshold " + threshold.name() + ": "
                                        + threshold.describe());
        for (Group group : groups) {
            CohortSummary s = group.summary();
            StringBuilder line = new StringBuilder("  " + s.component() + " " + group.group() + ": n=" + s.n());
            if (categorical) {
                line.append(", transitions ").append(transitions(s));
                err.println(line);
                continue;
            }
            line.append(", mean change ").append(decimal(s.meanChange()));
            s.meanChangeCi()
                    .ifPresent(ci -> line.append(" (95% CI ")
                            .append(decimal(ci.lower()))
                            .append(" to ")
                            .append(decimal(ci.upper()))
                            .append(')'));
            s.tTest()
                    .ifPresent(t -> line.append(", t ")
                            .append(decimal(t.t()))
                            .append(", p ")
                            .append(probability(t.pValue())));
            s.effectSizeDz().ifPresent(dz -> line.append(", d_z ").append(decimal(dz)));
            if (threshold != null) {
                line.append(", improved ")
                        .append(s.improved())
                        .append(", unchanged ")
                        .append(s.unchanged())
                        .append(", deteriorated ")
                        .append(s.deteriorated());
            }
            err.println(line);
        }
        for (String component : empty) {
            err.println("  " + component + ": nobody has both a baseline and a follow-up score");
        }
    }

    private static String transitions(CohortSummary summary) {
        return summary.bandTransitions().stream()
                .map(t -> t.from() + "->" + t.to() + ":" + t.count())
                .collect(Collectors.joining(";"));
    }

    private static String decimal(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : "";
    }

    /** A p-value: 6 significant digits, so that very small values keep their size (e.g. 8.32515E-25). */
    private static String probability(double p) {
        if (!Double.isFinite(p)) {
            return "";
        }
        return p >= 1e-6
                ? decimal(p)
                : new BigDecimal(p).round(new MathContext(6)).toString();
    }

    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value)
                .setScale(DECIMALS, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }
}
