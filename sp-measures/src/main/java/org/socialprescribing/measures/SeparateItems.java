package org.socialprescribing.measures;

import java.util.Map;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * Items scored and reported one by one, never totalled (ONS4: "a composite is not conceptually robust"): each item
 * is a component named after the item, banded with its own table when it has one. A missing item leaves the other
 * items scored and the result incomplete.
 */
@Value.Immutable
@SpStyle
public interface SeparateItems extends ScoringRule, WithSeparateItems {

    /** @return band tables by item key; an item without one is reported unbanded */
    Map<String, BandTable> bands();

    @Override
    default String kind() {
        return "separate";
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
     * Builds {@code SeparateItems} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code SeparateItems}'s rules say.
     */
    final class Builder extends ImmutableSeparateItems.Builder {
        Builder() {}
    }
}
