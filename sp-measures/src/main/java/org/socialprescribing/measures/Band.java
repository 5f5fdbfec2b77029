package org.socialprescribing.measures;

import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/** One band of a {@link BandTable}: a code and the inclusive score range {@code min..max} it covers. */
@Value.Immutable
@SpStyle
public interface Band extends WithBand {

    /** @return the band's lower-case code, e.g. {@code moderate}, never null */
    String code();

    /** @return the lowest score in the band */
    int min();

    /** @return the highest score in the band */
    int max();

    /** Checks the range is not empty. */
    @Value.Check
    default void check() {
        if (max() < min()) {
            throw new InvalidValueException("band." + code(), min() + ".." + max(), "range must not be empty");
        }
    }

    /**
     * Creates a band.
     *
     * @param code the band's code, not null
     * @param min the lowest score in the band
     * @param max the highest score in the band, not below {@code min}
     * @return the band, never null
     * @throws InvalidValueException if {@code max < min}
     */
    static Band of(String code, int min, int max) {
        return builder().code(code).min(min).max(max).build();
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
     * Builds {@code Band} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Band}'s rules say.
     */
    final class Builder extends ImmutableBand.Builder {
        Builder() {}
    }
}
