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
public interface SeparateItems extends ScoringRule {

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
    static ImmutableSeparateItems.Builder builder() {
        return ImmutableSeparateItems.builder();
    }
}
