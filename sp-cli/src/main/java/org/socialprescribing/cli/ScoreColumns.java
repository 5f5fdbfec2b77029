package org.socialprescribing.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.ItemFlag;
import org.socialprescribing.measures.ScoringRule;
import org.socialprescribing.measures.SeparateItems;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * The result columns of {@code sp score} for one instrument: {@code id}, then one column per score component
 * (followed by its band column when the component is banded), then one per flag, then {@code status} and {@code
 * message}. The generic names are {@code <component>}, {@code <component>_band} and the flag code with
 * non-identifier characters as {@code _}; the CLI contract renames a few (PHQ-9 and GAD-7 bands are {@code severity},
 * the PHQ-9 item 9 flag is {@code risk_flag}; a star's bands are {@code <area>_stage}).
 */
final class ScoreColumns {

    /** Contract names that differ from the generic ones, by {@code instrument:generic name}. */
    private static final Map<String, String> CONTRACT_NAMES = Map.of(
            "phq9:total_band", "severity",
            "gad7:total_band", "severity",
            "phq9:phq9_item9_positive", "risk_flag");

    private enum Kind {
        VALUE,
        BAND,
        FLAG
    }

    /** One score column: what it shows of which component or flag. */
    private record ScoreColumn(Kind kind, int component, String flag, int item) {}

    private final List<RowWriter.Column> columns = new ArrayList<>();
    private final List<ScoreColumn> scores = new ArrayList<>();
    private final String[] cells;

    private ScoreColumns(BatchScorer batch, String bandSuffix) {
        Instrument instrument = batch.instrument();
        String id = instrument.id().value();
        columns.add(RowWriter.Column.text("id"));
        BatchScores layout = batch.newScores(0);
        List<String> components = new ArrayList<>();
        for (int c = 0; c < layout.componentCount(); c++) {
            components.add(layout.componentName(c));
        }
        ScoringRule rule = instrument.scoringRule();
        List<Boolean> banded = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            banded.add(isBanded(rule, instrument, c, components.get(c)));
        }
        for (int c = 0; c < components.size(); c++) {
            add(id, components.get(c), RowWriter.Kind.NUMBER, new ScoreColumn(Kind.VALUE, c, "", -1));
            if (banded.get(c)) {
                add(id, components.get(c) + bandSuffix, RowWriter.Kind.TEXT, new ScoreColumn(Kind.BAND, c, "", -1));
            }
        }
        if (rule instanceof SummedScale) {
            for (ItemFlag flag : ((SummedScale) rule).flags()) {
                String name = flag.code().replaceAll("[^A-Za-z0-9_]", "_");
                add(
                        id,
                        name,
                        RowWriter.Kind.BOOLEAN,
                        new ScoreColumn(Kind.FLAG, -1, flag.code(), flag.itemNumber() - 1));
            }
        }
        columns.add(RowWriter.Column.text("status"));
        columns.add(RowWriter.Column.text("message"));
        cells = new String[columns.size()];
    }

    /** Whether a component has bands: a summed scale's total may; a separately scored item has its own table. */
    private static boolean isBanded(ScoringRule rule, Instrument instrument, int component, String name) {
        if (rule instanceof SummedScale) {
            return component == 0 && ((SummedScale) rule).bands().isPresent();
        }
        if (rule instanceof SeparateItems) {
            Map<String, BandTable> bands = ((SeparateItems) rule).bands();
            return instrument.items().stream()
                    .anyMatch(item -> item.name().equals(name) && bands.containsKey(item.key()));
        }
        return false;
    }

    private void add(String instrument, String name, RowWriter.Kind kind, ScoreColumn column) {
        String contractName = CONTRACT_NAMES.getOrDefault(instrument + ":" + name, name);
        columns.add(new RowWriter.Column(contractName, kind));
        scores.add(column);
    }

    /**
     * The columns of an instrument's scores.
     *
     * @param instrument the instrument's batch scorer
     * @return the layout
     */
    static ScoreColumns of(BatchScorer instrument) {
        return new ScoreColumns(instrument, "_band");
    }

    /**
     * The columns of a star's readings: each area's reading and its stage.
     *
     * @param star the star's batch scorer (see {@code StarDefinition.instrument()})
     * @return the layout
     */
    static ScoreColumns ofStar(BatchScorer star) {
        return new ScoreColumns(star, "_stage");
    }

    /** @return every column, {@code id} first and {@code status}, {@code message} last */
    List<RowWriter.Column> columns() {
        return columns;
    }

    /**
     * The cells of one row. Scores are empty unless the row has them: an invalid row keeps only the separately scored
     * items that are valid (ONS4), an incomplete row only the separately scored items it has. A flag is shown
     * whenever its own item holds a valid answer, whatever the other answers are, so that a positive PHQ-9 item 9 is
     * never hidden by another missing or invalid answer. A row made invalid by something outside the reporting stage
     * (a ragged row, an invalid WEMWBS item of a SWEMWBS-from-WEMWBS file) shows no score at all.
     *
     * @param chunk the scored chunk
     * @param r the row
     * @return the cells, in column order (the array is reused)
     */
    String[] cells(ScoredChunk chunk, int r) {
        ScoreStatus status = chunk.status(r);
        BatchScores batch = chunk.scores();
        boolean blank = status == ScoreStatus.INVALID && !chunk.invalidInReportingStage(r);
        cells[0] = chunk.text(0, r);
        for (int s = 0; s < scores.size(); s++) {
            cells[s + 1] = blank ? "" : cell(scores.get(s), chunk, batch, r);
        }
        cells[cells.length - 2] = status.code();
        cells[cells.length - 1] = chunk.message(r);
        return cells;
    }

    private static String cell(ScoreColumn column, ScoredChunk chunk, BatchScores batch, int r) {
        return switch (column.kind()) {
            case VALUE ->
                batch.hasValue(r, column.component())
                        ? number(batch.unscaledValue(r, column.component()), batch.scale(column.component()))
                        : "";
            case BAND -> batch.bandCode(r, column.component()).orElse("");
            case FLAG -> chunk.answeredValidly(r, column.item()) ? String.valueOf(batch.hasFlag(r, column.flag())) : "";
        };
    }

    private static String number(int unscaled, int scale) {
        return scale == 0
                ? Integer.toString(unscaled)
                : BigDecimal.valueOf(unscaled, scale).toPlainString();
    }
}
