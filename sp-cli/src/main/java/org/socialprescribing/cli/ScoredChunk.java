package org.socialprescribing.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.MeasureIssue;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.measure.ScoreMessage;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * A fixed number of CSV rows, copied into reused primitive arrays and scored together with the batch API, so that
 * memory stays the same whatever the size of the input. A chunk is also scored early when the text it keeps (ids
 * and other text columns) grows large, so that a file of very long cells cannot exhaust memory either.
 *
 * <p>Messages name the CSV column and quote the cell as written, e.g. {@code wemwbs_3: 6 is outside 1..5} or
 * {@code wemwbs_3: 2.5 is not an integer}; a row whose field count differs from the header's is invalid.
 */
final class ScoredChunk {

    /** Rows per chunk: large enough to amortise the batch call, small enough to stay in cache. */
    static final int DEFAULT_CAPACITY = 4096;

    private static final long TEXT_BUDGET = 1 << 20;

    private final ScoringPlan plan;
    private final int capacity;
    private final int slots;
    private final long[] lines;
    private final String[][] texts;
    private final int[] answers;
    private final @Nullable String[] rejected;
    private final @Nullable String[] rowProblems;
    private final int[][] codes;
    private final BatchScores[] scores;
    private int size;
    private long textChars;

    ScoredChunk(ScoringPlan plan, int textColumns, int capacity) {
        this.plan = plan;
        this.capacity = capacity;
        this.slots = plan.answerColumns().size();
        this.lines = new long[capacity];
        this.texts = new String[textColumns][capacity];
        this.answers = new int[capacity * slots];
        this.rejected = new String[capacity * slots];
        this.rowProblems = new String[capacity];
        List<ScoringPlan.Stage> stages = plan.stages();
        this.codes = new int[stages.size()][];
        this.scores = new BatchScores[stages.size()];
        for (int s = 0; s < stages.size(); s++) {
            BatchScorer batch = stages.get(s).batch();
            codes[s] = new int[capacity * batch.itemCount()];
            scores[s] = batch.newScores(capacity);
        }
    }

    /**
     * Copies a row into the chunk.
     *
     * @param row the row just read
     * @param headerWidth the number of columns in the header
     * @return true when the chunk should now be scored (it is full, or holds much text)
     */
    boolean add(CsvRow row, int headerWidth) {
        int r = size++;
        lines[r] = row.line();
        for (int t = 0; t < texts.length; t++) {
            String text = row.text(t);
            texts[t][r] = text;
            textChars += text.length();
        }
        String problem = row.problem();
        boolean ragged = problem != null || row.fieldCount() != headerWidth;
        rowProblems[r] = problem != null
                ? problem
                : ragged
                        ? "line " + row.line() + " has " + row.fieldCount() + " fields but the header has "
                                + headerWidth
                        : null;
        for (int s = 0; s < slots; s++) {
            answers[r * slots + s] = ragged ? BatchScorer.MISSING : row.answer(s);
            rejected[r * slots + s] = ragged ? null : row.rejected(s);
        }
        return size == capacity || textChars > TEXT_BUDGET;
    }

    /** Scores the rows added since the last {@link #clear}. */
    void score() {
        List<ScoringPlan.Stage> stages = plan.stages();
        for (int s = 0; s < stages.size(); s++) {
            ScoringPlan.Stage stage = stages.get(s);
            int[] slotOfItem = stage.slotOfItem();
            int items = slotOfItem.length;
            int[] stageCodes = codes[s];
            for (int r = 0; r < size; r++) {
                for (int i = 0; i < items; i++) {
                    int slot = slotOfItem[i];
                    stageCodes[r * items + i] = slot < 0 ? BatchScorer.MISSING : answers[r * slots + slot];
                }
            }
            stage.batch().scoreRows(stageCodes, size, scores[s]);
        }
    }

    /** Empties the chunk for the next rows (the arrays are kept, and overwritten as rows come). */
    void clear() {
        size = 0;
        textChars = 0;
    }

    /** @return the number of rows in the chunk */
    int size() {
        return size;
    }

    /** @return the line a row starts on */
    long line(int r) {
        return lines[r];
    }

    /** @return a row's text in a text column (0 is the first one the command asked for) */
    String text(int column, int r) {
        return texts[column][r];
    }

    /** @return the row's status: invalid if the row is ragged or any stage finds an invalid answer */
    ScoreStatus status(int r) {
        if (rowProblems[r] != null) {
            return ScoreStatus.INVALID;
        }
        for (BatchScores stage : scores) {
            if (stage.status(r) == ScoreStatus.INVALID) {
                return ScoreStatus.INVALID;
            }
        }
        return last().status(r);
    }

    /** @return the scores of the reporting stage; read them only when the row is not invalid */
    BatchScores scores() {
        return last();
    }

    /** @return true if the reporting stage's item holds an answer it accepts in this row (never for a ragged row) */
    boolean answeredValidly(int r, int item) {
        int[] slotOfItem = plan.stages().get(scores.length - 1).slotOfItem();
        if (rowProblems[r] != null || slotOfItem[item] < 0) {
            return false;
        }
        int code = answers[r * slots + slotOfItem[item]];
        Item rule = itemOf(item);
        return code != BatchScorer.MISSING
                && (rule.isUnchecked() || (code >= rule.minCode() && code <= rule.maxCode()));
    }

    /** @return true if the row is invalid because of an answer of the reporting stage itself (not a ragged row) */
    boolean invalidInReportingStage(int r) {
        if (rowProblems[r] != null) {
            return false;
        }
        for (int s = 0; s < scores.length - 1; s++) {
            if (scores[s].status(r) == ScoreStatus.INVALID) {
                return false;
            }
        }
        return last().status(r) == ScoreStatus.INVALID;
    }

    private Item itemOf(int item) {
        return plan.stages().get(scores.length - 1).batch().instrument().items().get(item);
    }

    /** @return the row as a score result of the reporting stage (invalid rows keep only facts of single items) */
    ScoreResult result(int r) {
        return last().toResult(r);
    }

    /**
     * The row's message: empty when scored, the missing columns when incomplete, the column and cell at fault when
     * invalid; NHS numbers masked.
     *
     * @param r the row
     * @return the message, never null
     */
    String message(int r) {
        // The one place row messages are made (score, star and change output): each quotes the cell at fault,
        // which may be an NHS number in the wrong column.
        return PersonalData.mask(unmaskedMessage(r));
    }

    private String unmaskedMessage(int r) {
        String problem = rowProblems[r];
        if (problem != null) {
            return problem;
        }
        for (int s = 0; s < scores.length; s++) {
            if (scores[s].status(r) == ScoreStatus.INVALID) {
                return invalid(s, r);
            }
        }
        if (last().status(r) == ScoreStatus.INCOMPLETE) {
            return missing(r);
        }
        return "";
    }

    private String invalid(int stage, int r) {
        ScoringPlan.Stage at = plan.stages().get(stage);
        List<Item> items = at.batch().instrument().items();
        for (ScoreMessage message : scores[stage].toResult(r).messages()) {
            if (message.code().equals(MeasureIssue.ANSWER_MISSING.code())) {
                continue;
            }
            int item = indexOf(items, message.item().orElse(""));
            if (item >= 0 && at.slotOfItem()[item] >= 0) {
                int slot = at.slotOfItem()[item];
                String column = plan.answerColumns().get(slot);
                String cell = rejected[r * slots + slot];
                String shown = cell == null ? String.valueOf(answers[r * slots + slot]) : cell;
                Item rule = items.get(item);
                return answers[r * slots + slot] == BatchScorer.NOT_AN_INTEGER
                        ? column + ": " + shown + " is not an integer"
                        : column + ": " + shown + " is outside " + rule.minCode() + ".." + rule.maxCode();
            }
            return message.text();
        }
        return scores[stage].message(r);
    }

    private String missing(int r) {
        ScoringPlan.Stage at = plan.stages().get(scores.length - 1);
        List<Item> items = at.batch().instrument().items();
        List<String> columns = new ArrayList<>();
        for (ScoreMessage message : last().toResult(r).messages()) {
            int item = indexOf(items, message.item().orElse(""));
            if (item >= 0 && at.slotOfItem()[item] >= 0) {
                columns.add(plan.answerColumns().get(at.slotOfItem()[item]));
            }
        }
        return "missing " + String.join(", ", Header.runs(columns));
    }

    private static int indexOf(List<Item> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private BatchScores last() {
        return scores[scores.length - 1];
    }
}
