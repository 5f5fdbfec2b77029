package org.socialprescribing.cli;

import java.io.PrintWriter;
import org.socialprescribing.model.measure.ScoreStatus;

/** Rows counted by score status, for the summary line and the exit code. */
final class StatusCounts {

    private final long[] counts = new long[ScoreStatus.values().length];
    private long foldedLines;
    private long unreadLines;

    void add(ScoreStatus status) {
        counts[status.ordinal()]++;
    }

    /**
     * Records the input lines that are not rows of their own, so that the summary accounts for every line.
     *
     * @param input the input, read to its end
     * @param err where the unclosed quote, if any, is reported (always, even when quiet: it is an error)
     */
    void account(CsvInput input, PrintWriter err) {
        foldedLines = input.foldedLines();
        input.unclosedQuote().ifPresent(quote -> {
            unreadLines = quote.unreadLines();
            err.println(quote.summary(input.name()));
        });
    }

    /** @return how many rows had a status */
    long count(ScoreStatus status) {
        return counts[status.ordinal()];
    }

    /** @return how many rows were counted */
    long total() {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    /**
     * The exit code: {@link ExitCode#DATA_PROBLEMS} when a row is invalid; incomplete rows are not problems (a
     * missing answer is a fact about the response, and the row says which).
     *
     * @return the exit code
     */
    int exitCode() {
        return count(ScoreStatus.INVALID) > 0 ? ExitCode.DATA_PROBLEMS : ExitCode.OK;
    }

    /**
     * The summary line. Lines that are not rows are added, so that data lines = rows + the lines reported: {@code
     * 11 rows: 10 scored, 0 incomplete, 1 invalid; 989 lines not read (a quote never closed)}.
     *
     * @return e.g. {@code 1000 rows: 990 scored, 8 incomplete, 2 invalid}
     */
    String summary() {
        String rows = total() + (total() == 1 ? " row: " : " rows: ") + count(ScoreStatus.SCORED) + " scored, "
                + count(ScoreStatus.INCOMPLETE) + " incomplete, " + count(ScoreStatus.INVALID) + " invalid";
        if (foldedLines > 0) {
            rows += "; " + foldedLines + (foldedLines == 1 ? " line" : " lines") + " inside quoted cells";
        }
        if (unreadLines > 0) {
            rows += "; " + unreadLines + (unreadLines == 1 ? " line" : " lines") + " not read (a quote never closed)";
        }
        return rows;
    }
}
