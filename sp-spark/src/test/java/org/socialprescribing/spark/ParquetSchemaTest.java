package org.socialprescribing.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.spark.internal.ParquetSchema;

/**
 * The job's Parquet schema, read on the driver from one footer instead of by Spark's schema job: the schema Spark
 * infers itself, for integer and string answer columns in one file, a directory of part files beside Spark's
 * {@code _SUCCESS}, one file, a partitioned directory and a glob; and the job's rows are the CSV path's rows.
 */
class ParquetSchemaTest {

    @TempDir
    Path dir;

    @Test
    void theSchemaIsSparksOwn_andTheRowsAreTheCsvPathsRows() throws IOException {
        SparkSession spark = SharedSpark.session();
        Path csv = dir.resolve("phq9.csv");
        Files.writeString(
                csv,
                "id,site,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\n"
                        + "p1,north,3,3,3,2,2,1,1,0,0\n"
                        + "p2,north,1,1,two,1,1,1,1,1,1\n"
                        + "p3,south,1,1,1,1,1,1,1,1,\n"
                        + "p4,south,0,0,0,0,0,0,0,0,7\n");
        // Items 3 and 9 stay strings (as the CLI reads cells: "two" is kept and rejected); the rest are integers.
        Dataset<Row> text = spark.read().option("header", true).csv(csv.toString());
        Dataset<Row> mixed = text;
        for (String item : List.of("phq9_1", "phq9_2", "phq9_4", "phq9_5", "phq9_6", "phq9_7", "phq9_8")) {
            mixed = mixed.withColumn(item, col(item).cast("int"));
        }
        String parts = dir.resolve("parts").toString();
        mixed.repartition(2).write().parquet(parts);
        assertThat(Files.exists(Path.of(parts, "_SUCCESS"))).isTrue();
        String partitioned = dir.resolve("by-site").toString();
        mixed.write().partitionBy("site").parquet(partitioned);
        String oneFile;
        try (var files = Files.list(Path.of(parts))) {
            oneFile = files.filter(f -> f.getFileName().toString().endsWith(".parquet"))
                    .findFirst()
                    .orElseThrow()
                    .toString();
        }

        for (String input :
                List.of(parts, oneFile, partitioned, dir.resolve("par*").toString())) {
            StructType inferred = spark.read().parquet(input).schema();
            StructType read = ParquetSchema.read(spark, input).orElseThrow();
            assertThat(spark.read().schema(read).parquet(input).schema())
                    .as(input)
                    .isEqualTo(inferred);
        }
        assertThat(ParquetSchema.read(spark, dir.resolve("absent").toString())).isEmpty();
        assertThat(ParquetSchema.read(spark, parts).orElseThrow().fieldNames())
                .containsExactly(
                        "id", "site", "phq9_1", "phq9_2", "phq9_3", "phq9_4", "phq9_5", "phq9_6", "phq9_7", "phq9_8",
                        "phq9_9");

        String fromParquet = dir.resolve("from-parquet").toString();
        ScoreJob.run(spark, ScoreJob.parse("--instrument", "phq9", "--input", parts, "--output", fromParquet));
        String fromCsv = dir.resolve("from-csv").toString();
        ScoreJob.run(spark, ScoreJob.parse("--instrument", "phq9", "--input", csv.toString(), "--output", fromCsv));
        List<Row> rows = spark.read().parquet(fromParquet).orderBy("id").collectAsList();
        assertThat(rows).isEqualTo(spark.read().parquet(fromCsv).orderBy("id").collectAsList());
        assertThat(rows.toString())
                .contains("[p2,null,null,true,invalid,phq9_3: two is not an integer]")
                .contains("[p4,null,null,null,invalid,phq9_9: 7 is outside 0..3]");
    }
}
