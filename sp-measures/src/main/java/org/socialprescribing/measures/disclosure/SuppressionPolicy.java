package org.socialprescribing.measures.disclosure;

import java.util.OptionalInt;
import org.socialprescribing.model.InvalidValueException;

/**
 * How a table is protected: counts from 1 to {@code minimumCount - 1} are suppressed (zeros are published: a zero
 * discloses nothing about a person), and published counts are optionally rounded to a multiple of a base. There is
 * no default minimum: the publisher's disclosure-control rules decide it, so the caller always names it.
 */
public final class SuppressionPolicy {

    private final int minimumCount;
    private final int roundingBase;

    private SuppressionPolicy(int minimumCount, int roundingBase) {
        this.minimumCount = minimumCount;
        this.roundingBase = roundingBase;
    }

    /**
     * A policy that suppresses counts below a minimum and does not round.
     *
     * @param minimumCount the smallest count that may be published, 2 or more
     * @return the policy, never null
     * @throws InvalidValueException if the minimum is below 2
     */
    public static SuppressionPolicy minimumCount(int minimumCount) {
        if (minimumCount < 2) {
            throw new InvalidValueException("minimumCount", String.valueOf(minimumCount), "must be 2 or more");
        }
        return new SuppressionPolicy(minimumCount, 0);
    }

    /**
     * The same policy, also rounding every published count to the nearest multiple of a base (halves up).
     *
     * @param base the rounding base, 2 or more (e.g. 5)
     * @return the policy, never null
     * @throws InvalidValueException if the base is below 2
     */
    public SuppressionPolicy withRounding(int base) {
        if (base < 2) {
            throw new InvalidValueException("roundingBase", String.valueOf(base), "must be 2 or more");
        }
        return new SuppressionPolicy(minimumCount, base);
    }

    /** @return the smallest count that may be published */
    public int minimumCountValue() {
        return minimumCount;
    }

    /** @return the rounding base, if published counts are rounded */
    public OptionalInt roundingBase() {
        return roundingBase == 0 ? OptionalInt.empty() : OptionalInt.of(roundingBase);
    }

    @Override
    public String toString() {
        return "SuppressionPolicy[minimum " + minimumCount + (roundingBase == 0 ? "" : ", rounded to " + roundingBase)
                + "]";
    }
}
