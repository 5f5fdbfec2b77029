package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.model.InvalidValueException;

/**
 * ScoreJob's CSV line path on the CSV forms a line reader must get right (byte order mark, CRLF, quoted cells with
 * commas and escaped quotes, empty lines), against the real {@code sp score}; and what only the line path decides:
 * lines of another width, several files, a file with another header, an empty input.
 */
class CsvLinesTest {

    private static final String HEADER = "id,site,gad7_1,gad7_2,gad7_3,gad7_4,gad7_5,gad7_6,gad7_7";

    @TempDir
    Path dir;

    @Test
    void quotedCellsCrlfBomAndEmptyLines_scoreAsSpScoreDoes() throws IOException {
        Path input = dir.resolve("gad7.csv");
        String text = "\uFEFF" + HEADER + "\r\n"
                + "p1,north,3,3,3,2,2,1,1\r\n"
                + "\r\n"
                + "\"p,2\",\"south, east\",\"3\",\" 2 \",1,1,1,1,1\r\n"
                + "p3,west,\"a\"\"b\",1,1,1,1,1,1\r\n"
                + "p4,\"x\"y,1,1,1,,1,1,\"\"\n"
                + "p5,,0,0,0,0,0,0,+7\n"
                + "\n";
        Files.write(input, text.getBytes(StandardCharsets.UTF_8));
        Map<String, List<String>> cli = SparkMatchesCliTest.runCli("gad7", input);
        Map<String, List<String>> lines = rows(input.toString());
        assertThat(lines).hasSize(5).isEqualTo(cli);
        assertThat(lines.get("p3")).containsExactly("", "", "invalid", "gad7_1: a\"b is not an integer");
        assertThat(lines.get("p5")).containsExactly("", "", "invalid", "gad7_7: +7 is outside 0..3");
    }

    @Test
    void linesOfAnotherWidth_areInvalidRows_andEveryFileIsRead() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.csv"), HEADER + "\np1,n,1,1,1,1,1,1,1\np2,n,1,1\n");
        Files.writeString(folder.resolve("b.csv"), HEADER + "\np3,n,1,1,1,1,1,1,1,9\np4,n,0,0,0,0,0,0,0\n");
        Map<String, List<String>> rows = rows(folder.toString());
        assertThat(rows).hasSize(4);
        assertThat(rows.get("p1")).containsExactly("7", "mild", "scored", "");
        assertThat(rows.get("p2")).containsExactly("", "", "invalid", "the line has 4 fields but the header has 9");
        assertThat(rows.get("p3")).containsExactly("", "", "invalid", "the line has 10 fields but the header has 9");
        assertThat(rows.get("p4")).containsExactly("0", "minimal", "scored", "");
    }

    @Test
    void aFileWithAnotherHeader_anEmptyInputAndMissingColumns_areRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("a.csv"), HEADER + "\np1,n,1,1,1,1,1,1,1\n");
        Files.writeString(
                folder.resolve("b.csv"), "id,gad7_1,gad7_2,gad7_3,gad7_4,gad7_5,gad7_6,gad7_7\np2,1,1,1,1,1,1,1\n");
        assertThatThrownBy(() -> rows(folder.toString())).hasStackTraceContaining("has another header");

        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> CsvLines.score(SharedSpark.session(), empty.toString(), "gad7"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is empty");

        Path lacking = Files.writeString(dir.resolve("lacking.csv"), "id,gad7_1,gad7_2\np1,1,1\n");
        assertThatThrownBy(() -> CsvLines.score(SharedSpark.session(), lacking.toString(), "gad7"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lacks the columns gad7_3, gad7_4, gad7_5, gad7_6, gad7_7");
    }

    /** Each row's cells after {@code id}, as the CLI writes them in CSV (null is an empty cell), by id. */
    private static Map<String, List<String>> rows(String input) {
        Map<String, List<String>> rows = new HashMap<>();
        for (Row row : CsvLines.score(SharedSpark.session(), input, "gad7").collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int f = 1; f < row.length(); f++) {
                cells.add(SparkMatchesCliTest.cell(row.get(f)));
            }
            rows.put(row.getString(0), cells);
        }
        return rows;
    }
}
