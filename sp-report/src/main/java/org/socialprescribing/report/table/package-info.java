/**
 * Finished report tables ({@link org.socialprescribing.report.table.ReportTable}): named columns of keys, counts
 * and money, rows of cells that hold a value or a marker ({@code [c]} suppressed, {@code [x]} not available,
 * {@code [z]} not applicable), and the sums a reader can redo from the table. Small-number suppression is one step
 * applied to finished tables ({@link org.socialprescribing.report.table.Suppression}).
 */
@NullMarked
package org.socialprescribing.report.table;

import org.jspecify.annotations.NullMarked;
