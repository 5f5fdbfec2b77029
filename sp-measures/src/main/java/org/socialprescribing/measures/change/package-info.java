/**
 * Change between two measurements: per person ({@link org.socialprescribing.measures.change.PersonChange}: raw change,
 * band transition, and meaningful change judged by a {@link org.socialprescribing.measures.change.ChangeThreshold}
 * that names its source), and per cohort ({@link org.socialprescribing.measures.change.CohortSummary}: means and SDs,
 * mean paired change with a 95% confidence interval, paired effect size, shares improved / unchanged / deteriorated,
 * band transitions, optionally stratified by an equity dimension).
 */
@NullMarked
package org.socialprescribing.measures.change;

import org.jspecify.annotations.NullMarked;
