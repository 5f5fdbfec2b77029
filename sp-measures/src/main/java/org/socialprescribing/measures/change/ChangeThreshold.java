package org.socialprescribing.measures.change;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.Source;
import org.socialprescribing.model.InvalidValueException;

/**
 * The smallest change that counts as meaningful for one score component, the direction in which the score improves,
 * and the source of the threshold. There is no default: a caller always chooses a threshold and its source travels
 * with every classification. A change of at least {@linkplain #points() points} in the better direction is an
 * improvement, at least as much in the worse direction a deterioration, anything smaller unchanged.
 */
public final class ChangeThreshold {

    /**
     * SWEMWBS: 2.77 x SEM = 2.87 points, Shah et al. 2018, HQLO 16:239 [V]; applied to the {@code metric} score (the
     * converted score Warwick requires for comparisons). Shah et al. also say a change "between 1 and 3 points meets
     * thresholds for statistically important change".
     */
    public static final ChangeThreshold SWEMWBS_SHAH_2018 = of(
            "metric",
            new BigDecimal("2.87"),
            Direction.HIGHER_IS_BETTER,
            Source.verified("Shah et al. 2018, HQLO 16:239 (2.77 x SEM = 2.87 points)"));

    /** PHQ-9: minimal clinically important difference of 5 points, Löwe et al. 2004, Med Care 42:1194 [V]. */
    public static final ChangeThreshold PHQ9_LOWE_2004 = of(
            "total",
            BigDecimal.valueOf(5),
            Direction.LOWER_IS_BETTER,
            Source.verified("Löwe et al. 2004, Med Care 42:1194"));

    /** GAD-7: minimal clinically important difference of 4 points, Toussaint et al. 2020, J Affect Disord 265:395 [V]. */
    public static final ChangeThreshold GAD7_TOUSSAINT_2020 = of(
            "total",
            BigDecimal.valueOf(4),
            Direction.LOWER_IS_BETTER,
            Source.verified("Toussaint et al. 2020, J Affect Disord 265:395"));

    private final String component;
    private final BigDecimal points;
    private final Direction direction;
    private final Source source;

    private ChangeThreshold(String component, BigDecimal points, Direction direction, Source source) {
        this.component = component;
        this.points = points;
        this.direction = direction;
        this.source = source;
    }

    /**
     * Creates a threshold.
     *
     * @param component the score component it applies to, e.g. {@code total}, not blank
     * @param points the smallest meaningful change, positive, not null (kept without trailing zeros, so 5 and 5.0
     *     give equal thresholds)
     * @param direction the direction in which the score improves, not null
     * @param source where the threshold comes from, not null
     * @return the threshold, never null
     * @throws InvalidValueException if the component is blank or the points are not positive
     * @throws NullPointerException if an argument is null
     */
    public static ChangeThreshold of(String component, BigDecimal points, Direction direction, Source source) {
        requireNonNull(direction, "direction");
        requireNonNull(source, "source");
        if (component.isBlank()) {
            throw new InvalidValueException("threshold.component", "must not be blank");
        }
        if (points.signum() <= 0) {
            throw new InvalidValueException("threshold.points", points.toPlainString(), "must be positive");
        }
        return new ChangeThreshold(component, points.stripTrailingZeros(), direction, source);
    }

    /**
     * Classifies a change (follow-up minus baseline).
     *
     * @param change the change, not null
     * @return improved, unchanged or deteriorated, never null
     */
    public ChangeCategory classify(BigDecimal change) {
        BigDecimal better = direction == Direction.HIGHER_IS_BETTER ? change : change.negate();
        if (better.compareTo(points) >= 0) {
            return ChangeCategory.IMPROVED;
        }
        if (better.negate().compareTo(points) >= 0) {
            return ChangeCategory.DETERIORATED;
        }
        return ChangeCategory.UNCHANGED;
    }

    /** @return the score component the threshold applies to, never null */
    public String component() {
        return component;
    }

    /** @return the smallest meaningful change, positive, never null */
    public BigDecimal points() {
        return points;
    }

    /** @return the direction in which the score improves, never null */
    public Direction direction() {
        return direction;
    }

    /** @return where the threshold comes from, never null */
    public Source source() {
        return source;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ChangeThreshold)) {
            return false;
        }
        ChangeThreshold that = (ChangeThreshold) other;
        return component.equals(that.component)
                && points.equals(that.points)
                && direction == that.direction
                && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(component, points, direction, source);
    }

    @Override
    public String toString() {
        return component + " " + points.toPlainString() + " points (" + direction + "), " + source.label();
    }
}
