package org.socialprescribing.cli;

import org.socialprescribing.model.measure.ScoreStatus;

/** Rows counted by score status, for the summary line and the exit code. */
final class StatusCounts {

    private final long[] counts = new long[ScoreStatus.values().length];

    void add(ScoreStatus status) {
        counts[status.ordinal()]++;
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

    /** @return e.g. {@code 1000 rows: 990 scored, 8 incomplete, 2 invalid} */
    String summary() {
        return total() + (total() == 1 ? " row: " : " rows: ") + count(ScoreStatus.SCORED) + " scored, "
                + count(ScoreStatus.INCOMPLETE) + " incomplete, " + count(ScoreStatus.INVALID) + " invalid";
    }
}
