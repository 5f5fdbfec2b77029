package org.socialprescribing.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the CSV text on its way to the parser, to learn what the parser does not say: whether the input ended
 * inside a quoted cell (a quote opened and never closed), and how many line breaks were read into quoted cells.
 * FastCSV takes an unclosed quote as a cell running to the end of the input without a word, which silently turned
 * the rest of a file into one cell; with this, every line is accounted for: lines in = rows out + lines reported.
 *
 * <p>The rules are those of FastCSV's strict parser (4.1), as {@link CsvInput} configures it, read from its code: a
 * quote opens quoted mode at the start of a cell; in quoted mode any quote ends it, and a quote anywhere later in
 * the same cell opens it again (which is how {@code ""} reads as a quote); a quote inside an unquoted cell is an
 * ordinary character. Line breaks are counted as FastCSV counts lines: CR, LF and CR LF are one each. A property
 * test checks the two against each other on random quotes.
 * Measured cost: one pass over characters already in memory, a few percent of the parse (see docs/PERFORMANCE.md).
 */
final class QuoteTracker extends FilterReader {

    private static final int CELL_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    private int state = CELL_START;
    private boolean lastWasCr;
    private boolean atRecordStart = true;
    private long line = 1;
    private long recordLine = 1;
    private long quoteLine;
    private long lastContentLine;
    private long foldedLines;
    private long pendingLines;
    private boolean ended;

    QuoteTracker(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c < 0) {
            ended = true;
        } else {
            follow((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = super.read(cbuf, off, len);
        if (n < 0) {
            ended = true;
        }
        // Fast path for the characters that are most of any CSV (digits, letters): none of them matters to the
        // state but for starting an unquoted cell or a record. They are only noted in a local (their effect on the
        // fields is applied before the next character that matters, and at the end), so that the loop over them
        // writes no field.
        boolean skipping = !atRecordStart && state != CELL_START;
        boolean skipped = false;
        for (int i = off, end = off + Math.max(n, 0); i < end; i++) {
            char c = cbuf[i];
            if (c > ',' && skipping) {
                skipped = true;
                continue;
            }
            if (skipped) {
                contentSeen();
                skipped = false;
            }
            follow(c);
            skipping = !atRecordStart && state != CELL_START;
        }
        if (skipped) {
            contentSeen();
        }
        return n;
    }

    /** What a character that changes no state does: the line holds content, and a CR is no longer the last. */
    private void contentSeen() {
        lastWasCr = false;
        lastContentLine = line;
    }

    private void follow(char c) {
        if (c == '\n' || c == '\r') {
            boolean secondOfCrLf = c == '\n' && lastWasCr;
            lastWasCr = c == '\r';
            if (secondOfCrLf) {
                return;
            }
            line++;
            if (state == QUOTED) {
                pendingLines++;
            } else {
                state = CELL_START;
                atRecordStart = true;
            }
            return;
        }
        lastWasCr = false;
        lastContentLine = line;
        if (atRecordStart) {
            atRecordStart = false;
            recordLine = line;
        }
        switch (state) {
            case CELL_START:
                if (c == '"') {
                    open();
                } else if (c != ',') {
                    state = UNQUOTED;
                }
                break;
            case UNQUOTED:
                // A quote inside an unquoted cell is a character like any other.
                if (c == ',') {
                    state = CELL_START;
                }
                break;
            case QUOTED:
                if (c == '"') {
                    // Any quote ends quoted mode; a quote right after it opens it again (so "" is a quote).
                    state = AFTER_QUOTE;
                    foldedLines += pendingLines;
                    pendingLines = 0;
                }
                break;
            case AFTER_QUOTE: // the cell stays a quoted one, and a later quote opens quoted mode again
                if (c == '"') {
                    open();
                } else if (c == ',') {
                    state = CELL_START;
                }
                break;
        }
    }

    private void open() {
        state = QUOTED;
        quoteLine = line;
        pendingLines = 0;
    }

    /** @return true while the text read so far ends inside a quoted cell */
    boolean inQuote() {
        return state == QUOTED;
    }

    /** @return true once the input has ended inside a quoted cell */
    boolean endedInQuote() {
        return ended && state == QUOTED;
    }

    /** @return the line on which the record holding the unclosed quote starts (when {@link #endedInQuote()}) */
    long unclosedRecordLine() {
        return recordLine;
    }

    /** @return the line on which the unclosed quote was opened (when {@link #endedInQuote()}) */
    long unclosedQuoteLine() {
        return quoteLine;
    }

    /** @return the last line with any character on it */
    long lastContentLine() {
        return lastContentLine;
    }

    /**
     * Lines that quoted cells swallowed: line breaks read into a cell, which a closed quote makes legal (a cell may
     * hold several lines) but which are not rows of their own.
     *
     * @return the number of such lines, those of an unclosed quote not included
     */
    long foldedLines() {
        return foldedLines;
    }
}
