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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.cli.Sp;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Item;

/**
 * Spark gives exactly the CLI's rows: the same 100,000 generated rows (valid answers, blanks, spaces, signs, leading
 * zeros, out-of-range numbers, decimals, words, non-ASCII digits, control characters, over-long cells) are scored by
 * the real {@code sp score} (in-process, {@link Sp#run}) and by {@link SpScoring} on the CSV read as Spark reads it;
 * every cell of every row must be equal.
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

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        "ons4, full",
        "wemwbs, full",
        "swemwbs, full",
        "ucla3, full",
        "ons_loneliness, full",
        "phq9, full",
        "gad7, full",
        "swemwbs, wemwbs-only",
        "phq9, wemwbs-only"
    })
    void sparkRows_equalTheCliRows(String instrument, String file) throws IOException {
        Path input = file.equals("full") ? full : wemwbsOnly;
        Map<String, List<String>> cli = cli(instrument, input);
        assertThat(cli).hasSize(ROWS);

        Dataset<Row> answers = SharedSpark.session().read().option("header", true).csv(input.toString());
        Dataset<Row> scored = SpScoring.score(answers, instrument);
        List<String> results =
                new ArrayList<>(List.of(scored.columns()).subList(answers.columns().length, scored.columns().length));
        List<Column> selected = new ArrayList<>();
        selected.add(functions.col("id"));
        results.forEach(c -> selected.add(functions.col(c)));
        Map<String, List<String>> spark = new HashMap<>();
        for (Row row : scored.select(selected.toArray(new Column[0])).collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i < row.length(); i++) {
                cells.add(cell(row.get(i)));
            }
            spark.put(row.getString(0), cells);
        }

        assertThat(results).as("result columns").isEqualTo(cliHeader.subList(1, cliHeader.size()));
        int differences = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, List<String>> expected : cli.entrySet()) {
            List<String> actual = spark.get(expected.getKey());
            if (!expected.getValue().equals(actual)) {
                differences++;
                if (examples.size() < 5) {
                    examples.add(expected.getKey() + ": cli " + expected.getValue() + " spark " + actual);
                }
            }
        }
        assertThat(examples).as("%d rows differ", differences).isEmpty();
        assertThat(spark).hasSize(ROWS);
    }

    private static List<String> cliHeader = List.of();

    /** Runs the real {@code sp score} on the file; returns each row's cells after {@code id}, by id. */
    private static Map<String, List<String>> cli(String instrument, Path input) throws IOException {
        Path output = dir.resolve(instrument + "-" + input.getFileName());
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
        assertThat(fromIntegers.equals(fromText)).as("integer and text columns give equal rows").isTrue();
    }
}
