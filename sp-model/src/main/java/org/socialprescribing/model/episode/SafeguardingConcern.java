package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;

/**
 * A safeguarding concern (PRSB "Safeguarding": concern coded from refset 999002381000000108 or free text, dates,
 * comment). The PRSB items for looked-after children and unborn child protection plans are not modelled:
 * "Children are not currently referred for Social Prescribing".
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableSafeguardingConcern.class)
@JsonDeserialize(as = ImmutableSafeguardingConcern.class)
public interface SafeguardingConcern extends WithSafeguardingConcern {

    /** @return the concern, coded or free text, never null */
    CodedText concern();

    /** @return when it was raised, if known */
    Optional<LocalDate> from();

    /** @return when it ended, if it has; not before {@link #from()} */
    Optional<LocalDate> to();

    /** @return a comment, if any */
    @Value.Redacted
    Optional<String> comment();

    /**
     * A concern without dates or comment.
     *
     * @param concern the concern, not null
     * @return the concern, never null
     */
    static SafeguardingConcern of(CodedText concern) {
        return builder().concern(concern).build();
    }

    /** Structural invariant: the period runs forwards. */
    @Value.Check
    default void check() {
        Checks.checkOrder("safeguarding.to", from(), to());
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
     * Builds {@code SafeguardingConcern} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code SafeguardingConcern}'s rules say.
     */
    final class Builder extends ImmutableSafeguardingConcern.Builder {
        Builder() {}
    }
}
