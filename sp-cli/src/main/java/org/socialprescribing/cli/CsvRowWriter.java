package org.socialprescribing.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes rows as CSV: a header, then one record per row; RFC 4180 quoting where needed, lines ending in LF.
 *
 * <p>Unless told to write cells exactly, a text cell that a spreadsheet would run as a formula is neutralised by a
 * leading {@code '}: one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, the
 * characters OWASP lists for CSV injection (OWASP, "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection; the same list and prefix Symfony adopted for
 * CVE-2021-41270). Numbers and flags are never changed, so a negative score stays a number; ids, messages, bands
 * and stage codes are text.
 */
final class CsvRowWriter implements RowWriter {

    private final Destination out;
    private final List<Column> columns;
    private final boolean[] text;
    private final boolean exact;
    private final CsvWriter csv;
    private final String[] shown;

    CsvRowWriter(Destination out, List<Column> columns, boolean exact) {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.text = new boolean[columns.size()];
        for (int c = 0; c < text.length; c++) {
            text[c] = columns.get(c).kind() == Kind.TEXT;
        }
        this.exact = exact;
        this.csv = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .autoFlush(false)
                .build(out);
        this.shown = new String[columns.size()];
        String[] header = columns.stream().map(Column::name).toArray(String[]::new);
        writeRecord(exact ? header : neutralised(header));
    }

    @Override
    public void write(String[] cells) {
        if (exact) {
            writeRecord(cells);
            return;
        }
        for (int c = 0; c < cells.length; c++) {
            shown[c] = text[c] ? neutralised(cells[c]) : cells[c];
        }
        writeRecord(shown);
    }

    private void writeRecord(String[] cells) {
        try {
            csv.writeRecord(cells);
        } catch (UncheckedIOException e) {
            throw out.failure(e.getCause());
        }
    }

    private static String[] neutralised(String[] cells) {
        String[] safe = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            safe[c] = neutralised(cells[c]);
        }
        return safe;
    }

    /**
     * A text cell as a spreadsheet will show it but never run it.
     *
     * @param cell the cell
     * @return the cell with a leading {@code '} if it starts with a formula character, else the cell itself
     */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        switch (cell.charAt(0)) {
            case '=':
            case '+':
            case '-':
            case '@':
            case '\t':
            case '\r':
                return "'" + cell;
            default:
                return cell;
        }
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public void finish() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw out.failure(e);
        } catch (UncheckedIOException e) {
            throw out.failure(e.getCause());
        }
        out.commit();
    }

    @Override
    public void close() {
        out.close();
    }
}
