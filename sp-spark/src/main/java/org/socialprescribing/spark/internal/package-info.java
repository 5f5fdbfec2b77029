/**
 * Implementation details of sp-spark (the Catalyst expression and the row contract behind it); not API, may change
 * without notice. Public only because Spark's generated code must reach {@link
 * org.socialprescribing.spark.internal.ScoreExpression}.
 */
@NullMarked
package org.socialprescribing.spark.internal;

import org.jspecify.annotations.NullMarked;
