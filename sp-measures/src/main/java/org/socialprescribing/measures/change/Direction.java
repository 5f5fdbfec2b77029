package org.socialprescribing.measures.change;

/** Which way a score improves. */
public enum Direction {
    /** A higher score is better, e.g. WEMWBS, SWEMWBS, ONS4 life satisfaction. */
    HIGHER_IS_BETTER,
    /** A lower score is better, e.g. PHQ-9, GAD-7, UCLA-3, ONS4 anxiety. */
    LOWER_IS_BETTER
}
