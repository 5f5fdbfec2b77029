import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Converts the benchmark's CSV answers to Parquet with integer item columns (blank cells become nulls), as a real
 * extract would hold them. Run by spark-vs-cli.sh as a single-file program: java ToParquet.java IN.csv OUT.parquet
 */
public class ToParquet {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().getOrCreate();
        Dataset<Row> csv = spark.read().option("header", true).csv(args[0]);
        List<Column> columns = new ArrayList<>();
        for (String name : csv.columns()) {
            columns.add(name.equals("id") ? col(name) : col(name).cast("int").as(name));
        }
        csv.select(columns.toArray(new Column[0])).repartition(8).write().mode(SaveMode.Overwrite).parquet(args[1]);
        spark.stop();
    }
}
