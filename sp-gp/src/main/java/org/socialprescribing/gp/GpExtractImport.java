package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.ToLongFunction;
import org.socialprescribing.measures.InstrumentRegistry;

/**
 * A coded-event extract read row by row, in constant memory: each row is checked against the extract contract and
 * the code tables, each person's rows become episodes by the episode rules when the next person's rows begin, and
 * every row is counted as mapped or reported ({@code docs/gp.md} documents the contract, the rules and the reasons).
 * Rows may come in any order ({@link PersonOrder#ANY}, the default: grouped by person with an external sort, in
 * bounded memory, episodes when the import finishes) or grouped by person ({@link PersonOrder#GROUPED}: episodes as
 * each person ends, no temporary files).
 * The CSV reading itself is the caller's (sp-cli's {@code sp gp import} reads the file with the SDK's hardened CSV
 * reader and feeds this class); the same API serves any other source of rows, such as a database cursor.
 *
 * <pre>{@code
 * GpExtractImport extract = GpExtractImport.builder()
 *         .today(LocalDate.now())
 *         .start(ExtractHeader.of(headerRow), listener);   // listener gets episodes and reported rows
 * extract.row(1, List.of("PSEUDO-1", "2024-03-01", "871731000000106", "snomed"));
 * ImportSummary summary = extract.finish();               // rows in = rows mapped + rows reported
 * }</pre>
 *
 * <p>{@link #close()} deletes the temporary files of an import that does not finish (an exception while feeding it);
 * {@link #finish()} deletes them itself. Not thread-safe: feed it from one thread.
 */
public final class GpExtractImport implements AutoCloseable {

    /** The most rows one person may have; more are reported. */
    public static final int DEFAULT_MAX_ROWS_PER_PERSON = 100_000;

    private final RowReader reader;
    private final ImportSession session;

    private GpExtractImport(RowReader reader, ImportSession session) {
        this.reader = reader;
        this.session = session;
    }

    /** @return a builder with the standard code table and instruments, never null */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads one data row.
     *
     * @param row the row's number, from 1 for the first data row (reported rows quote it)
     * @param cells the row's cells in header order (fewer than the header are read as empty), not null
     * @throws IllegalStateException if the import is finished
     */
    public void row(long row, List<String> cells) {
        requireNonNull(cells, "cells");
        session.checkOpen();
        RowReader.Outcome outcome = reader.read(row, cells);
        outcome.event().ifPresent(session::event);
        outcome.reported().ifPresent(session::reported);
    }

    /**
     * Counts a row that the CSV reader could not read (a cell over a limit, an unclosed quote) as reported.
     *
     * @param row the row's number
     * @param reason why, as the reader says it (masked here), not null
     * @throws IllegalStateException if the import is finished
     */
    public void unreadable(long row, String reason) {
        requireNonNull(reason, "reason");
        session.checkOpen();
        session.reported(new ReportedRow(row, GpIssueCode.ROW_UNREADABLE, reason));
    }

    /**
     * Builds the last person's episodes and returns the figures.
     *
     * @return the summary, never null
     * @throws IllegalStateException if the import is already finished
     */
    public ImportSummary finish() {
        return session.finish();
    }

    /** Ends the import without finishing it, if it is not finished: deletes its temporary files. Idempotent. */
    @Override
    public void close() {
        session.abandon();
    }

    /** Configures an import. */
    public static final class Builder {

        private CodeTable codes = CodeTable.standard();
        private InstrumentRegistry instruments = InstrumentRegistry.standard();
        private LocalDate today = LocalDate.now(ZoneOffset.UTC);
        private int maxRowsPerPerson = DEFAULT_MAX_ROWS_PER_PERSON;
        private PersonOrder order = PersonOrder.ANY;
        private Path temporaryDirectory = Path.of(System.getProperty("java.io.tmpdir"));
        private int runSize = EventSpill.DEFAULT_RUN_SIZE;
        private ToLongFunction<String> personHash = PersonKeys::hash;

        private Builder() {}

        /**
         * How the extract orders its rows ({@link PersonOrder#ANY} by default).
         *
         * @param personOrder the order, not null
         * @return this builder
         */
        public Builder order(PersonOrder personOrder) {
            this.order = requireNonNull(personOrder, "personOrder");
            return this;
        }

        /**
         * Where an extract in any order sorts its events once they outgrow memory (the system's temporary directory,
         * {@code java.io.tmpdir}, by default). The files are deleted when the import finishes or is closed.
         *
         * @param directory an existing directory, not null
         * @return this builder
         * @throws GpFormatException if the path is not a directory
         */
        public Builder temporaryDirectory(Path directory) {
            requireNonNull(directory, "directory");
            if (!Files.isDirectory(directory)) {
                throw new GpFormatException(
                        GpIssueCode.OPTION_INVALID, "temporaryDirectory", directory.toString(), "must be a directory");
            }
            this.temporaryDirectory = directory;
            return this;
        }

        /** The hash of a person's key (for tests of colliding hashes). */
        Builder personHash(ToLongFunction<String> hash) {
            this.personHash = hash;
            return this;
        }

        /** The events an import in any order holds before it writes a run (for tests of the merge). */
        Builder runSize(int events) {
            this.runSize = events;
            return this;
        }

        /**
         * The code tables to map codes with (the standard table by default; add local codes with {@link
         * CodeTable#plus}).
         *
         * @param table the tables, not null
         * @return this builder
         */
        public Builder codes(CodeTable table) {
            this.codes = requireNonNull(table, "table");
            return this;
        }

        /**
         * The instruments score codes name (the standard registry by default).
         *
         * @param registry the registry, not null
         * @return this builder
         */
        public Builder instruments(InstrumentRegistry registry) {
            this.instruments = requireNonNull(registry, "registry");
            return this;
        }

        /**
         * The day of the import: a row dated after it is reported (today in UTC by default).
         *
         * @param day the day, not null
         * @return this builder
         */
        public Builder today(LocalDate day) {
            this.today = requireNonNull(day, "day");
            return this;
        }

        /**
         * The most rows one person may have ({@value #DEFAULT_MAX_ROWS_PER_PERSON} by default): a person's rows
         * are held while their episodes are built, so this bounds memory. The rows past it are reported.
         *
         * @param max the limit, at least 1
         * @return this builder
         * @throws GpFormatException if the limit is below 1
         */
        public Builder maxRowsPerPerson(int max) {
            if (max < 1) {
                throw new GpFormatException(
                        GpIssueCode.OPTION_INVALID,
                        "maxRowsPerPerson",
                        String.valueOf(max),
                        "must be at least 1",
                        null);
            }
            this.maxRowsPerPerson = max;
            return this;
        }

        /**
         * Starts an import.
         *
         * @param header the extract's header, not null
         * @param listener receives episodes and reported rows, not null
         * @return the import, never null
         * @throws GpFormatException if a score row of the code tables names an instrument the registry lacks
         */
        public GpExtractImport start(ExtractHeader header, GpImportListener listener) {
            requireNonNull(header, "header");
            requireNonNull(listener, "listener");
            checkInstruments(codes, instruments);
            return new GpExtractImport(
                    new RowReader(header, codes, today),
                    new ImportSession(
                            new EpisodeRules(instruments),
                            listener,
                            maxRowsPerPerson,
                            header.unmappedColumns(),
                            order == PersonOrder.ANY ? new EventSpill(temporaryDirectory, runSize, codes.rows()) : null,
                            personHash));
        }
    }

    static void checkInstruments(CodeTable codes, InstrumentRegistry instruments) {
        for (CodeMapping row : codes.rows()) {
            row.instrument().ifPresent(id -> {
                if (instruments.find(id).isEmpty()) {
                    throw new GpFormatException(
                            GpIssueCode.CODE_TABLE_INVALID,
                            "rows.instrument",
                            id.value(),
                            "names no instrument of the registry (" + row.label() + ")");
                }
            });
        }
    }
}
