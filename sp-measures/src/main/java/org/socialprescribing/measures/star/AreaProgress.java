package org.socialprescribing.measures.star;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** Distance travelled in one area between a first and a latest reading, with the stage at each end. */
@Value.Immutable
@SpStyle
public interface AreaProgress extends WithAreaProgress {

    /** @return the area key, never null */
    String area();

    /** @return the first reading */
    int first();

    /** @return the latest reading */
    int latest();

    /** @return the stage code of the first reading, never null */
    String firstStage();

    /** @return the stage code of the latest reading, never null */
    String latestStage();

    /** @return latest minus first: positive means the person moved forward */
    @Value.Derived
    default int distance() {
        return latest() - first();
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code AreaProgress} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code AreaProgress}'s rules say.
     */
    final class Builder extends ImmutableAreaProgress.Builder {
        Builder() {}
    }
}
