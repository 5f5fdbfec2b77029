package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The output options shared by the commands that write rows: {@code --format}, {@code --output}, {@code --quiet},
 * {@code --exact-csv}.
 */
final class OutputOptions {

    /** The output formats. */
    enum Format {
        /** CSV with a header row. */
        CSV,
        /** One JSON object per line (NDJSON). */
        JSON
    }

    @Option(
            names = "--format",
            paramLabel = "csv|json",
            defaultValue = "csv",
            description = "csv (default): a header row, then one row per result; json: one JSON object per line.")
    Format format = Format.CSV;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the results to FILE instead of stdout.")
    @Nullable
    Path output;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print neither the progress indicator nor the summary on stderr.")
    boolean quiet;

    @Option(
            names = "--exact-csv",
            description = "Write CSV text cells exactly as they are. By default a text cell that starts with =, +, -,"
                    + " @, a tab or a carriage return gets a leading ' so that a spreadsheet shows it as text and"
                    + " never runs it as a formula (OWASP CSV injection); numbers are never changed.")
    boolean exactCsv;

    /**
     * Opens the row writer for the results, checking first that the output is none of the inputs.
     *
     * @param stdout the command's stdout
     * @param columns the result columns
     * @param inputs the command's input files as given
     * @return the writer; write, {@link RowWriter#finish()}, and close it in every case
     * @throws UsageException if the output is an input or cannot be created
     */
    RowWriter open(PrintWriter stdout, List<RowWriter.Column> columns, Collection<String> inputs) {
        return open(output, stdout, columns, inputs);
    }

    /**
     * Opens a row writer in the chosen format on a file or stdout.
     *
     * @param file the file, or null for stdout
     * @param stdout the command's stdout
     * @param columns the columns
     * @param inputs the command's input files as given
     * @return the writer; write, {@link RowWriter#finish()}, and close it in every case
     * @throws UsageException if the file is an input or cannot be created
     */
    RowWriter open(@Nullable Path file, PrintWriter stdout, List<RowWriter.Column> columns, Collection<String> inputs) {
        Destination destination = Destination.open(file, stdout, inputs);
        return format == Format.JSON
                ? new JsonRowWriter(destination, columns)
                : new CsvRowWriter(destination, columns, exactCsv);
    }
}
