package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.change.Cohorts;

/**
 * The cohort summary of {@code sp change}: for each compared component, the whole cohort ({@code all}) and, with
 * {@code --by COLUMN}, each value of that column ({@code COLUMN=value}, in first-met order). The statistics are
 * sp-measures' {@link Cohorts} (paired change, 95% CI, Cohen's d<sub>z</sub>, counts by threshold, band
 * transitions); decimals are rounded to 6 places.
 */
final class CohortReport {

    private static final int DECIMALS = 6;

    /**
     * One summary row.
     *
     * @param group {@code all} or {@code COLUMN=value}
     * @param summary the statistics
     */
    private record Group(String group, CohortSummary summary) {}

    private final ChangeThresholds.@Nullable Named threshold;
    private final List<Group> groups = new ArrayList<>();
    private final List<String> empty = new ArrayList<>();

    /**
     * Summarises the compared people.
     *
     * @param compared the compared people by component
     * @param threshold the threshold used, or null
     * @param by the equity column, or null
     */
    CohortReport(
            Map<String, List<ChangeRows.Compared>> compared,
            ChangeThresholds.@Nullable Named threshold,
            @Nullable String by) {
        this.threshold = threshold;
        compared.forEach((component, people) -> {
            if (people.isEmpty()) {
                empty.add(component);
                return;
            }
            groups.add(new Group(
                    "all",
                    Cohorts.summarise(
                            people.stream().map(ChangeRows.Compared::change).collect(Collectors.toList()))));
            if (by != null) {
                Cohorts.summariseBy(people, ChangeRows.Compared::change, p -> by + "=" + p.stratum())
                        .forEach((group, summary) -> groups.add(new Group(group, summary)));
            }
        });
    }

    /** @return the summary columns */
    static List<RowWriter.Column> columns() {
        List<RowWriter.Column> columns = new ArrayList<>();
        columns.add(RowWriter.Column.text("group"));
        columns.add(RowWriter.Column.text("component"));
        for (String number : List.of(
                "n",
                "baseline_mean",
                "baseline_sd",
                "follow_up_mean",
                "follow_up_sd",
                "mean_change",
                "change_sd",
                "ci95_lower",
                "ci95_upper",
                "effect_size_dz")) {
            columns.add(RowWriter.Column.number(number));
        }
        columns.add(RowWriter.Column.text("threshold"));
        columns.add(RowWriter.Column.number("improved"));
        columns.add(RowWriter.Column.number("unchanged"));
        columns.add(RowWriter.Column.number("deteriorated"));
        columns.add(RowWriter.Column.text("band_transitions"));
        return columns;
    }

    /**
     * Writes one row per component and group.
     *
     * @param writer where the rows go
     */
    void write(RowWriter writer) {
        for (Group group : groups) {
            CohortSummary s = group.summary();
            boolean judged = threshold != null;
            writer.write(new String[] {
                group.group(),
                s.component(),
                String.valueOf(s.n()),
                decimal(s.baselineMean()),
                decimal(s.baselineSd()),
                decimal(s.followUpMean()),
                decimal(s.followUpSd()),
                decimal(s.meanChange()),
                decimal(s.changeSd()),
                s.meanChangeCi().map(ci -> decimal(ci.lower())).orElse(""),
                s.meanChangeCi().map(ci -> decimal(ci.upper())).orElse(""),
                decimal(s.effectSizeDz()),
                threshold == null ? "" : threshold.name(),
                judged ? String.valueOf(s.improved()) : "",
                judged ? String.valueOf(s.unchanged()) : "",
                judged ? String.valueOf(s.deteriorated()) : "",
                transitions(s)
            });
        }
    }

    /**
     * Prints the summary for people: one line per component and group.
     *
     * @param err stderr
     * @param instrument the instrument id
     */
    void print(PrintWriter err, String instrument) {
        err.println(
                threshold == null
                        ? "change in " + instrument + " (no threshold: raw change and band transitions only)"
                        : "change in " + instrument + ", threshold " + threshold.name() + ": " + threshold.describe());
        for (Group group : groups) {
            CohortSummary s = group.summary();
            StringBuilder line = new StringBuilder("  " + s.component() + " " + group.group() + ": n=" + s.n()
                    + ", mean change " + decimal(s.meanChange()));
            s.meanChangeCi()
                    .ifPresent(ci -> line.append(" (95% CI ")
                            .append(decimal(ci.lower()))
                            .append(" to ")
                            .append(decimal(ci.upper()))
                            .append(')'));
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

    private static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value)
                .setScale(DECIMALS, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }
}
