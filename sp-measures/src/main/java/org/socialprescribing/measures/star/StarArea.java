package org.socialprescribing.measures.star;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** One outcome area of a licensee's star: a key (its CSV column and reading key) and the licensee's name for it. */
@Value.Immutable
@SpStyle
public interface StarArea {

    /** @return the area key, lower-case letters, digits and underscores, e.g. {@code area_a}, never null */
    String key();

    /** @return the licensee's name for the area, never null */
    String name();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static ImmutableStarArea.Builder builder() {
        return ImmutableStarArea.builder();
    }
}
