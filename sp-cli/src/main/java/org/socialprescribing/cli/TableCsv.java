package org.socialprescribing.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.report.table.Cell;
import org.socialprescribing.report.table.Column;
import org.socialprescribing.report.table.ReportTable;

/**
 * A report table as CSV: a header of column names, then one record per row, each cell as shown (numbers in plain
 * notation, markers such as {@code [c]} in place of held-back values). Key and text cells (provider and service
 * names come from a directory) are guarded against spreadsheet formulas as {@link CsvRowWriter} guards them, unless
 * exact output is asked for; counts and amounts are numbers and never changed.
 */
final class TableCsv {

    private TableCsv() {}

    static String write(ReportTable table, boolean exact) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(table.columns().stream().map(Column::name).toList());
            for (List<Cell> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (int c = 0; c < row.size(); c++) {
                    Column.Kind kind = table.columns().get(c).kind();
                    boolean text = kind == Column.Kind.KEY || kind == Column.Kind.TEXT;
                    String shown = row.get(c).shown();
                    cells.add(text && !exact ? CsvRowWriter.neutralised(shown) : shown);
                }
                csv.writeRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
