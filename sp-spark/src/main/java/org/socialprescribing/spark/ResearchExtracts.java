package org.socialprescribing.spark;

import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialprescribing.measures.extract.ExtractRow;

/**
 * Reads research extracts ({@code sp extract}, sp-measures' {@code ResearchExtract}; docs/measures.md, "Research
 * extracts") as DataFrames with the documented columns and types, so that a cohort extracted on one machine can be
 * analysed on a cluster. Nothing is dropped silently: a row whose numbers do not parse keeps its text in {@value
 * #CORRUPT} (its other cells null), and a file whose header is not the documented one is refused when read.
 */
public final class ResearchExtracts {

    /** The column that holds the text of a row that did not parse (null for every good row). */
    public static final String CORRUPT = "_corrupt_record";

    private static final Set<String> WHOLE_NUMBERS = Set.of("episode", "measurement", "imd_decile");

    private ResearchExtracts() {}

    /**
     * The extract's schema: the columns of {@link ExtractRow#COLUMNS} in order; {@code episode}, {@code measurement}
     * and {@code imd_decile} integers, {@code value} an exact decimal, the others strings.
     *
     * @return the schema, never null
     */
    public static StructType schema() {
        StructType schema = new StructType();
        for (String column : ExtractRow.COLUMNS) {
            schema = schema.add(column, typeOf(column), true);
        }
        return schema;
    }

    /**
     * Reads extract CSV files (UTF-8, with the header row {@code sp extract} writes).
     *
     * @param spark the session, not null
     * @param paths one or more files, folders or globs, as Spark reads them
     * @return the rows: the {@link #schema()} columns and {@value #CORRUPT}, a lazy DataFrame
     */
    public static Dataset<Row> read(SparkSession spark, String... paths) {
        return spark.read()
                .option("header", true)
                // The header must name the documented columns in order: a file with other columns is an error, not
                // data read into the wrong place.
                .option("enforceSchema", false)
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .option("encoding", "UTF-8")
                .schema(schema().add(CORRUPT, DataTypes.StringType, true))
                .csv(paths);
    }

    private static DataType typeOf(String column) {
        if (WHOLE_NUMBERS.contains(column)) {
            return DataTypes.IntegerType;
        }
        // Scores such as a SWEMWBS metric score have decimals: exact, as everywhere in the SDK.
        return column.equals("value") ? DataTypes.createDecimalType(24, 8) : DataTypes.StringType;
    }
}
