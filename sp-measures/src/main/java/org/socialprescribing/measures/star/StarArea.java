package org.socialprescribing.measures.star;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** One outcome area of a licensee's star: a key (its CSV column and reading key) and the licensee's name for it. */
@Value.Immutable
@SpStyle
public interface StarArea extends WithStarArea {

    /** @return the area key, lower-case letters, digits and underscores, e.g. {@code area_a}, never null */
    String key();

    /** @return the licensee's name for the area, never null */
    String name();

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
     * Builds {@code StarArea} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code StarArea}'s rules say.
     */
    final class Builder extends ImmutableStarArea.Builder {
        Builder() {}
    }
}
