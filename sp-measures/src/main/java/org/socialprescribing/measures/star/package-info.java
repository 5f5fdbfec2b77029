/**
 * A generic Outcomes Star container. The SDK ships no Triangle text (no area names, ladders or stage names): a
 * licensee supplies its star's {@link org.socialprescribing.measures.star.StarDefinition} (areas, a 1..5 or 1..10
 * scale, and the score ranges of the five journey-of-change stages) as JSON read by {@link
 * org.socialprescribing.measures.star.StarDefinitions}. The SDK records {@link
 * org.socialprescribing.measures.star.StarReading readings}, finds the stage of each area and computes distance
 * travelled ({@link org.socialprescribing.measures.star.StarProgress}).
 */
@NullMarked
package org.socialprescribing.measures.star;

import org.jspecify.annotations.NullMarked;
