package org.socialprescribing.spark;

import java.util.Iterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.spark.internal.CsvLineScorer;
import scala.Tuple2;

/**
 * The CSV path of {@link ScoreJob}: the files are read as lines by Hadoop's line reader (split like any text file)
 * and each split's lines are scored by {@link CsvLineScorer}, straight into {@code id} and the {@code sp score}
 * columns. Spark's CSV reader ({@code --csv-reader spark}) stays for comparison; {@link SpScoring} scores any
 * DataFrame.
 */
final class CsvLines {

    private CsvLines() {}

    /**
     * Scores CSV files with the {@code sp score} header.
     *
     * @param spark a classic (not Spark Connect) session
     * @param input a file, directory or glob, as Hadoop reads it
     * @param instrument the instrument id
     * @return {@code id} and the {@code sp score} columns, one row per data line
     * @throws InvalidValueException if the input is empty, or its header lacks {@code id} or an item column
     */
    static Dataset<Row> score(SparkSession spark, String input, String instrument) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) context.newAPIHadoopFile(
                input, TextInputFormat.class, LongWritable.class, Text.class, context.hadoopConfiguration());
        // The first line of the first split is the first file's header (splits start with each file's offset 0).
        byte[] header;
        try {
            header = lines.map(line -> line._2().copyBytes()).first();
        } catch (UnsupportedOperationException e) {
            throw new InvalidValueException("input", input, "is empty; expected a header row");
        }
        CsvLineScorer scorer = CsvLineScorer.of(instrument, header, input);
        JavaRDD<InternalRow> rows = lines.mapPartitionsWithInputSplit(
                (InputSplit split, Iterator<Tuple2<LongWritable, Text>> part) ->
                        scorer.score(((FileSplit) split).getPath().toString(), part),
                false);
        return ((org.apache.spark.sql.classic.SparkSession) spark)
                .internalCreateDataFrame(rows.rdd(), scorer.schema(), false);
    }
}
