package org.socialprescribing.report.table;

import java.util.List;

/**
 * Small-number suppression: one step applied to finished tables, which returns the same tables with some count
 * and money cells held back ({@code [c]}). An implementation must hold back every count below its threshold
 * (primary suppression), every cell that depends on a held-back cell, and enough further cells that no held-back
 * cell can be worked out from the sums and mirrors the tables declare (secondary suppression).
 */
@FunctionalInterface
public interface Suppression {

    /** Leaves every cell as it is: for tables that stay with the publisher. */
    Suppression NONE = tables -> List.copyOf(tables);

    /**
     * Applies the suppression.
     *
     * @param tables the finished tables, which may mirror each other, not null
     * @return the same tables, in order, with cells held back, never null
     */
    List<ReportTable> apply(List<ReportTable> tables);
}
