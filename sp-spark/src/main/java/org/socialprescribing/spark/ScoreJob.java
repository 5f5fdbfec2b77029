package org.socialprescribing.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.spark.internal.ParquetSchema;
import org.socialprescribing.spark.internal.TaskTime;

/**
 * A {@code spark-submit} job that does what {@code sp score} does, on a cluster: reads answers (CSV with a header, as
 * the CLI reads them, or Parquet), scores one instrument and writes {@code id} and the {@code sp score} columns.
 *
 * <pre>
 * spark-submit --class org.socialprescribing.spark.ScoreJob sp-spark-VERSION-cluster.jar \
 *     --instrument phq9 --input answers.csv --output scores [--output-format csv|parquet|none]
 * </pre>
 *
 * Options: {@code --instrument ID} (required), {@code --input PATH} (required), {@code --output PATH} (required,
 * replaced if it exists), {@code --input-format csv|parquet} (default: csv when the path ends in {@code .csv}, else
 * parquet), {@code --output-format csv|parquet|none} (default parquet; {@code none} scores every row and writes
 * nothing, the output path is then not used), {@code --csv-reader lines|spark} (default {@code lines}: the files are
 * read as lines and cells parsed from their bytes by the {@code sp score} rules; {@code spark}: Spark's CSV reader,
 * then {@link SpScoring}). Exit code 2 and a one-line message for a usage error, as the CLI. On standard error it
 * prints the job's time and its tasks' summed metrics (run, CPU and GC time, bytes and records), by which sp-bench
 * judges scaling.
 */
public final class ScoreJob {

    private ScoreJob() {}

    /**
     * Runs the job on the session {@code spark-submit} provides, then stops it.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (InvalidValueException e) {
            System.err.println("sp-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder()
                .appName("sp score " + options.get("instrument"))
                .getOrCreate();
        TaskTime tasks = new TaskTime();
        spark.sparkContext().addSparkListener(tasks);
        try {
            long start = System.nanoTime();
            run(spark, options);
            System.err.printf(
                    Locale.ROOT,
                    "sp-spark: scored %s into %s in %.2f s%n",
                    options.get("input"),
                    options.get("output"),
                    (System.nanoTime() - start) / 1e9);
            waitForListeners(spark);
            System.err.println("sp-spark: " + tasks.summary());
        } finally {
            spark.stop();
        }
    }

    /** Waits for the listener bus, so that every task's metrics are counted (a figure only: never fails the job). */
    private static void waitForListeners(SparkSession spark) {
        try {
            spark.sparkContext().listenerBus().waitUntilEmpty();
        } catch (TimeoutException e) {
            System.err.println("sp-spark: task metrics may be incomplete: " + e.getMessage());
        }
    }

    /**
     * Reads the command line.
     *
     * @param args {@code --name value} pairs
     * @return the options by name, with defaults filled in
     * @throws InvalidValueException for an unknown or incomplete option, or a required one left out
     */
    public static Map<String, String> parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> known = List.of("instrument", "input", "output", "input-format", "output-format", "csv-reader");
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!known.contains(name)) {
                throw new InvalidValueException("option", args[i], "is not one of --" + String.join(", --", known));
            }
            if (i + 1 >= args.length) {
                throw new InvalidValueException("option", args[i], "needs a value");
            }
            options.put(name, args[i + 1]);
        }
        for (String required : List.of("instrument", "input", "output")) {
            if (!options.containsKey(required)) {
                throw new InvalidValueException("option", "--" + required, "is required");
            }
        }
        options.putIfAbsent(
                "input-format", options.get("input").toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "parquet");
        options.putIfAbsent("output-format", "parquet");
        options.putIfAbsent("csv-reader", "lines");
        if (!List.of("csv", "parquet").contains(options.get("input-format"))) {
            throw new InvalidValueException("--input-format", options.get("input-format"), "must be csv or parquet");
        }
        if (!List.of("csv", "parquet", "none").contains(options.get("output-format"))) {
            throw new InvalidValueException(
                    "--output-format", options.get("output-format"), "must be csv, parquet or none");
        }
        if (!List.of("lines", "spark").contains(options.get("csv-reader"))) {
            throw new InvalidValueException("--csv-reader", options.get("csv-reader"), "must be lines or spark");
        }
        return options;
    }

    /**
     * Scores the input into the output.
     *
     * @param spark the session
     * @param options the options, as {@link #parse} returns them
     * @throws InvalidValueException if the input lacks {@code id} or item columns, or the instrument is unknown
     */
    public static void run(SparkSession spark, Map<String, String> options) {
        String instrument = options.get("instrument");
        Dataset<Row> out = options.get("input-format").equals("csv")
                        && options.get("csv-reader").equals("lines")
                ? CsvLines.score(spark, options.get("input"), instrument)
                : scoreFrame(spark, options);
        switch (options.get("output-format")) {
            case "csv" ->
                out.write().mode(SaveMode.Overwrite).option("header", true).csv(options.get("output"));
            case "parquet" -> out.write().mode(SaveMode.Overwrite).parquet(options.get("output"));
            // Spark's "noop" sink: every row is read and scored, nothing is written (scoring throughput alone).
            default -> out.write().format("noop").mode(SaveMode.Overwrite).save();
        }
    }

    /**
     * Reads Parquet with the schema read on the driver from one file's footer ({@link ParquetSchema}), so that Spark
     * does not run a job of its own to infer it; where that schema cannot be read, Spark infers it.
     */
    private static Dataset<Row> readParquet(SparkSession spark, String input) {
        return ParquetSchema.read(spark, input)
                .map(schema -> spark.read().schema(schema).parquet(input))
                .orElseGet(() -> spark.read().parquet(input));
    }

    /** Reads the input as a DataFrame (Spark's CSV reader or Parquet) and scores it with {@link SpScoring}. */
    private static Dataset<Row> scoreFrame(SparkSession spark, Map<String, String> options) {
        Dataset<Row> answers = options.get("input-format").equals("csv")
                // Every column as text, as the CLI reads cells: "2.5" must stay "2.5", not become a number.
                ? spark.read()
                        .option("header", true)
                        .option("inferSchema", false)
                        .csv(options.get("input"))
                : readParquet(spark, options.get("input"));
        if (!List.of(answers.columns()).contains("id")) {
            throw new InvalidValueException("input", options.get("input"), "has no id column");
        }
        Dataset<Row> scored = SpScoring.score(answers, options.get("instrument"));
        List<Column> columns = new ArrayList<>();
        columns.add(functions.col("id"));
        for (String name : scored.columns()) {
            if (!List.of(answers.columns()).contains(name)) {
                columns.add(functions.col(name));
            }
        }
        return scored.select(columns.toArray(new Column[0]));
    }
}
