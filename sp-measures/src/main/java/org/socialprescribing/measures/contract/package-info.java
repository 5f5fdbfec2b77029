/**
 * The {@code sp score} contract as one shared piece: which answer columns an instrument reads ({@code
 * <instrument>_<n>}), the stages that score them, the result columns and their contract names, and each row's status,
 * cells and message (docs/cli.md). The command line scores CSV chunks with it and sp-spark scores one row at a time
 * with it, so both give the same rows by construction. Plain Java over primitive arrays: no CSV library, no Spark.
 */
@NullMarked
package org.socialprescribing.measures.contract;

import org.jspecify.annotations.NullMarked;
