package org.socialprescribing.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Streams a CSV input through {@link ScoredChunk}s: read rows until a chunk is full, score it, hand each row to a
 * sink in input order, reuse the chunk, repeat. Bad rows never stop the run; only an unreadable input does.
 *
 * <p>Reading and writing overlap on two threads: a reader thread parses the input into one chunk and scores it while
 * the calling thread writes the other (two chunks, handed over through blocking queues, so memory stays two chunks
 * whatever the input). Parsing and scoring cost about the same as formatting and writing (a JFR profile of 10 million
 * rows, docs/PERFORMANCE.md), so this uses both cores of a two-core machine. The sink always runs on the calling
 * thread, in input order; an error that stops the input is thrown there after the rows read before it were written,
 * as before.
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

    /**
     * What the reader hands over: a full chunk, or the end of the input (with the last rows, or the failure that
     * stopped it).
     */
    private record Handover(
            @Nullable ScoredChunk chunk,
            double fractionRead,
            boolean last,
            @Nullable RuntimeException failure) {}

    private ScoringRun() {}

    /**
     * Scores every data row of an input.
     *
     * @param input the input, its header read and its columns selected by the plan
     * @param plan the scoring plan
     * @param textColumns how many text columns the plan selected
     * @param chunkSize rows per chunk
     * @param progress told the row count after each chunk
     * @param sink receives each row, on the calling thread
     * @return the rows counted by status
     * @throws UsageException if the input cannot be read to its end (after the rows before the problem were given to
     *     the sink), or if the sink throws it
     */
    static StatusCounts run(
            CsvInput input, ScoringPlan plan, int textColumns, int chunkSize, Progress progress, RowSink sink) {
        BlockingQueue<ScoredChunk> free = new ArrayBlockingQueue<>(2);
        BlockingQueue<Handover> full = new ArrayBlockingQueue<>(3);
        free.add(new ScoredChunk(plan, textColumns, chunkSize));
        free.add(new ScoredChunk(plan, textColumns, chunkSize));
        Thread reader = new Thread(() -> read(input, free, full), "sp-csv-reader");
        reader.setDaemon(true);
        reader.start();
        StatusCounts counts = new StatusCounts();
        try {
            while (true) {
                Handover handover = full.take();
                ScoredChunk chunk = handover.chunk();
                if (chunk != null) {
                    flush(chunk, counts, sink);
                    progress.update(counts.total(), handover.fractionRead());
                    free.put(chunk);
                }
                if (handover.last()) {
                    RuntimeException failure = handover.failure();
                    if (failure != null) {
                        throw failure;
                    }
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while scoring", e);
        } finally {
            reader.interrupt(); // stops a reader still waiting for a chunk when the sink gave up
        }
        progress.finish();
        return counts;
    }

    /** The reader thread: fills free chunks with rows and hands them over, then hands over the end of the input. */
    private static void read(CsvInput input, BlockingQueue<ScoredChunk> free, BlockingQueue<Handover> full) {
        try {
            int width = input.header().size();
            ScoredChunk chunk = free.take();
            try {
                for (@Nullable CsvRow row = input.next(); row != null; row = input.next()) {
                    if (chunk.add(row, width)) {
                        chunk.score();
                        full.put(new Handover(chunk, input.fractionRead(), false, null));
                        chunk = free.take();
                    }
                }
                chunk.score();
            } catch (RuntimeException e) {
                full.put(new Handover(null, input.fractionRead(), true, e));
                return;
            } catch (Error e) {
                // Never leave the calling thread waiting for a chunk that will not come.
                full.put(new Handover(null, -1, true, new IllegalStateException("the input reader failed: " + e, e)));
                return;
            }
            full.put(new Handover(chunk, input.fractionRead(), true, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the calling thread stopped: nothing is waiting for more rows
        }
    }

    private static void flush(ScoredChunk chunk, StatusCounts counts, RowSink sink) {
        if (chunk.size() == 0) {
            return;
        }
        for (int r = 0; r < chunk.size(); r++) {
            counts.add(chunk.status(r));
            sink.accept(chunk, r);
        }
        chunk.clear();
    }
}
