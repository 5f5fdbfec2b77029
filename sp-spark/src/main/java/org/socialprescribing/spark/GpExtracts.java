package org.socialprescribing.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.socialprescribing.gp.ExtractHeader;
import org.socialprescribing.gp.GpFormatException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.spark.internal.ExtractCheckFunction;

/**
 * GP coded-event extracts (the contract of docs/gp.md: {@code nhs_number} or {@code person_id}, {@code date}, {@code
 * code}, {@code code_system}, {@code value}, {@code practice_ods}, {@code record_id}) as DataFrames, each row checked
 * by sp-gp's own row checks ({@code ExtractRowCheck}, the checks of {@code sp gp import}) and given a status: {@code
 * valid}, or {@code reported} with the {@code gp.*} code and message of the first rule it breaks. Nothing is dropped
 * and nothing is collected. The episode rules (grouping a person's rows into episodes) are not applied: they need a
 * person's rows in order, which {@code sp gp import} does on one machine.
 *
 * <pre>{@code
 * Dataset<Row> events = GpExtracts.read(spark, "extracts/*.csv");
 * events.groupBy("status", "issue").count().show();
 * }</pre>
 */
public final class GpExtracts {

    /** The columns added to the extract's own, in order. */
    public static final List<String> ADDED_COLUMNS = ExtractCheckFunction.ADDED_COLUMNS;

    private GpExtracts() {}

    /**
     * Reads extract CSV files (UTF-8, a header row, every cell as text) and checks every row against today's date
     * (UTC) and the standard code table.
     *
     * @param spark the session, not null
     * @param path the files, as Spark's CSV reader takes them (a file, a directory, a glob)
     * @return the extract's columns as given, then {@link #ADDED_COLUMNS}; a lazy DataFrame
     * @throws GpFormatException if the header lacks a person column, {@code date}, {@code code} or {@code code_system},
     *     or names a contract column twice
     */
    public static Dataset<Row> read(SparkSession spark, String path) {
        Dataset<Row> extract =
                spark.read().option("header", true).option("inferSchema", false).csv(path);
        return check(extract, LocalDate.now(ZoneOffset.UTC), List.of());
    }

    /**
     * Checks the rows of an extract from any source (a table, another reader) and adds their typed values and
     * status. Contract columns are matched as sp-gp matches a header (ignoring case and surrounding spaces) and read
     * as text; other columns are kept as they are and not read.
     *
     * @param extract the extract, not null
     * @param today the day of the import: later dates are reported ({@code gp.date.future}), not null
     * @param localCodeTables local code tables (the JSON of docs/gp.md, "Code tables") added to the standard one,
     *     read here on the driver
     * @return the extract's columns as given, then {@link #ADDED_COLUMNS}: {@code status} ({@code valid} or {@code
     *     reported}), {@code issue} (the {@code gp.*} code of a reported row), {@code message} (why, NHS numbers
     *     masked), {@code nhs_number_checked} (a valid NHS number as ten digits), {@code event_date}, {@code kind}
     *     ({@code referral}, {@code declined}, {@code score}...), {@code instrument}, {@code component}, {@code
     *     score} (a score's value, {@code decimal(24,12)}); the typed columns are null in a reported row
     * @throws GpFormatException if the header breaks the contract, or a code table cannot be read or clashes
     * @throws InvalidValueException if the extract already has a column named as an added one
     */
    public static Dataset<Row> check(Dataset<Row> extract, LocalDate today, List<Path> localCodeTables) {
        List<String> columns = Arrays.asList(extract.columns());
        ExtractHeader header = ExtractHeader.of(columns);
        Set<String> taken = new HashSet<>(columns);
        for (String added : ADDED_COLUMNS) {
            if (taken.contains(added)) {
                throw new InvalidValueException(
                        "extract", added, "is already a column; rename it before checking the extract");
            }
        }
        List<byte[]> tables = new ArrayList<>();
        for (Path table : localCodeTables) {
            tables.add(read(table));
        }
        ExtractCheckFunction function = new ExtractCheckFunction(columns, today, tables);
        // Built once here, so that a bad local table fails on the driver, not in a task.
        function.check();
        List<Column> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            boolean read = ExtractHeader.COLUMNS.contains(name.strip().toLowerCase(Locale.ROOT));
            cells.add((read
                            ? extract.col(quoted(name)).cast(DataTypes.StringType)
                            : lit(null).cast(DataTypes.StringType))
                    .as("c" + i));
        }
        // Not deterministic for the optimizer only: the check then runs once per row, not once per added column.
        UserDefinedFunction udf =
                functions.udf(function, ExtractCheckFunction.RESULT).asNondeterministic();
        String scratch = "__sp_gp_check";
        List<Column> out = new ArrayList<>();
        for (String name : columns) {
            out.add(col(quoted(name)));
        }
        for (String name : ADDED_COLUMNS) {
            out.add(col(scratch + "." + name).as(name));
        }
        return extract.withColumn(scratch, udf.apply(struct(cells.toArray(new Column[0]))))
                .select(out.toArray(new Column[0]));
    }

    private static byte[] read(Path table) {
        try {
            return Files.readAllBytes(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read code table " + table, e);
        }
    }

    private static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }
}
