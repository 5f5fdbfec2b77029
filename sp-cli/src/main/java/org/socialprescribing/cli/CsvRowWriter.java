package org.socialprescribing.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes rows as CSV: a header, then one record per row; RFC 4180 quoting where needed, lines ending in LF. */
final class CsvRowWriter implements RowWriter {

    private final List<Column> columns;
    private final CsvWriter csv;

    CsvRowWriter(Writer out, List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        String[] header = columns.stream().map(Column::name).toArray(String[]::new);
        write(header);
    }

    @Override
    public void write(String[] cells) {
        try {
            csv.writeRecord(cells);
        } catch (UncheckedIOException e) {
            throw Destination.failed(e.getCause());
        }
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw Destination.failed(e);
        }
    }
}
