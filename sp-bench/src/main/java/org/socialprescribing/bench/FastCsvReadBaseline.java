package org.socialprescribing.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The baseline of {@code compare/run-comparison.sh}: reads a CSV file with FastCSV alone (every record, every field
 * touched) and prints the record count and a checksum of the field lengths, so the JIT cannot skip the work. {@code
 * sp score} must stay within 1.5x of this on the same file (docs/PERFORMANCE.md).
 */
public final class FastCsvReadBaseline {

    private FastCsvReadBaseline() {}

    /**
     * Reads the file.
     *
     * @param args the CSV file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        long records = 0;
        long chars = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Path.of(args[0]))) {
            for (CsvRecord record : reader) {
                records++;
                for (int i = 0; i < record.getFieldCount(); i++) {
                    chars += record.getField(i).length();
                }
            }
        }
        System.out.println(records + " records, " + chars + " characters");
    }
}
