package org.socialprescribing.cli;

import java.io.Closeable;
import java.util.List;

/**
 * Writes result rows in one output format: CSV ({@link CsvRowWriter}) or one JSON object per line ({@link
 * JsonRowWriter}). Cells are strings, the empty string meaning "no value"; the columns' kinds tell JSON how to
 * write them, and CSV which cells are text (only text cells are guarded against spreadsheet formulas).
 *
 * <p>Write every row, then {@link #finish()}; {@link #close()} without {@code finish()} (a failure on the way)
 * discards a file output, so that no partial file is left looking complete.
 */
interface RowWriter extends Closeable {

    /** What a column holds, which decides how JSON writes it. */
    enum Kind {
        /** A string; empty is JSON null. */
        TEXT,
        /** A decimal number written as given; empty is null. */
        NUMBER,
        /** {@code true} or {@code false}; empty is null. */
        BOOLEAN
    }

    /**
     * One output column.
     *
     * @param name the column name (CSV header, JSON key)
     * @param kind what it holds
     */
    record Column(String name, Kind kind) {

        static Column text(String name) {
            return new Column(name, Kind.TEXT);
        }

        static Column number(String name) {
            return new Column(name, Kind.NUMBER);
        }
    }

    /**
     * Writes one row.
     *
     * @param cells one cell per column, in column order; empty for no value
     * @throws UsageException if the output cannot be written
     */
    void write(String[] cells);

    /** @return the columns, in order */
    List<Column> columns();

    /**
     * Completes the output: flushes it and, for a file, moves it into place.
     *
     * @throws UsageException if the output cannot be written
     */
    void finish();

    /** Releases the output; a file output not {@linkplain #finish() finished} is discarded. */
    @Override
    void close();
}
