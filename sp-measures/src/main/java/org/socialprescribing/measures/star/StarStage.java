package org.socialprescribing.measures.star;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** One stage of a star's journey of change: a code, the licensee's name, and the readings {@code min..max} in it. */
@Value.Immutable
@SpStyle
public interface StarStage {

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
    static ImmutableStarStage.Builder builder() {
        return ImmutableStarStage.builder();
    }
}
