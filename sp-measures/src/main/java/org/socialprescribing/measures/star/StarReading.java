package org.socialprescribing.measures.star;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * One star reading: the date and the reading for each area assessed. Created through {@link
 * StarDefinition#reading}, which checks every value against the star's scale.
 */
@Value.Immutable
@SpStyle
public interface StarReading extends WithStarReading {

    /** @return the star the reading belongs to, never null */
    InstrumentId star();

    /** @return the date of the reading, never null */
    LocalDate date();

    /** @return the readings by area key; areas not assessed are absent, never null */
    Map<String, Integer> values();

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
     * Builds {@code StarReading} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code StarReading}'s rules say.
     */
    final class Builder extends ImmutableStarReading.Builder {
        Builder() {}
    }
}
