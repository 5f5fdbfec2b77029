package org.socialprescribing.model.measure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * One named number in a score: a total ({@code total}), a raw or converted score ({@code raw}, {@code metric}), or a
 * separately reported item ({@code life_satisfaction}), with its band when the instrument defines one. Values are
 * exact decimals: integer scores have scale 0, the SWEMWBS metric score has scale 2.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableScoreComponent.class)
@JsonDeserialize(as = ImmutableScoreComponent.class)
public interface ScoreComponent extends WithScoreComponent {

    /** @return the component's name, e.g. {@code total}, never null */
    String name();

    /** @return the exact value, never null */
    BigDecimal value();

    /** @return the band the value falls in, if the instrument defines bands for this component */
    Optional<ScoreBand> band();

    /**
     * The value as an int, for integer scores.
     *
     * @return the value
     * @throws ArithmeticException if the value has a fractional part or does not fit an int
     */
    default int intValue() {
        return value().intValueExact();
    }

    /**
     * Creates an integer component without a band.
     *
     * @param name the component's name, not null
     * @param value the value
     * @return the component, never null
     */
    static ScoreComponent of(String name, int value) {
        return builder().name(name).value(BigDecimal.valueOf(value)).build();
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
     * Builds {@code ScoreComponent} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ScoreComponent}'s rules say.
     */
    final class Builder extends ImmutableScoreComponent.Builder {
        Builder() {}
    }
}
