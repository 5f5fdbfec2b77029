package org.socialprescribing.measures;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A summed scale: the total of the weights of the scored items, reported as one component, optionally converted
 * through a {@link ConversionTable} (reported as a second component), optionally banded, and with flags that single
 * answers raise. A total exists only when every required item is answered; the SDK never prorates.
 */
@Value.Immutable
@SpStyle
public interface SummedScale extends ScoringRule, WithSummedScale {

    /** @return the name of the total component, {@code total} unless set (SWEMWBS uses {@code raw}) */
    @Value.Default
    default String totalName() {
        return "total";
    }

    /** @return the conversion of the total, if the instrument defines one */
    Optional<ConversionTable> conversion();

    /** @return bands for the total, if the instrument defines them (opt-in where the owner does not endorse them) */
    Optional<BandTable> bands();

    /** @return flags that single answers raise, never null */
    List<ItemFlag> flags();

    @Override
    default String kind() {
        return "summed";
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
     * Builds {@code SummedScale} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code SummedScale}'s rules say.
     */
    final class Builder extends ImmutableSummedScale.Builder {
        Builder() {}
    }
}
