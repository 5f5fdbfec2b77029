package org.socialprescribing.model.measure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.validation.ConsistentScore;

/**
 * One administration of an outcome instrument to a person: which instrument (and version), when in the episode
 * ({@linkplain #timepoint() timepoint} and {@linkplain #date() date}), who collected it, the answers as given, and
 * the score once scored. Answers are kept even when a score exists, so the score can be recomputed under a later
 * scoring rule.
 *
 * <p>sp-measures makes measurements with their score ({@code scorer.measure(answers, timepoint, date, collector)}).
 * A stored score must be what its scoring rule version gives for the answers, or say it was recorded elsewhere
 * ({@link ScoreResult#suppliedBy()}): {@link #checkScore(Rescorer)} states the rule, and {@code SpValidator}, {@code
 * SpJson} and sp-fhir's import apply it ({@code docs/model.md}, "Outcome measurements").
 */
@ConsistentScore
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableOutcomeMeasurement.class)
@JsonDeserialize(as = ImmutableOutcomeMeasurement.class)
public interface OutcomeMeasurement extends WithOutcomeMeasurement {

    /**
     * @return the measurement's id, if the recording system gave one: unique among the episode's outcome measurements, not blank; {@code
     *     SocialPrescribingEpisode.with...} finds the measurement by it
     */
    Optional<String> id();

    /** @return the instrument, never null */
    InstrumentId instrumentId();

    /** @return the version of the instrument definition used, never null */
    String instrumentVersion();

    /** @return when in the episode the measure was taken, never null */
    Timepoint timepoint();

    /** @return the date the answers were given, never null */
    LocalDate date();

    /** @return who collected the answers, never null */
    Collector collector();

    /**
     * The answers by item key (e.g. {@code wemwbs_3}), each as the answer code given, e.g. {@code "4"}. Keys are the
     * instrument's item keys; an unanswered item is absent.
     *
     * @return the answers, never null
     */
    Map<String, String> answers();

    /** @return the score, once scored */
    Optional<ScoreResult> score();

    /**
     * A new builder. sp-measures' {@code Scorer.measure(...)} builds a scored measurement; use the builder for one
     * without a score, or with a score recorded elsewhere.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the stored score against the answers: it must belong to this measurement's instrument and version, and
     * be what its scoring rule version gives for the answers, unless it names its supplier ({@link
     * ScoreResult#suppliedBy()}). Status, components (as numbers, with bands) and flags are compared; messages are not.
     *
     * @param rescorer what scores the answers again, e.g. {@link Rescorer#installed()}, not null
     * @return the problem: {@link ModelIssueCode#MEASUREMENT_SCORE_MISMATCH}, {@link
     *     ModelIssueCode#MEASUREMENT_SCORE_OTHER_INSTRUMENT} or, when the rescorer does not know the rule, {@link
     *     ModelIssueCode#MEASUREMENT_SCORE_UNVERIFIABLE} (a warning); empty if there is no score or it is consistent
     */
    default Optional<ModelIssueCode> checkScore(Rescorer rescorer) {
        return ScoreConsistency.check(this, rescorer);
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
     * Builds {@code OutcomeMeasurement} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OutcomeMeasurement}'s rules say.
     */
    final class Builder extends ImmutableOutcomeMeasurement.Builder {
        Builder() {}
    }
}
