package org.socialprescribing.measures.change;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** One cell of a band transition table: how many people moved from one band at baseline to one at follow-up. */
@Value.Immutable
@SpStyle
public interface BandTransition extends WithBandTransition {

    /** @return the baseline band code, never null */
    String from();

    /** @return the follow-up band code, never null */
    String to();

    /** @return how many people made this transition, at least 1 */
    int count();

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
     * Builds {@code BandTransition} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code BandTransition}'s rules say.
     */
    final class Builder extends ImmutableBandTransition.Builder {
        Builder() {}
    }
}
