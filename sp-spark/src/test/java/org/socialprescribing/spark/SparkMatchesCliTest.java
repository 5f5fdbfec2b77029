package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.cli.Sp;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Item;

/**
 * Spark gives exactly the CLI's rows: the same 100,000 generated rows (valid answers, blanks, spaces, signs, leading
 * zeros, out-of-range numbers, decimals, words, non-ASCII digits, control characters, over-long cells) are scored by
 * the real {@code sp score} (in-process, {@link Sp#run}) and by {@link SpScoring} on the CSV read as Spark reads it;
 * every cell of every row must be equal, for every instrument, and for SWEMWBS and PHQ-9 also from a file with only
 * WEMWBS columns and no PHQ-9 item 10.
 */
class SparkMatchesCliTest {

    private static final int ROWS = 100_000;
    private static final List<String> INSTRUMENTS =
            List.of("ons4", "wemwbs", "swemwbs", "ucla3", "ons_loneliness", "phq9", "gad7");

    @TempDir
    static Path dir;

    private static Path full;
    private static Path wemwbsOnly;

    @BeforeAll
    static void generate() throws IOException {
        List<String> columns = new ArrayList<>();
        Map<String, int[]> ranges = new HashMap<>();
        for (String id : INSTRUMENTS) {
            for (Item item : InstrumentRegistry.standard().get(id).items()) {
                columns.add(item.key());
                // PHQ-9 item 10 is unchecked: any integer is accepted, so generate its codes 0..3 and the usual noise.
                ranges.put(
                        item.key(), item.isUnchecked() ? new int[] {0, 3} : new int[] {item.minCode(), item.maxCode()});
            }
        }
        List<String> reduced = columns.stream()
                .filter(c -> c.startsWith("wemwbs_") || (c.startsWith("phq9_") && !c.equals("phq9_10")))
                .collect(Collectors.toList());
        full = dir.resolve("full.csv");
        wemwbsOnly = dir.resolve("wemwbs-only.csv");
        Random random = new Random(16);
        try (Writer a = Files.newBufferedWriter(full, StandardCharsets.UTF_8);
                Writer b = Files.newBufferedWriter(wemwbsOnly, StandardCharsets.UTF_8)) {
            a.write("id," + String.join(",", columns) + "\n");
            b.write("id," + String.join(",", reduced) + "\n");
            for (int r = 0; r < ROWS; r++) {
                StringBuilder lineA = new StringBuilder("p" + r);
                StringBuilder lineB = new StringBuilder("p" + r);
                for (String column : columns) {
                    String cell = cell(random, ranges.get(column));
                    lineA.append(',').append(cell);
                    if (reduced.contains(column)) {
                        lineB.append(',').append(cell);
                    }
                }
                a.write(lineA.append('\n').toString());
                b.write(lineB.append('\n').toString());
            }
        }
    }

    /** Mostly valid answers; the rest every kind of cell the CLI's contract names. No quotes, commas or newlines. */
    static String cell(Random random, int[] range) {
        int dice = random.nextInt(1000);
        int valid = range[0] + random.nextInt(range[1] - range[0] + 1);
        if (dice < 930) {
            return Integer.toString(valid);
        }
        String[] odd = {
            "",
            "",
            "",
            "",
            " ",
            "  ",
            " " + valid + " ",
            "+" + valid,
            "0" + valid,
            "-0",
            Integer.toString(range[1] + 1),
            Integer.toString(range[0] - 1),
            "99",
            "-5",
            "99999999999",
            "-99999999999",
            "2.5",
            valid + ".0",
            "two",
            "1e3",
            "\u0663",
            "a\tb",
            "x".repeat(55),
            "3 4",
            "--1",
            "+"
        };
        return odd[random.nextInt(odd.length)];
    }

    @Test
    void sparkRows_equalTheCliRows() throws IOException {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("full", INSTRUMENTS);
        cases.put("wemwbs-only", List.of("swemwbs", "phq9"));
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, List<String>> each : cases.entrySet()) {
            Path input = each.getKey().equals("full") ? full : wemwbsOnly;
            // One Spark pass scores every instrument of the file: each struct is a column, collected once.
            Dataset<Row> answers =
                    SharedSpark.session().read().option("header", true).csv(input.toString());
            List<Column> selected = new ArrayList<>();
            selected.add(functions.col("id"));
            for (String instrument : each.getValue()) {
                selected.add(SpScoring.scoreColumn(answers, instrument).as(instrument));
            }
            Map<String, Row> spark = new HashMap<>();
            for (Row row : answers.select(selected.toArray(new Column[0])).collectAsList()) {
                spark.put(row.getString(0), row);
            }
            assertThat(spark).hasSize(ROWS);
            for (int i = 0; i < each.getValue().size(); i++) {
                String instrument = each.getValue().get(i);
                Map<String, List<String>> cli = cli(instrument, input);
                assertThat(cli).hasSize(ROWS);
                Row first = spark.values().iterator().next().getStruct(i + 1);
                assertThat(List.of(first.schema().fieldNames()))
                        .as("%s result columns", instrument)
                        .isEqualTo(cliHeader.subList(1, cliHeader.size()));
                int differing = 0;
                for (Map.Entry<String, List<String>> expected : cli.entrySet()) {
                    Row struct = spark.get(expected.getKey()).getStruct(i + 1);
                    List<String> actual = new ArrayList<>();
                    for (int f = 0; f < struct.length(); f++) {
                        actual.add(cell(struct.get(f)));
                    }
                    if (!expected.getValue().equals(actual) && differing++ < 3) {
                        differences.add(instrument + " " + each.getKey() + " " + expected.getKey() + ": cli "
                                + expected.getValue() + " spark " + actual);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    /**
     * ScoreJob's CSV path (lines parsed from their bytes, no Spark CSV reader) gives the CLI's rows too: PHQ-9 with its
     * optional item and flag, SWEMWBS from WEMWBS answers (two stages, a decimal), on the same files. (The result
     * cells are written by the same code as the SQL functions', checked for every instrument above.)
     */
    @Test
    void csvLines_equalTheCliRows() throws IOException {
        Map<String, Path> cases = new LinkedHashMap<>();
        cases.put("phq9", full);
        cases.put("swemwbs", wemwbsOnly);
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Path> each : cases.entrySet()) {
            Dataset<Row> scored =
                    CsvLines.score(SharedSpark.session(), each.getValue().toString(), each.getKey());
            Map<String, List<String>> cli = cli(each.getKey(), each.getValue());
            assertThat(List.of(scored.columns())).isEqualTo(cliHeader);
            List<Row> rows = scored.collectAsList();
            assertThat(rows).hasSize(ROWS);
            int differing = 0;
            for (Row row : rows) {
                List<String> actual = new ArrayList<>();
                for (int f = 1; f < row.length(); f++) {
                    actual.add(cell(row.get(f)));
                }
                List<String> expected = cli.get(row.getString(0));
                if (!actual.equals(expected) && differing++ < 3) {
                    differences.add(each.getKey() + " " + row.getString(0) + ": cli " + expected + " lines " + actual);
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    private static List<String> cliHeader = List.of();

    private static final Map<String, Map<String, List<String>>> CLI_ROWS = new HashMap<>();
    private static final Map<String, List<String>> CLI_HEADERS = new HashMap<>();

    /** Runs the real {@code sp score} on the file (once); returns each row's cells after {@code id}, by id. */
    private static Map<String, List<String>> cli(String instrument, Path input) throws IOException {
        String key = instrument + "-" + input.getFileName();
        Map<String, List<String>> known = CLI_ROWS.get(key);
        if (known == null) {
            known = runCli(instrument, input);
            CLI_ROWS.put(key, known);
            CLI_HEADERS.put(key, cliHeader);
        }
        cliHeader = CLI_HEADERS.get(key);
        return known;
    }

    static Map<String, List<String>> runCli(String instrument, Path input) throws IOException {
        Path output = input.resolveSibling(instrument + "-scored-" + input.getFileName());
        StringWriter err = new StringWriter();
        int exit = Sp.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "score",
                instrument,
                input.toString(),
                "-o",
                output.toString(),
                "-q");
        assertThat(exit).as("sp score exit code (%s)", err).isIn(0, 1);
        Map<String, List<String>> rows = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(output)) {
            boolean header = true;
            for (CsvRecord record : reader) {
                List<String> fields = record.getFields();
                if (header) {
                    cliHeader = List.copyOf(fields);
                    header = false;
                    continue;
                }
                rows.put(fields.get(0), new ArrayList<>(fields.subList(1, fields.size())));
            }
        }
        return rows;
    }

    /** A Spark value as the CLI writes it in CSV: null is an empty cell, decimals in plain notation. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        return value.toString();
    }

    @Test
    void integerColumns_scoreAsTheSameAnswersWrittenAsText() {
        SparkSession spark = SharedSpark.session();
        Dataset<Row> text = spark.read().option("header", true).csv(wemwbsOnly.toString());
        // Rows whose WEMWBS answers are all plain digits or blank read the same as integer columns.
        Column plain = functions.lit(true);
        List<Column> typed = new ArrayList<>();
        typed.add(functions.col("id"));
        for (int n = 1; n <= 14; n++) {
            Column c = functions.col("wemwbs_" + n);
            plain = plain.and(c.isNull().or(c.rlike("^[0-9]{1,2}$")));
            typed.add(c.cast("int").as("wemwbs_" + n));
        }
        Dataset<Row> subset = text.where(plain);
        Dataset<Row> integers = subset.select(typed.toArray(new Column[0]));
        List<Row> fromText = SpScoring.score(subset, "swemwbs")
                .select("id", "raw", "metric", "status", "message")
                .orderBy("id")
                .collectAsList();
        List<Row> fromIntegers = SpScoring.score(integers, "swemwbs")
                .select("id", "raw", "metric", "status", "message")
                .orderBy("id")
                .collectAsList();
        assertThat(fromIntegers).hasSizeGreaterThan(ROWS / 4);
        assertThat(fromIntegers.equals(fromText))
                .as("integer and text columns give equal rows")
                .isTrue();
    }
}
