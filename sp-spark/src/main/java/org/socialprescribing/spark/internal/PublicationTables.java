package org.socialprescribing.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialprescribing.measures.disclosure.SuppressedTable;
import org.socialprescribing.measures.disclosure.Suppression;
import org.socialprescribing.measures.disclosure.SuppressionPolicy;

/**
 * Turns the aggregated counts of {@code CohortStatistics} (one row per group: the group's label, then one count per
 * category) into protected publication tables, one per stratification, with sp-measures' {@link Suppression}: the
 * same algorithm and marks as {@code sp change --publication}.
 */
public final class PublicationTables {

    /** The columns of a publication table. */
    public static final StructType SCHEMA = new StructType()
            .add("stratification", DataTypes.StringType, false)
            .add("stratum", DataTypes.StringType, false)
            .add("category", DataTypes.StringType, false)
            .add("count", DataTypes.StringType, false);

    private PublicationTables() {}

    /**
     * Protects the counts.
     *
     * @param counted one row per group ({@code all}, or {@code column=value}), then its counts in category order;
     *     the groups of a stratification appear in the tables in this order
     * @param categories the categories, in order
     * @param strata the stratifying columns (none: the one table of {@code all})
     * @param policy the suppression policy
     * @return the rows of every table, in long format ({@link #SCHEMA})
     */
    public static List<Row> protect(
            List<Row> counted, List<String> categories, List<String> strata, SuppressionPolicy policy) {
        List<Row> out = new ArrayList<>();
        if (strata.isEmpty()) {
            table("all", select(counted, "all", true), categories, policy, out);
        }
        for (String column : strata) {
            table(column, select(counted, column + "=", false), categories, policy, out);
        }
        return out;
    }

    private static List<Row> select(List<Row> counted, String label, boolean exact) {
        List<Row> rows = new ArrayList<>();
        for (Row row : counted) {
            String group = row.getString(0);
            if (exact ? group.equals(label) : group.startsWith(label)) {
                rows.add(row);
            }
        }
        // The order given: CohortStatistics' (the stratifying column's own order, numbers as numbers, null last).
        return rows;
    }

    private static void table(
            String stratification, List<Row> groups, List<String> categories, SuppressionPolicy policy, List<Row> out) {
        if (groups.isEmpty()) {
            return;
        }
        long[][] counts = new long[groups.size()][categories.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int c = 0; c < categories.size(); c++) {
                Object value = groups.get(g).get(c + 1);
                counts[g][c] = value == null ? 0 : ((Number) value).longValue();
            }
        }
        SuppressedTable table = Suppression.apply(counts, policy);
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                out.add(RowFactory.create(
                        stratification,
                        r < table.rows() ? groups.get(r).getString(0) : "total",
                        c < table.columns() ? categories.get(c) : "total",
                        table.cell(r, c)));
            }
        }
    }
}
