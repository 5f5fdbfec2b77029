package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The output options shared by the commands that write rows: {@code --format}, {@code --output}, {@code --quiet}. */
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

    /**
     * Opens the row writer for the results.
     *
     * @param stdout the command's stdout
     * @param columns the result columns
     * @return the writer
     * @throws UsageException if the output file cannot be created
     */
    RowWriter open(PrintWriter stdout, List<RowWriter.Column> columns) {
        return open(output, stdout, columns);
    }

    /**
     * Opens a row writer in the chosen format on a file or stdout.
     *
     * @param file the file, or null for stdout
     * @param stdout the command's stdout
     * @param columns the columns
     * @return the writer
     * @throws UsageException if the file cannot be created
     */
    RowWriter open(@Nullable Path file, PrintWriter stdout, List<RowWriter.Column> columns) {
        Destination destination = Destination.open(file, stdout);
        return format == Format.JSON ? new JsonRowWriter(destination, columns) : new CsvRowWriter(destination, columns);
    }
}
