package org.socialprescribing.spark.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.unsafe.types.UTF8String;
import org.socialprescribing.measures.contract.ContractRows;
import org.socialprescribing.measures.contract.ScoreContract;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * Writes a scored row's {@code sp score} cells as Spark values ({@code int}, {@code Decimal}, {@link UTF8String},
 * {@code boolean}): the one place both the SQL function ({@link ScoreExpression}, one row at a time) and the CSV line
 * path ({@link CsvLineScorer}, rows in chunks) turn {@link ContractRows} into a result row. Not thread-safe: one per
 * thread, reused from row to row.
 */
final class ResultCells {

    private static final UTF8String[] STATUS = {
        UTF8String.fromString(ScoreStatus.SCORED.code()),
        UTF8String.fromString(ScoreStatus.INCOMPLETE.code()),
        UTF8String.fromString(ScoreStatus.INVALID.code())
    };

    /** Distinct strings (bands, the recurring missing-item messages) kept as UTF-8, by identity of the text. */
    private static final int MAX_STRINGS = 1024;

    private final Map<String, UTF8String> strings = new IdentityHashMap<>();

    /**
     * Fills one row's cells: the contract's columns, then {@code status} and {@code message}.
     *
     * @param rows the scored rows
     * @param row the row
     * @param shown the row's answers as a message quotes them
     * @param values the row's values, filled from {@code offset} on (cells without a value are left null)
     * @param offset where the contract's first column goes
     */
    void fill(ContractRows rows, int row, ContractRows.Shown shown, Object[] values, int offset) {
        List<ScoreContract.Column> columns = rows.contract().columns();
        int count = columns.size();
        ScoreStatus status = rows.status(row);
        // A row made invalid by an earlier stage shows no score; else each cell the contract fills.
        if (status != ScoreStatus.INVALID || rows.invalidInReportingStage(row)) {
            for (int c = 0; c < count; c++) {
                if (!rows.has(row, c)) {
                    continue;
                }
                ScoreContract.Column column = columns.get(c);
                values[offset + c] = switch (column.kind()) {
                    case VALUE -> {
                        int unscaled = rows.unscaledValue(row, c);
                        yield column.scale() == 0 ? (Object) unscaled : Decimal.apply(unscaled, 10, column.scale());
                    }
                    case BAND -> utf8(rows.band(row, c));
                    case FLAG -> rows.flag(row, c);
                };
            }
        }
        values[offset + count] = STATUS[status.ordinal()];
        values[offset + count + 1] = status == ScoreStatus.SCORED ? null : utf8(rows.message(row, shown));
    }

    /**
     * Fills the cells of a row that cannot be scored at all: every score null, status invalid, the reason.
     *
     * @param values the row's values
     * @param offset where the contract's first column goes
     * @param columns the number of the contract's columns
     * @param message the reason
     */
    static void invalid(Object[] values, int offset, int columns, String message) {
        values[offset + columns] = STATUS[ScoreStatus.INVALID.ordinal()];
        values[offset + columns + 1] = UTF8String.fromString(message);
    }

    /**
     * The UTF-8 form of a text. Band codes and the missing-item messages of ContractRows are the same String objects
     * row after row, so they are converted once; other texts (invalid answers' messages) are new each time, and
     * converted each time (the map is emptied when it grows, so it stays small).
     */
    UTF8String utf8(String text) {
        UTF8String utf8 = strings.get(text);
        if (utf8 == null) {
            utf8 = UTF8String.fromString(text);
            if (strings.size() >= MAX_STRINGS) {
                strings.clear();
            }
            strings.put(text, utf8);
        }
        return utf8;
    }
}
