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
public abstract class StarProgress implements WithStarProgress {

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

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code StarProgress} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code StarProgress}'s rules say.
     */
    public static final class Builder extends ImmutableStarProgress.Builder {
        Builder() {}
    }
}
