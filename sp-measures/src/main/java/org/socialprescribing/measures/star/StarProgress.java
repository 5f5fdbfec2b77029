package org.socialprescribing.measures.star;

import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * Distance travelled between two star readings ("compares first and latest readings per area" [V]): per area, and the
 * share of compared areas in which the person moved forward. Triangle reports no total score, so none is given.
 */
@Value.Immutable
@SpStyle
public abstract class StarProgress {

    /** @return the star, never null */
    public abstract InstrumentId star();

    /** @return progress in each area read both times, in the star's area order, never null */
    public abstract List<AreaProgress> areas();

    /** @return the number of areas that moved forward (distance above 0) */
    public int areasMovedForward() {
        return (int) areas().stream().filter(a -> a.distance() > 0).count();
    }

    /** @return the share of compared areas that moved forward, 0..1, or empty if no area was read both times */
    public OptionalDouble shareMovedForward() {
        return areas().isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) areasMovedForward() / areas().size());
    }

    /** @return true if the person moved forward in at least one area (the measure Triangle reports) */
    public boolean movedForwardInAnyArea() {
        return areasMovedForward() > 0;
    }
}
