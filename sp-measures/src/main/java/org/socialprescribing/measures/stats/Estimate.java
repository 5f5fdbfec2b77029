package org.socialprescribing.measures.stats;

import org.socialprescribing.model.InvalidValueException;

/**
 * A point estimate with a two-sided confidence interval and the interval's level (e.g. 0.95).
 *
 * @param value the estimate
 * @param lower the interval's lower limit
 * @param upper the interval's upper limit
 * @param level the confidence level, in (0, 1)
 */
public record Estimate(double value, double lower, double upper, double level) {

    /**
     * Checks the interval.
     *
     * @throws InvalidValueException if a limit is not a number, {@code lower > upper} or the level is outside (0, 1)
     */
    public Estimate {
        if (Double.isNaN(value) || Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new InvalidValueException(
                    "estimate", value + " [" + lower + ", " + upper + "]", "is not an interval");
        }
        if (!(level > 0 && level < 1)) {
            throw new InvalidValueException("level", String.valueOf(level), "must be within (0, 1)");
        }
    }
}
