/**
 * Statistics for paired outcome measurements, as plain functions over primitive values and small immutable records,
 * so that other modules (the command line, Spark jobs) compute exactly the same figures.
 *
 * <p>Where a statistic allows it, its input is a sufficient statistic that merges: {@link
 * org.socialprescribing.measures.stats.PairedMoments} (counts, means and co-moments, Chan et al. 1979) and {@link
 * org.socialprescribing.measures.stats.ChangeHistogram} (the exact count of each change value) can be built per
 * partition and {@code merge}d, and the tests and effect sizes are then computed from the merged value. Every formula
 * and its source is in {@code docs/measures.md}; distributions come from Hipparchus.
 */
@NullMarked
package org.socialprescribing.measures.stats;

import org.jspecify.annotations.NullMarked;
