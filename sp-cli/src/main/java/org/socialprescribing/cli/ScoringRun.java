package org.socialprescribing.cli;

import org.jspecify.annotations.Nullable;

/**
 * Streams a CSV input through a {@link ScoredChunk}: read rows until the chunk is full, score it, hand each row to a
 * sink in input order, clear, repeat. Bad rows never stop the run; only an unreadable input does.
 */
final class ScoringRun {

    /** Receives each scored row, in input order. */
    @FunctionalInterface
    interface RowSink {
        /**
         * Takes one row.
         *
         * @param chunk the chunk holding the row
         * @param r the row's index in the chunk
         */
        void accept(ScoredChunk chunk, int r);
    }

    private ScoringRun() {}

    /**
     * Scores every data row of an input.
     *
     * @param input the input, its header read and its columns selected by the plan
     * @param plan the scoring plan
     * @param textColumns how many text columns the plan selected
     * @param chunkSize rows per chunk
     * @param progress told the row count after each chunk
     * @param sink receives each row
     * @return the rows counted by status
     */
    static StatusCounts run(
            CsvInput input, ScoringPlan plan, int textColumns, int chunkSize, Progress progress, RowSink sink) {
        ScoredChunk chunk = new ScoredChunk(plan, textColumns, chunkSize);
        StatusCounts counts = new StatusCounts();
        int width = input.header().size();
        for (@Nullable CsvRow row = input.next(); row != null; row = input.next()) {
            if (chunk.add(row, width)) {
                flush(chunk, counts, sink);
                progress.update(counts.total(), input.fractionRead());
            }
        }
        flush(chunk, counts, sink);
        progress.finish();
        return counts;
    }

    private static void flush(ScoredChunk chunk, StatusCounts counts, RowSink sink) {
        if (chunk.size() == 0) {
            return;
        }
        chunk.score();
        for (int r = 0; r < chunk.size(); r++) {
            counts.add(chunk.status(r));
            sink.accept(chunk, r);
        }
        chunk.clear();
    }
}
