package org.socialprescribing.cli;

import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.contract.ScoreContract;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * The result columns of {@code sp score} for one instrument: {@code id}, then the contract's result columns (one per
 * score component, followed by its band column when the component is banded, then one per flag; sp-measures' {@link
 * ScoreContract#resultColumns}, shared with sp-spark), then {@code status} and {@code message}. The generic names are
 * {@code <component>}, {@code <component>_band} and the flag code with non-identifier characters as {@code _}; the
 * contract renames a few (PHQ-9 and GAD-7 bands are {@code severity}, the PHQ-9 item 9 flag is {@code risk_flag}; a
 * star's bands are {@code <area>_stage}).
 */
final class ScoreColumns {

    private final List<RowWriter.Column> columns = new ArrayList<>();
    private final List<ScoreContract.Column> scores;
    private final DecimalCells[] numbers;
    private final String[] cells;

    private ScoreColumns(BatchScorer batch, String bandSuffix) {
        scores = ScoreContract.resultColumns(batch, bandSuffix);
        numbers = new DecimalCells[scores.size()];
        columns.add(RowWriter.Column.text("id"));
        for (int s = 0; s < scores.size(); s++) {
            ScoreContract.Column column = scores.get(s);
            numbers[s] = new DecimalCells(column.scale());
            RowWriter.Kind kind = switch (column.kind()) {
                case VALUE -> RowWriter.Kind.NUMBER;
                case BAND -> RowWriter.Kind.TEXT;
                case FLAG -> RowWriter.Kind.BOOLEAN;
            };
            columns.add(new RowWriter.Column(column.name(), kind));
        }
        columns.add(RowWriter.Column.text("status"));
        columns.add(RowWriter.Column.text("message"));
        cells = new String[columns.size()];
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
            cells[s + 1] = blank ? "" : cell(s, chunk, batch, r);
        }
        cells[cells.length - 2] = status.code();
        cells[cells.length - 1] = chunk.message(r);
        return cells;
    }

    private String cell(int s, ScoredChunk chunk, BatchScores batch, int r) {
        ScoreContract.Column column = scores.get(s);
        return switch (column.kind()) {
            case VALUE ->
                batch.hasValue(r, column.component())
                        ? numbers[s].text(batch.unscaledValue(r, column.component()))
                        : "";
            case BAND -> batch.bandCode(r, column.component()).orElse("");
            case FLAG -> chunk.answeredValidly(r, column.item()) ? String.valueOf(batch.hasFlag(r, column.flag())) : "";
        };
    }
}
