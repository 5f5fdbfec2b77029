package org.socialprescribing.measures;

import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * One answer an item accepts: the code recorded for it and the weight it adds to a summed score (equal to the code
 * unless the item is reverse-scored). A name is given only for categorical answers whose names are public, e.g.
 * {@code often_always}; the wording shown to people is never part of the SDK (see {@link ItemText}).
 */
@Value.Immutable
@SpStyle
public interface ResponseOption extends WithResponseOption {

    /** @return the answer code, e.g. {@code 3}, never null */
    int code();

    /** @return the weight the answer adds to a summed score */
    int weight();

    /** @return a machine name for a categorical answer, e.g. {@code often_always}, if the answers are named */
    Optional<String> name();

    /**
     * An option whose weight equals its code.
     *
     * @param code the answer code
     * @return the option, never null
     */
    static ResponseOption of(int code) {
        return builder().code(code).weight(code).build();
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
     * Builds {@code ResponseOption} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ResponseOption}'s rules say.
     */
    final class Builder extends ImmutableResponseOption.Builder {
        Builder() {}
    }
}
