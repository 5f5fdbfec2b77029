package org.socialprescribing.spark.internal;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.gp.CodeMapping;
import org.socialprescribing.gp.CodeTable;
import org.socialprescribing.gp.ExtractHeader;
import org.socialprescribing.gp.ExtractRowCheck;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.input.InputLimits;

/**
 * Checks one extract row with sp-gp's {@link ExtractRowCheck} and returns its status and typed values. Serializable
 * by the header's names, the day and the local code tables' bytes; each executor builds the checks once.
 */
public final class ExtractCheckFunction implements UDF1<Row, Row>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The columns added to an extract, in order. */
    public static final List<String> ADDED_COLUMNS = List.of(
            "status",
            "issue",
            "message",
            "nhs_number_checked",
            "event_date",
            "kind",
            "instrument",
            "component",
            "score");

    /** The type of a score's value: sp-gp reads at most 12 integer digits and 12 decimals. */
    public static final StructType RESULT = new StructType()
            .add("status", DataTypes.StringType, false)
            .add("issue", DataTypes.StringType)
            .add("message", DataTypes.StringType)
            .add("nhs_number_checked", DataTypes.StringType)
            .add("event_date", DataTypes.DateType)
            .add("kind", DataTypes.StringType)
            .add("instrument", DataTypes.StringType)
            .add("component", DataTypes.StringType)
            .add("score", DataTypes.createDecimalType(24, 12));

    private final List<String> columns;
    private final LocalDate today;
    private final List<byte[]> localTables;

    private transient @Nullable ExtractRowCheck check;

    /**
     * Creates the function.
     *
     * @param columns the extract's column names, in order
     * @param today the day of the import
     * @param localTables local code tables, as JSON bytes
     */
    public ExtractCheckFunction(List<String> columns, LocalDate today, List<byte[]> localTables) {
        this.columns = List.copyOf(columns);
        this.today = today;
        this.localTables = List.copyOf(localTables);
    }

    /** @return the checks, built on first use in each JVM */
    public ExtractRowCheck check() {
        ExtractRowCheck current = check;
        if (current == null) {
            CodeTable codes = CodeTable.standard();
            for (byte[] table : localTables) {
                codes = codes.plus(CodeTable.read(new ByteArrayInputStream(table), InputLimits.defaults()));
            }
            current = ExtractRowCheck.of(ExtractHeader.of(columns), codes, today);
            check = current;
        }
        return current;
    }

    @Override
    public Row call(Row cells) {
        List<String> row = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            row.add(cells.isNullAt(i) ? "" : cells.getString(i));
        }
        // A DataFrame has no line numbers; messages do not quote the row number.
        ExtractRowCheck.CheckedRow checked = check().check(0, row);
        if (checked.reported().isPresent()) {
            return RowFactory.create(
                    "reported",
                    checked.reported().get().code().code(),
                    checked.reported().get().message(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        CodeMapping mapping = checked.mapping().orElseThrow();
        return RowFactory.create(
                "valid",
                null,
                null,
                checked.nhsNumber().map(NhsNumber::value).orElse(null),
                checked.date().map(Date::valueOf).orElse(null),
                mapping.kind().code(),
                mapping.instrument().map(i -> i.value()).orElse(null),
                mapping.component().orElse(null),
                checked.value().map(ExtractCheckFunction::decimal).orElse(null));
    }

    private static BigDecimal decimal(BigDecimal value) {
        return value.setScale(12);
    }
}
