package org.socialprescribing.measures.star;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** One stage of a star's journey of change: a code, the licensee's name, and the readings {@code min..max} in it. */
@Value.Immutable
@SpStyle
public interface StarStage extends WithStarStage {

    /** @return the stage code, e.g. {@code stage_1}, never null */
    String code();

    /** @return the licensee's name for the stage, never null */
    String name();

    /** @return the lowest reading in the stage */
    int min();

    /** @return the highest reading in the stage */
    int max();

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
     * Builds {@code StarStage} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code StarStage}'s rules say.
     */
    final class Builder extends ImmutableStarStage.Builder {
        Builder() {}
    }
}
