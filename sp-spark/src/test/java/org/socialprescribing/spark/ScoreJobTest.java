package org.socialprescribing.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.model.InvalidValueException;

/** The spark-submit job, run in-process on the shared local session: CSV in, Parquet and CSV out. */
class ScoreJobTest {

    @TempDir
    Path dir;

    @Test
    void scoresACsvFileAsSpScoreDoes() throws IOException {
        Path input = dir.resolve("phq9.csv");
        Files.writeString(
                input,
                "id,site,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\n"
                        + "p1,north,3,3,3,2,2,1,1,0,0\n"
                        + "p2,north,1,1,two,1,1,1,1,1,1\n"
                        + "p3,south,1,1,1,1,1,1,1,1,\n");
        String parquet = dir.resolve("out.parquet").toString();
        ScoreJob.run(
                SharedSpark.session(),
                ScoreJob.parse("--instrument", "phq9", "--input", input.toString(), "--output", parquet));
        List<Row> rows =
                SharedSpark.session().read().parquet(parquet).orderBy("id").collectAsList();
        assertThat(SharedSpark.session().read().parquet(parquet).columns())
                .containsExactly("id", "total", "severity", "risk_flag", "status", "message");
        assertThat(rows.toString())
                .isEqualTo("[[p1,15,moderately_severe,false,scored,null], "
                        // p2's item 9 is valid and positive: its flag shows although the row is invalid (docs/cli.md).
                        + "[p2,null,null,true,invalid,phq9_3: two is not an integer], "
                        + "[p3,null,null,null,incomplete,missing phq9_9]]");

        String csv = dir.resolve("out-csv").toString();
        ScoreJob.run(
                SharedSpark.session(),
                ScoreJob.parse(
                        "--instrument",
                        "phq9",
                        "--input",
                        input.toString(),
                        "--output",
                        csv,
                        "--output-format",
                        "csv"));
        assertThat(SharedSpark.session().read().option("header", true).csv(csv).count())
                .isEqualTo(3);

        // Spark's own CSV reader gives the same rows; "none" scores and writes nothing.
        String viaSpark = dir.resolve("out-spark.parquet").toString();
        ScoreJob.run(
                SharedSpark.session(),
                ScoreJob.parse(
                        "--instrument",
                        "phq9",
                        "--input",
                        input.toString(),
                        "--output",
                        viaSpark,
                        "--csv-reader",
                        "spark"));
        assertThat(SharedSpark.session().read().parquet(viaSpark).orderBy("id").collectAsList())
                .isEqualTo(rows);
        String none = dir.resolve("none").toString();
        ScoreJob.run(
                SharedSpark.session(),
                ScoreJob.parse(
                        "--instrument",
                        "phq9",
                        "--input",
                        input.toString(),
                        "--output",
                        none,
                        "--output-format",
                        "none"));
        assertThat(Files.exists(Path.of(none))).isFalse();
    }

    @Test
    void badOptions_areUsageErrors() {
        assertThatThrownBy(() -> ScoreJob.parse("--instrument", "phq9", "--input", "x.csv"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("--output");
        assertThatThrownBy(() -> ScoreJob.parse("--colour", "red"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("--colour");
        assertThat(ScoreJob.parse("--instrument", "gad7", "--input", "a.CSV", "--output", "o"))
                .containsEntry("input-format", "csv")
                .containsEntry("output-format", "parquet")
                .containsEntry("csv-reader", "lines");
        assertThatThrownBy(() -> ScoreJob.parse(
                        "--instrument", "gad7", "--input", "a.csv", "--output", "o", "--output-format", "json"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must be csv, parquet or none");
        assertThatThrownBy(() -> ScoreJob.parse(
                        "--instrument", "gad7", "--input", "a.csv", "--output", "o", "--csv-reader", "univocity"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must be lines or spark");
    }
}
