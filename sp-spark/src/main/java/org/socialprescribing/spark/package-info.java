/**
 * The SDK on Apache Spark: {@link org.socialprescribing.spark.SpFunctions} registers one SQL function per instrument
 * ({@code sp_score_phq9(...)} returns the {@code sp score} struct), {@link org.socialprescribing.spark.SpExtensions}
 * does the same for SQL, PySpark and SparkR users through {@code spark.sql.extensions}, {@link
 * org.socialprescribing.spark.SpScoring} adds the score columns to a DataFrame, and {@link
 * org.socialprescribing.spark.CohortStatistics} computes cohort statistics as Spark aggregations. Results are those
 * of sp-measures and the {@code sp} command line, row for row.
 */
@NullMarked
package org.socialprescribing.spark;

import org.jspecify.annotations.NullMarked;
