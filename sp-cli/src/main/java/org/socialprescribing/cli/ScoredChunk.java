package org.socialprescribing.cli;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.contract.ContractRows;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * A fixed number of CSV rows, copied into reused primitive arrays and scored together by sp-measures' {@link
 * ContractRows} (the {@code sp score} contract, shared with sp-spark), so that memory stays the same whatever the
 * size of the input. A chunk is also scored early when the text it keeps (ids and other text columns) grows large, so
 * that a file of very long cells cannot exhaust memory either.
 *
 * <p>Messages name the CSV column and quote the cell as written, e.g. {@code wemwbs_3: 6 is outside 1..5} or
 * {@code wemwbs_3: 2.5 is not an integer}; a row whose field count differs from the header's is invalid.
 */
final class ScoredChunk {

    /** Rows per chunk: large enough to amortise the batch call, small enough to stay in cache. */
    static final int DEFAULT_CAPACITY = 4096;

    private static final long TEXT_BUDGET = 1 << 20;

    private final int capacity;
    private final int slots;
    private final long[] lines;
    private final String[][] texts;
    private final int[] answers;
    private final @Nullable String[] rejected;
    private final @Nullable String[] rowProblems;
    private final ContractRows rows;
    private final ContractRows.Shown shown = this::shown;
    private int size;
    private long textChars;

    ScoredChunk(ScoringPlan plan, int textColumns, int capacity) {
        this.capacity = capacity;
        this.slots = plan.answerColumns().size();
        this.lines = new long[capacity];
        this.texts = new String[textColumns][capacity];
        this.answers = new int[capacity * slots];
        this.rejected = new String[capacity * slots];
        this.rowProblems = new String[capacity];
        this.rows = new ContractRows(plan.contract(), capacity);
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
        rows.score(answers, size);
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
        return rowProblems[r] != null ? ScoreStatus.INVALID : rows.status(r);
    }

    /** @return the scores of the reporting stage; read them only when the row is not invalid */
    BatchScores scores() {
        return rows.scores();
    }

    /** @return true if the reporting stage's item holds an answer it accepts in this row (never for a ragged row) */
    boolean answeredValidly(int r, int item) {
        return rowProblems[r] == null && rows.answeredValidly(r, item);
    }

    /** @return true if the row is invalid because of an answer of the reporting stage itself (not a ragged row) */
    boolean invalidInReportingStage(int r) {
        return rowProblems[r] == null && rows.invalidInReportingStage(r);
    }

    /** @return the row as a score result of the reporting stage (invalid rows keep only facts of single items) */
    ScoreResult result(int r) {
        return rows.scores().toResult(r);
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
        String problem = rowProblems[r];
        return problem != null ? PersonalData.mask(problem) : rows.message(r, shown);
    }

    /** A cell as the message quotes it: as the reader kept it when rejected, else the accepted integer. */
    private String shown(int r, int slot) {
        String cell = rejected[r * slots + slot];
        return cell == null ? String.valueOf(answers[r * slots + slot]) : cell;
    }
}
