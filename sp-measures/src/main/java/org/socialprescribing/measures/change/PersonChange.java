package org.socialprescribing.measures.change;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;

/**
 * One person's change in one score component between a baseline and a follow-up: the raw change (follow-up minus
 * baseline), the bands at both ends when the component is banded, and, when a threshold is given, whether the change
 * is meaningful. Build it with {@link #between(ScoreResult, ScoreResult, String)} or {@link #between(ScoreResult,
 * ScoreResult, ChangeThreshold)}.
 */
@Value.Immutable
@SpStyle
public abstract class PersonChange implements WithPersonChange {

    /** @return the instrument, never null */
    public abstract InstrumentId instrumentId();

    /** @return the component compared, e.g. {@code total}, never null */
    public abstract String component();

    /** @return the baseline value, never null */
    public abstract BigDecimal baseline();

    /** @return the follow-up value, never null */
    public abstract BigDecimal followUp();

    /** @return the baseline band, if the component is banded */
    public abstract Optional<String> baselineBand();

    /** @return the follow-up band, if the component is banded */
    public abstract Optional<String> followUpBand();

    /** @return the threshold the change was judged by, if any */
    public abstract Optional<ChangeThreshold> threshold();

    /** @return follow-up minus baseline, never null */
    @Value.Derived
    public BigDecimal change() {
        return followUp().subtract(baseline());
    }

    /** @return improved, unchanged or deteriorated by the threshold, if one was given */
    @Value.Derived
    public Optional<ChangeCategory> category() {
        return threshold().map(t -> t.classify(change()));
    }

    /**
     * The change in a component between two scored results, without judging it.
     *
     * @param baseline the baseline result, not null
     * @param followUp the follow-up result, not null
     * @param component the component, e.g. {@code total}, not null
     * @return the change, never null
     * @throws InvalidValueException if the results are of different instruments or either lacks the component
     */
    public static PersonChange between(ScoreResult baseline, ScoreResult followUp, String component) {
        return build(baseline, followUp, component).build();
    }

    /**
     * The change in the threshold's component between two scored results, judged by the threshold.
     *
     * @param baseline the baseline result, not null
     * @param followUp the follow-up result, not null
     * @param threshold the meaningful-change threshold, not null
     * @return the change, never null
     * @throws InvalidValueException if the results are of different instruments or either lacks the component
     */
    public static PersonChange between(ScoreResult baseline, ScoreResult followUp, ChangeThreshold threshold) {
        return build(baseline, followUp, threshold.component())
                .threshold(threshold)
                .build();
    }

    private static Builder build(ScoreResult baseline, ScoreResult followUp, String component) {
        if (!baseline.instrumentId().equals(followUp.instrumentId())) {
            throw new InvalidValueException(
                    "followUp.instrumentId",
                    followUp.instrumentId().value(),
                    "must be the baseline's instrument " + baseline.instrumentId());
        }
        ScoreComponent before = componentOf(baseline, component, "baseline");
        ScoreComponent after = componentOf(followUp, component, "followUp");
        return builder()
                .instrumentId(baseline.instrumentId())
                .component(component)
                .baseline(before.value())
                .followUp(after.value())
                .baselineBand(before.band().map(b -> b.code()))
                .followUpBand(after.band().map(b -> b.code()));
    }

    private static ScoreComponent componentOf(ScoreResult result, String component, String field) {
        return result.component(component)
                .orElseThrow(() -> new InvalidValueException(
                        field, result.status().code(), "has no " + component + " score to compare"));
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code PersonChange} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code PersonChange}'s rules say.
     */
    public static final class Builder extends ImmutablePersonChange.Builder {
        Builder() {}
    }
}
