package org.socialprescribing.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.socialprescribing.measures.contract.ScoreContract;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.spark.internal.ScoreFunction;

/**
 * Scores a DataFrame whose columns follow the {@code sp score} input contract ({@code <instrument>_<n>} item
 * columns, integers or strings) and adds the {@code sp score} result columns, with the same values as the CLI. The
 * columns are read as the CLI reads a CSV header: PHQ-9's {@code phq9_10} is used when present, and SWEMWBS is
 * scored from {@code wemwbs_1..wemwbs_14} when the frame has no {@code swemwbs_<n>} column. Nothing is collected:
 * the result is a lazy DataFrame.
 *
 * <pre>{@code
 * Dataset<Row> scored = SpScoring.score(spark.read().parquet("phq9.parquet"), "phq9");
 * // adds total, severity, risk_flag, status, message
 * }</pre>
 */
public final class SpScoring {

    private SpScoring() {}

    /**
     * Adds an instrument's {@code sp score} columns to a DataFrame (registering the SQL functions on its session).
     *
     * @param frame the answers, with the instrument's item columns, not null
     * @param instrumentId the instrument, e.g. {@code phq9}
     * @return the frame with the result columns appended, e.g. {@code total, severity, risk_flag, status, message}
     * @throws InvalidValueException if the instrument is unknown or not scorable, item columns are missing or of a
     *     type other than integer or string, or a result column's name is already taken (use {@link #scoreColumn})
     */
    public static Dataset<Row> score(Dataset<Row> frame, String instrumentId) {
        Column struct = scoreColumn(frame, instrumentId);
        List<String> results =
                Arrays.asList(((org.apache.spark.sql.types.StructType) dataType(instrumentId)).fieldNames());
        Set<String> taken = new HashSet<>(Arrays.asList(frame.columns()));
        List<String> clashes = results.stream().filter(taken::contains).collect(Collectors.toList());
        if (!clashes.isEmpty()) {
            throw new InvalidValueException(
                    "frame",
                    String.join(", ", clashes),
                    "already has these result column names; use SpScoring.scoreColumn to place the struct yourself");
        }
        String scratch = "__sp_score_" + instrumentId;
        List<Column> selected = new ArrayList<>();
        selected.add(functions.col("*"));
        for (String name : results) {
            selected.add(functions.col(scratch).getField(name).as(name));
        }
        return frame.withColumn(scratch, struct)
                .select(selected.toArray(new Column[0]))
                .drop(scratch);
    }

    /**
     * The {@code sp score} struct of each row, as a column (registering the SQL functions on the frame's session).
     *
     * @param frame the answers, with the instrument's item columns, not null
     * @param instrumentId the instrument, e.g. {@code phq9}
     * @return the column {@code sp_score_<instrument>(<item columns>)}
     * @throws InvalidValueException if the instrument is unknown or not scorable, or item columns are missing or of
     *     a type other than integer or string
     */
    public static Column scoreColumn(Dataset<Row> frame, String instrumentId) {
        String name = SpFunctions.nameOf(instrumentId);
        List<String> items = itemColumns(frame, instrumentId);
        SpFunctions.register(frame.sparkSession());
        Column[] arguments = items.stream().map(c -> frame.col(quoted(c))).toArray(Column[]::new);
        return functions.call_function(name, arguments);
    }

    private static DataType dataType(String instrumentId) {
        return new ScoreFunction(instrumentId).dataType();
    }

    /** The item columns the CLI would read from a header with these columns, checked for presence and type. */
    static List<String> itemColumns(Dataset<Row> frame, String instrumentId) {
        List<String> header = Arrays.asList(frame.columns());
        ScoreContract layout = layoutFor(header, instrumentId);
        List<String> missing =
                layout.answerColumns().stream().filter(c -> !header.contains(c)).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new InvalidValueException(
                    "frame",
                    String.join(", ", missing),
                    "lacks these item columns; expected " + new ScoreFunction(instrumentId).expected());
        }
        for (String column : layout.answerColumns()) {
            if (header.stream().filter(column::equals).count() > 1) {
                throw new InvalidValueException("frame", column, "has this column more than once");
            }
            StructField field = frame.schema().apply(column);
            DataType type = field.dataType();
            boolean accepted = type.equals(DataTypes.IntegerType)
                    || type.equals(DataTypes.LongType)
                    || type.equals(DataTypes.ShortType)
                    || type.equals(DataTypes.ByteType)
                    || type.equals(DataTypes.StringType);
            if (!accepted) {
                throw new InvalidValueException(
                        column, type.simpleString(), "must be an integer or string column (answers are codes)");
            }
        }
        return layout.answerColumns();
    }

    private static ScoreContract layoutFor(List<String> header, String instrumentId) {
        return new ScoreFunction(instrumentId).layoutForColumns(header::contains);
    }

    private static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }
}
