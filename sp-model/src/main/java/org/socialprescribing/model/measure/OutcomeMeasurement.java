package org.socialprescribing.model.measure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * One administration of an outcome instrument to a person: which instrument (and version), when in the episode
 * ({@linkplain #timepoint() timepoint} and {@linkplain #date() date}), who collected it, the answers as given, and
 * the score once scored. Answers are kept even when a score exists, so the score can be recomputed under a later
 * scoring rule.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableOutcomeMeasurement.class)
@JsonDeserialize(as = ImmutableOutcomeMeasurement.class)
public interface OutcomeMeasurement extends WithOutcomeMeasurement {

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
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default ImmutableOutcomeMeasurement.Builder toBuilder() {
        return ImmutableOutcomeMeasurement.builder().mergeFrom(this);
    }
}
