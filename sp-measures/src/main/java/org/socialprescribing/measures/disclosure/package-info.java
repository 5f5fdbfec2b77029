/**
 * Small-number suppression for publication tables: {@link
 * org.socialprescribing.measures.disclosure.Suppression#apply} hides counts below a threshold (primary suppression)
 * and enough further cells (secondary suppression) that no hidden count can be worked out from the published cells
 * and totals, optionally rounds the published counts, and marks each hidden cell. A reusable, pure API over {@code
 * long[][]} tables.
 */
@NullMarked
package org.socialprescribing.measures.disclosure;

import org.jspecify.annotations.NullMarked;
