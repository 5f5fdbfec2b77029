package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No row is lost silently: every data line of the input is a row of the output or is reported, whatever quotes the
 * cells hold (closed, doubled, never closed, opened in one row and closed in another).
 */
class RowAccountingPropertiesTest {

    private static final String HEADER = "id,ucla3_1,ucla3_2,ucla3_3,notes\n";
    private static final Pattern SUMMARY = Pattern.compile(
            "ucla3: (\\d+) rows?: .*?(?:; (\\d+) lines? inside quoted cells)?(?:; (\\d+) lines? not read \\(a quote"
                    + " never closed\\))?$",
            Pattern.MULTILINE);

    @Test
    void anUnclosedQuoteInAnIgnoredColumn_isReportedWithTheLinesItSwallowed(@TempDir Path dir) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            csv.append("P")
                    .append(i)
                    .append(",1,2,3,")
                    .append(i == 10 ? "\"oops" : "fine")
                    .append('\n');
        }
        String file = TestFiles.write(dir, "answers.csv", csv.toString());

        SpRunner.Result result = SpRunner.run("score", "ucla3", file);

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        List<CsvRecord> out = records(result.out());
        assertThat(out).hasSize(12); // the header and 11 rows
        assertThat(out.get(11).getField(0)).isEqualTo("P10");
        assertThat(out.get(11).getField(2)).isEqualTo("invalid");
        assertThat(out.get(11).getField(3))
                .isEqualTo("line 12: a quote opened on line 12 is never closed; the 989 lines after it were read into"
                        + " one cell");
        assertThat(result.err())
                .contains(file + ": 989 lines after line 12 could not be read as rows: a quote opened there is never"
                        + " closed")
                .contains("ucla3: 11 rows: 10 scored, 0 incomplete, 1 invalid; 989 lines not read (a quote never"
                        + " closed)");
    }

    @Test
    void aQuotedCellOverSeveralLines_isLegalAndCounted(@TempDir Path dir) {
        String file = TestFiles.write(dir, "answers.csv", HEADER + "P1,1,2,3,\"two\nlines\"\nP2,1,2,3,x\n");

        SpRunner.Result result = SpRunner.run("score", "ucla3", file);

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err())
                .contains("ucla3: 2 rows: 2 scored, 0 incomplete, 0 invalid; 1 line inside quoted cells");
    }

    @Property(tries = 150)
    void linesIn_equalRowsOutPlusLinesReported(@ForAll("lines") List<String> lines) throws IOException {
        Path file = Files.createTempFile("sp-accounting", ".csv");
        try {
            Files.writeString(file, HEADER + String.join("\n", lines) + "\n");
            SpRunner.Result result = SpRunner.run("score", "ucla3", file.toString());

            assertThat(result.exitCode()).isIn(ExitCode.OK, ExitCode.DATA_PROBLEMS);
            Matcher summary = SUMMARY.matcher(result.err());
            assertThat(summary.find()).as(result.err()).isTrue();
            long rows = Long.parseLong(summary.group(1));
            long folded = summary.group(2) == null ? 0 : Long.parseLong(summary.group(2));
            long unread = summary.group(3) == null ? 0 : Long.parseLong(summary.group(3));
            assertThat(rows + folded + unread).as(result.err()).isEqualTo(lines.size());
            assertThat(records(result.out())).hasSize((int) rows + 1);
            if (unread > 0) {
                assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
            }
        } finally {
            Files.delete(file);
        }
    }

    /** Data lines, none empty, whose cells may open, close, double or leave open quotes. */
    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("1", "2", "3", "x", "", " ", "P1", "\"\"", "\"a\"", "\"a\"\"b\"", "\"a,b\"", "\"a\"b"),
                Arbitraries.of("\"open", "close\"", "mid\"dle", "\"", "\"\"\"", "a\"", "\"x\"\"", "\"\","));
        Arbitrary<String> line = cell.list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(cells -> String.join(",", cells))
                .filter(text -> !text.isEmpty());
        return line.list().ofMinSize(1).ofMaxSize(15);
    }

    private static List<CsvRecord> records(String csv) {
        return RandomInputPropertiesTest.records(csv);
    }
}
