package org.socialprescribing.cli;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.contract.ContractRows;
import org.socialprescribing.model.input.InputLimit;
import org.socialprescribing.model.input.InputLimits;

/**
 * Turns FastCSV's parser callbacks into {@link CsvRow}s without creating a string per cell: answers are parsed
 * straight from the parser's buffer with {@link BatchScorer#parseAnswer}; only the selected text columns and
 * rejected answers become strings. The first record is the header, kept whole; {@link #select} then says which
 * columns the data records feed. Fields beyond the header's width are ignored here (the caller sees the field
 * count and reports the row).
 */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<CsvRow> {

    /** The longest cell quoted in a message, as in sp-measures' own messages. */
    private static final int UNUSED = -1;

    private final List<String> header = new ArrayList<>();
    private final String input;
    private final int maxCell;
    private final int maxLine;
    private final int maxColumns;
    private long recordLength;
    private boolean headerRead;
    private int[] textSlot = new int[0];
    private int[] answerSlot = new int[0];
    private int[] min = new int[0];
    private int[] max = new int[0];
    private CsvRow row = new CsvRow(0, 0);
    private final CharSlice slice = new CharSlice();

    /**
     * A handler under input limits.
     *
     * @param input the input's name, for messages
     * @param limits the limits: cell and line length, header columns
     */
    CsvRowHandler(String input, InputLimits limits) {
        this.input = input;
        this.maxCell = limits.maxStringLength();
        this.maxLine = limits.maxLineLength();
        this.maxColumns = limits.maxEntries();
    }

    /** @return the line on which the record being read (or last read) starts, from 1 */
    long line() {
        return getStartingLineNumber();
    }

    /** @return the header's column names, in file order (complete once the first record was read) */
    List<String> header() {
        return header;
    }

    /**
     * Chooses the columns that data records feed.
     *
     * @param textFields the field index of each text slot
     * @param answerFields the field index of each answer slot
     * @param answerMin the lowest accepted code of each answer slot
     * @param answerMax the highest accepted code of each answer slot
     */
    void select(int[] textFields, int[] answerFields, int[] answerMin, int[] answerMax) {
        textSlot = slots(textFields);
        answerSlot = slots(answerFields);
        min = answerMin.clone();
        max = answerMax.clone();
        row = new CsvRow(textFields.length, answerFields.length);
    }

    private int[] slots(int[] fields) {
        int[] slots = new int[header.size()];
        Arrays.fill(slots, UNUSED);
        for (int slot = 0; slot < fields.length; slot++) {
            slots[fields[slot]] = slot;
        }
        return slots;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        recordLength = 0;
        if (headerRead) {
            row.begin(startingLineNumber);
        }
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        // Separators and quotes are not counted: the limit is on what the record holds.
        recordLength += len + 1L;
        if (!headerRead) {
            if (len > maxCell) {
                throw header("has a column name longer than " + maxCell + " characters", InputLimit.STRING_LENGTH);
            }
            if (fieldIdx >= maxColumns) {
                throw header("has more than " + maxColumns + " columns", InputLimit.ENTRIES);
            }
            if (recordLength > maxLine) {
                throw header("is longer than " + maxLine + " characters", InputLimit.LINE_LENGTH);
            }
            header.add(new String(buf, offset, len));
            return;
        }
        if (len > maxCell) {
            row.fail(overLimit(InputLimit.STRING_LENGTH, "a cell"));
            return;
        }
        if (recordLength > maxLine) {
            row.fail(overLimit(InputLimit.LINE_LENGTH, "the line"));
            return;
        }
        if (fieldIdx >= textSlot.length) {
            return;
        }
        int text = textSlot[fieldIdx];
        if (text != UNUSED) {
            row.setText(text, new String(buf, offset, len));
        }
        int answer = answerSlot[fieldIdx];
        if (answer != UNUSED) {
            // Most cells are one digit or empty: read those directly (the same codes parseAnswer gives them), the
            // rest through parseAnswer, whose rules decide (spaces, signs, text).
            char first = len == 1 ? buf[offset] : ' ';
            int code = len == 0
                    ? BatchScorer.MISSING
                    : first >= '0' && first <= '9' ? first - '0' : BatchScorer.parseAnswer(slice.of(buf, offset, len));
            boolean accepted = code == BatchScorer.MISSING || (code >= min[answer] && code <= max[answer]);
            row.setAnswer(answer, code, accepted ? null : shown(buf, offset, len));
        }
    }

    private UsageException header(String rule, InputLimit limit) {
        return new UsageException(input + ": the header " + rule + " (limit " + limit.key()
                + "); to accept it, raise the limit with --limit " + limit.key() + "=N");
    }

    private long max(InputLimit limit) {
        return limit == InputLimit.STRING_LENGTH ? maxCell : limit == InputLimit.LINE_LENGTH ? maxLine : maxColumns;
    }

    private String overLimit(InputLimit limit, String what) {
        return "line " + row.line() + ": " + what + " is longer than " + max(limit) + " characters (limit "
                + limit.key() + ")";
    }

    @Override
    protected CsvRow buildRecord() {
        if (!headerRead) {
            headerRead = true;
            return row;
        }
        row.end(getFieldCount());
        return row;
    }

    /**
     * A cell as a message may show it: surrounding spaces removed, NHS numbers masked (before the cut, so that none
     * is left half shown), control characters replaced, at most 40 characters.
     */
    static String shown(char[] buf, int offset, int len) {
        return ContractRows.quoted(new String(buf, offset, len));
    }

    /** A reusable view of part of the parser's buffer, so that answers parse without allocating. */
    private static final class CharSlice implements CharSequence {

        private char[] buf = new char[0];
        private int offset;
        private int length;

        CharSlice of(char[] buffer, int start, int len) {
            buf = buffer;
            offset = start;
            length = len;
            return this;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return buf[offset + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(buf, offset + start, end - start);
        }

        @Override
        public String toString() {
            return new String(buf, offset, length);
        }
    }
}
