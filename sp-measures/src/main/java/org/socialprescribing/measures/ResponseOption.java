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
public interface ResponseOption {

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
        return ImmutableResponseOption.builder().code(code).weight(code).build();
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static ImmutableResponseOption.Builder builder() {
        return ImmutableResponseOption.builder();
    }
}
