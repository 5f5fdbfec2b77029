package org.socialprescribing.model.measure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * The interpretation band a score value falls in, with the source that defines the band, e.g. code {@code
 * moderate} from "PHQ-9 severity bands [V] (CamCOPS phq9.py; phqscreeners)". A band is never shown without its source, because some
 * bands in circulation are not endorsed by the instrument's owner.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableScoreBand.class)
@JsonDeserialize(as = ImmutableScoreBand.class)
public interface ScoreBand extends WithScoreBand {

    /** @return the band's stable lower-case code, e.g. {@code moderately_severe}, never null */
    String code();

    /** @return where the band comes from, with its evidence label, never null */
    String source();

    /**
     * Creates a band.
     *
     * @param code the band's code, not null
     * @param source where the band comes from, not null
     * @return the band, never null
     * @throws NullPointerException if an argument is null
     */
    static ScoreBand of(String code, String source) {
        return builder().code(code).source(source).build();
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
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@code ScoreBand} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ScoreBand}'s rules say.
     */
    final class Builder extends ImmutableScoreBand.Builder {
        Builder() {}
    }
}
