package org.socialprescribing.measures;

/**
 * How an instrument's answers become a score: a {@link SummedScale}, {@link SeparateItems} reported one by one, or
 * {@link RecordOnly} when the SDK may not compute the score at all. The same engine ({@link Scorer}) runs every
 * rule, for built-in and locally defined instruments alike.
 */
public interface ScoringRule {

    /**
     * A short name for the kind of rule, for listings: {@code summed}, {@code separate} or {@code record_only}.
     *
     * @return the kind, never null
     */
    String kind();
}
