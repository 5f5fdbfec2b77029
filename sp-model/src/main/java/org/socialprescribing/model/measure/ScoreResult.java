package org.socialprescribing.model.measure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * The result of scoring one response to an instrument: its {@linkplain #status() status}, the score {@linkplain
 * #components() components} (empty unless scored, except that ONS4 reports the items it has), flags raised by
 * the answers (e.g. PHQ-9 item 9 above zero), messages, and the version of the scoring rule that produced it, so
 * that a stored score can be traced to the exact rule.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableScoreResult.class)
@JsonDeserialize(as = ImmutableScoreResult.class)
public interface ScoreResult extends WithScoreResult {

    /** @return the instrument that was scored, never null */
    InstrumentId instrumentId();

    /** @return the version of the instrument definition, never null */
    String instrumentVersion();

    /** @return the version of the scoring rule that produced this result, never null */
    String scoringRuleVersion();

    /** @return scored, incomplete or invalid, never null */
    ScoreStatus status();

    /** @return the score components in the instrument's order, never null */
    List<ScoreComponent> components();

    /** @return the codes of flags raised by the answers, e.g. {@code phq9.item9_positive}, never null */
    List<String> flags();

    /** @return why the result is incomplete or invalid, and notes, never null */
    List<ScoreMessage> messages();

    /**
     * Who computed the score when the SDK did not: set for record-only measures whose scoring algorithm is not
     * published (e.g. PAM), so a stored score always shows its provenance.
     *
     * @return the supplier of the score, if it was supplied rather than computed
     */
    Optional<String> suppliedBy();

    /**
     * The component with a name.
     *
     * @param name the component's name, e.g. {@code total}, not null
     * @return the component, or empty if the result has none of that name
     */
    default Optional<ScoreComponent> component(String name) {
        return components().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Whether a flag was raised.
     *
     * @param flag the flag code, not null
     * @return true if the result carries the flag
     */
    default boolean hasFlag(String flag) {
        return flags().contains(flag);
    }

    /** @return true if the status is {@link ScoreStatus#SCORED} */
    @JsonIgnore
    default boolean isScored() {
        return status() == ScoreStatus.SCORED;
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
     * Builds {@code ScoreResult} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ScoreResult}'s rules say.
     */
    final class Builder extends ImmutableScoreResult.Builder {
        Builder() {}
    }
}
