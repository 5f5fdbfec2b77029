package org.socialprescribing.cli;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.BatchScorer;

/**
 * One data record of a CSV input, reduced to what the commands read: the selected text columns (such as {@code id})
 * as strings, the selected answer columns as batch answer codes, and, for an answer that cannot be accepted, the
 * cell as it may be shown in a message. {@link CsvRowHandler} fills one instance again for every record, so a
 * reader copies what it keeps.
 */
final class CsvRow {

    private long line;
    private int fieldCount;
    private final String[] texts;
    private final int[] answers;
    private final @Nullable String[] rejected;
    private @Nullable String problem;

    CsvRow(int textCount, int answerCount) {
        texts = new String[textCount];
        answers = new int[answerCount];
        rejected = new String[answerCount];
    }

    /** Starts a new record: every selected cell is blank until the parser reaches it. */
    void begin(long startingLine) {
        line = startingLine;
        fieldCount = 0;
        Arrays.fill(texts, "");
        Arrays.fill(answers, BatchScorer.MISSING);
        Arrays.fill(rejected, null);
        problem = null;
    }

    /**
     * Marks the whole row as unreadable: it is reported invalid with this message, whatever its cells hold.
     *
     * @param message why, naming the line
     */
    void fail(String message) {
        if (problem == null) {
            problem = message;
        }
    }

    /** @return why the whole row is unreadable (a line or cell over a limit, an unclosed quote), or null */
    @Nullable
    String problem() {
        return problem;
    }

    void setText(int slot, String text) {
        texts[slot] = text;
    }

    void setAnswer(int slot, int code, @Nullable String shownIfRejected) {
        answers[slot] = code;
        rejected[slot] = shownIfRejected;
    }

    void end(int fields) {
        fieldCount = fields;
    }

    /** @return the line on which the record starts (a quoted field may span lines), from 1 */
    long line() {
        return line;
    }

    /** @return how many fields the record has */
    int fieldCount() {
        return fieldCount;
    }

    /** @return the text of a selected text column, empty when the cell is empty or absent */
    String text(int slot) {
        return texts[slot];
    }

    /** @return the answer code of a selected answer column: a value, {@link BatchScorer#MISSING} or NOT_AN_INTEGER */
    int answer(int slot) {
        return answers[slot];
    }

    /** @return the cell of a rejected answer as it may be shown (one line, shortened), or null if it was accepted */
    @Nullable
    String rejected(int slot) {
        return rejected[slot];
    }
}
