package org.socialprescribing.spark;

import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.spark.internal.CsvLineScorer;
import org.socialprescribing.spark.internal.EvenTextInputFormat;
import org.socialprescribing.spark.internal.HeaderLine;
import scala.Tuple2;

/**
 * The CSV path of {@link ScoreJob}: the files are read as lines by Hadoop's line reader, cut into a multiple of the
 * job's parallelism of equal splits ({@link EvenTextInputFormat}), and each split's lines are scored by {@link
 * CsvLineScorer}, straight into {@code id} and the {@code sp score} columns. The header is read on the driver from the
 * first split's file ({@link HeaderLine}), not by a Spark job of its own. Spark's CSV reader
 * ({@code --csv-reader spark}) stays for comparison; {@link SpScoring} scores any
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
        org.apache.spark.sql.classic.SparkSession classic = (org.apache.spark.sql.classic.SparkSession) spark;
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(context.hadoopConfiguration());
        conf.setInt(EvenTextInputFormat.PARALLELISM, context.defaultParallelism());
        conf.setLong(
                EvenTextInputFormat.MAX_SPLIT_BYTES,
                classic.sessionState().conf().filesMaxPartitionBytes());
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                context.newAPIHadoopFile(input, EvenTextInputFormat.class, LongWritable.class, Text.class, conf);
        byte[] header = HeaderLine.read(lines.rdd().partitions(), conf)
                .orElseThrow(() -> new InvalidValueException("input", input, "is empty; expected a header row"));
        CsvLineScorer scorer = CsvLineScorer.of(instrument, header, input);
        JavaRDD<InternalRow> rows = lines.mapPartitionsWithInputSplit(
                (InputSplit split, Iterator<Tuple2<LongWritable, Text>> part) ->
                        scorer.score(((FileSplit) split).getPath().toString(), part),
                false);
        return classic.internalCreateDataFrame(rows.rdd(), scorer.schema(), false);
    }
}
