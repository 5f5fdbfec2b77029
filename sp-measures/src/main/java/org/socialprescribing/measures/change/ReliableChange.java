package org.socialprescribing.measures.change;

import static java.util.Objects.requireNonNull;

import org.socialprescribing.measures.Source;
import org.socialprescribing.model.InvalidValueException;

/**
 * The reliable change index of Jacobson and Truax (1991, J Consult Clin Psychol 59:12-19): RC = change / S_diff,
 * with S_diff = sqrt(2) x SEM, and a change is reliable when |RC| &gt; 1.96. It needs the measure's standard error of
 * measurement (SEM, or SD x sqrt(1 - reliability)) from a source; the SDK ships it only where its sources give one.
 * 1.96 x sqrt(2) = 2.77, which is why "2.77 x SEM" thresholds (Shah et al. 2018) are the same criterion.
 */
public final class ReliableChange {

    /** The |RC| a change must exceed to be reliable (two-sided 5%). */
    public static final double CRITERION = 1.96;

    private final String component;
    private final double sem;
    private final Direction direction;
    private final Source source;

    private ReliableChange(String component, double sem, Direction direction, Source source) {
        this.component = component;
        this.sem = sem;
        this.direction = direction;
        this.source = source;
    }

    /**
     * Creates the index for a score component.
     *
     * @param component the score component, e.g. {@code metric}, not blank
     * @param sem the standard error of measurement on that component's scale, positive
     * @param direction the direction in which the score improves, not null
     * @param source where the SEM comes from (and, when the source does not say, whose reading the scale is), not null
     * @return the index, never null
     * @throws InvalidValueException if the component is blank or the SEM is not positive
     */
    public static ReliableChange of(String component, double sem, Direction direction, Source source) {
        requireNonNull(direction, "direction");
        requireNonNull(source, "source");
        if (component.isBlank()) {
            throw new InvalidValueException("component", "must not be blank");
        }
        if (!(sem > 0) || !Double.isFinite(sem)) {
            throw new InvalidValueException("sem", String.valueOf(sem), "must be positive");
        }
        return new ReliableChange(component, sem, direction, source);
    }

    /**
     * The index of one change.
     *
     * @param change follow-up minus baseline
     * @return RC = change / (sqrt(2) x SEM)
     */
    public double index(double change) {
        return change / (Math.sqrt(2) * sem);
    }

    /**
     * Classifies a change: reliably improved or deteriorated when |RC| exceeds {@link #CRITERION} in that direction.
     *
     * @param change follow-up minus baseline
     * @return the category, never null
     */
    public ChangeCategory classify(double change) {
        double rc = index(change);
        double better = direction == Direction.HIGHER_IS_BETTER ? rc : -rc;
        if (better > CRITERION) {
            return ChangeCategory.IMPROVED;
        }
        return better < -CRITERION ? ChangeCategory.DETERIORATED : ChangeCategory.UNCHANGED;
    }

    /** @return the smallest absolute change that is reliable: 1.96 x sqrt(2) x SEM */
    public double criticalChange() {
        return CRITERION * Math.sqrt(2) * sem;
    }

    /** @return the score component, never null */
    public String component() {
        return component;
    }

    /** @return the standard error of measurement */
    public double sem() {
        return sem;
    }

    /** @return the direction in which the score improves, never null */
    public Direction direction() {
        return direction;
    }

    /** @return where the SEM comes from, never null */
    public Source source() {
        return source;
    }

    @Override
    public String toString() {
        return "ReliableChange[" + component + ", SEM " + sem + ", " + source.label() + "]";
    }
}
