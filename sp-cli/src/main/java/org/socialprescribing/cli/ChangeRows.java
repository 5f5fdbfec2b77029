package org.socialprescribing.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.change.PersonChange;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;

/**
 * The per-person rows of {@code sp change}: one row per person and compared component, people in baseline order then
 * those found only in the follow-up file. A row is {@code compared} when both files have the component's score,
 * {@code not_compared} when a side lacks it (its status and message say why), {@code no_follow_up} or {@code
 * no_baseline} when the person is in one file only. The compared changes are kept for the cohort summary.
 */
final class ChangeRows {

    /**
     * One compared person, for the cohort summary.
     *
     * @param change the change
     * @param stratum the value of the {@code --by} column, empty without one
     */
    record Compared(PersonChange change, String stratum) {}

    private final List<String> components;
    private final @Nullable ChangeThreshold threshold;
    private final @Nullable String by;
    private final List<RowWriter.Column> columns = new ArrayList<>();
    private final Map<String, List<Compared>> compared = new LinkedHashMap<>();
    private final Attrition attrition = new Attrition();
    private final boolean categorical;
    private final String[] cells;

    ChangeRows(List<String> components, @Nullable ChangeThreshold threshold, @Nullable String by, boolean categorical) {
        this.components = List.copyOf(components);
        this.threshold = threshold;
        this.by = by;
        this.categorical = categorical;
        columns.add(RowWriter.Column.text("id"));
        if (by != null) {
            columns.add(RowWriter.Column.text(by));
        }
        columns.add(RowWriter.Column.text("component"));
        columns.add(RowWriter.Column.number("baseline"));
        columns.add(RowWriter.Column.text("baseline_band"));
        columns.add(RowWriter.Column.number("follow_up"));
        columns.add(RowWriter.Column.text("follow_up_band"));
        columns.add(RowWriter.Column.number("change"));
        columns.add(RowWriter.Column.text("category"));
        columns.add(RowWriter.Column.text("status"));
        columns.add(RowWriter.Column.text("message"));
        cells = new String[columns.size()];
        components.forEach(c -> compared.put(c, new ArrayList<>()));
    }

    /** @return the per-person columns */
    List<RowWriter.Column> columns() {
        return columns;
    }

    /** @return who is missing from the comparison, by component and stratum */
    Attrition attrition() {
        return attrition;
    }

    /** @return the compared people by component, in component order */
    Map<String, List<Compared>> compared() {
        return compared;
    }

    /**
     * Writes every row.
     *
     * @param baseline the baseline file
     * @param followUp the follow-up file
     * @param writer where the rows go
     */
    void write(MeasuredFile baseline, MeasuredFile followUp, RowWriter writer) {
        for (MeasuredFile.Measured before : baseline.byId().values()) {
            MeasuredFile.Measured after = followUp.byId().get(before.id());
            for (String component : components) {
                if (after == null) {
                    attrition.count(component, before.stratum(), Attrition.Kind.BASELINE_ONLY);
                    writer.write(oneSide(before, null, component));
                } else {
                    writer.write(both(before, after, component));
                }
            }
        }
        for (MeasuredFile.Measured after : followUp.byId().values()) {
            if (!baseline.byId().containsKey(after.id())) {
                for (String component : components) {
                    attrition.count(component, null, Attrition.Kind.FOLLOW_UP_ONLY);
                    writer.write(oneSide(null, after, component));
                }
            }
        }
    }

    private String[] both(MeasuredFile.Measured before, MeasuredFile.Measured after, String component) {
        Optional<ScoreComponent> b = componentOf(before.result(), component);
        Optional<ScoreComponent> a = componentOf(after.result(), component);
        ScoreResult beforeResult = before.result();
        ScoreResult afterResult = after.result();
        if (b.isEmpty() || a.isEmpty() || beforeResult == null || afterResult == null) {
            List<String> why = new ArrayList<>();
            if (b.isEmpty()) {
                why.add("baseline " + before.status().code() + ": " + before.message());
            }
            if (a.isEmpty()) {
                why.add("follow-up " + after.status().code() + ": " + after.message());
            }
            attrition.count(component, before.stratum(), Attrition.Kind.NOT_COMPARED);
            fill(before.id(), before.stratum(), component, b, a);
            cells[cells.length - 2] = "not_compared";
            cells[cells.length - 1] = String.join("; ", why);
            return cells;
        }
        PersonChange change = threshold == null
                ? PersonChange.between(beforeResult, afterResult, component)
                : PersonChange.between(beforeResult, afterResult, threshold);
        compared.get(component).add(new Compared(change, before.stratum()));
        fill(before.id(), before.stratum(), component, b, a);
        // A categorical answer's code is a position, not a score: it has no arithmetic change.
        cells[cells.length - 4] = categorical ? "" : change.change().toPlainString();
        cells[cells.length - 3] =
                change.category().map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("");
        cells[cells.length - 2] = "compared";
        cells[cells.length - 1] = "";
        return cells;
    }

    private String[] oneSide(
            MeasuredFile.@Nullable Measured before, MeasuredFile.@Nullable Measured after, String component) {
        MeasuredFile.Measured present = before != null ? before : after;
        fill(
                present == null ? "" : present.id(),
                before == null ? "" : before.stratum(),
                component,
                componentOf(before == null ? null : before.result(), component),
                componentOf(after == null ? null : after.result(), component));
        cells[cells.length - 2] = before == null ? "no_baseline" : "no_follow_up";
        cells[cells.length - 1] = present == null || present.message().isEmpty()
                ? ""
                : (before == null ? "follow-up " : "baseline ")
                        + present.status().code() + ": " + present.message();
        return cells;
    }

    private void fill(
            String id,
            String stratum,
            String component,
            Optional<ScoreComponent> before,
            Optional<ScoreComponent> after) {
        int c = 0;
        cells[c++] = id;
        if (by != null) {
            cells[c++] = stratum;
        }
        cells[c++] = component;
        cells[c++] = before.map(s -> s.value().toPlainString()).orElse("");
        cells[c++] = before.flatMap(ScoreComponent::band).map(b -> b.code()).orElse("");
        cells[c++] = after.map(s -> s.value().toPlainString()).orElse("");
        cells[c++] = after.flatMap(ScoreComponent::band).map(b -> b.code()).orElse("");
        cells[c++] = "";
        cells[c] = "";
    }

    private static Optional<ScoreComponent> componentOf(@Nullable ScoreResult result, String component) {
        return result == null ? Optional.empty() : result.component(component);
    }
}
