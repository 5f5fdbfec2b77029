package org.socialprescribing.measures;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A flag a single answer raises whatever the total, e.g. PHQ-9 item 9 above 0 (thoughts of self-harm) raises a risk
 * flag that a service must act on.
 */
@Value.Immutable
@SpStyle
public interface ItemFlag extends WithItemFlag {

    /** @return the flag's code as reported in a score result, e.g. {@code phq9.item9_positive}, never null */
    String code();

    /** @return the number of the item that raises the flag */
    int itemNumber();

    /** @return the flag is raised when the item's answer is above this code */
    int above();

    /** @return where the rule comes from, never null */
    Source source();

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
     * Builds {@code ItemFlag} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ItemFlag}'s rules say.
     */
    final class Builder extends ImmutableItemFlag.Builder {
        Builder() {}
    }
}
