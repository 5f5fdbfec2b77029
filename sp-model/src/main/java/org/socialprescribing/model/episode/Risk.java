package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;

/**
 * One known risk (PRSB "Risks" entry: the risk, mandatory, coded below 281694009 Finding of at risk or free text;
 * start and end dates; comment).
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableRisk.class)
@JsonDeserialize(as = ImmutableRisk.class)
public interface Risk extends WithRisk {

    /** @return the risk, never null */
    CodedText risk();

    /** @return when the risk started, if known */
    Optional<LocalDate> from();

    /** @return when it ended, if it has; not before {@link #from()} */
    Optional<LocalDate> to();

    /** @return a comment, if any */
    @Value.Redacted
    Optional<String> comment();

    /**
     * A risk without dates or comment.
     *
     * @param risk the risk, not null
     * @return the entry, never null
     */
    static Risk of(CodedText risk) {
        return builder().risk(risk).build();
    }

    /** Structural invariant: the period runs forwards. */
    @Value.Check
    default void check() {
        Checks.checkOrder("risk.to", from(), to());
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
     * Builds {@code Risk} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Risk}'s rules say.
     */
    final class Builder extends ImmutableRisk.Builder {
        Builder() {}
    }
}
