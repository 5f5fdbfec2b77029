package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * One status change of an onward referral: from (none for sending), to, when, who if known (a provider may report
 * without naming anyone), and why.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableOnwardReferralEvent.class)
@JsonDeserialize(as = ImmutableOnwardReferralEvent.class)
public interface OnwardReferralEvent extends StatusChange<OnwardReferralStatus>, WithOnwardReferralEvent {

    @Override
    Optional<OnwardReferralStatus> from();

    @Override
    OnwardReferralStatus to();

    @Override
    Instant at();

    /** @return who made the change, if known */
    Optional<ProfessionalRef> by();

    /** @return why, e.g. why the provider declined, if recorded */
    Optional<CodedText> reason();

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
     * Builds {@code OnwardReferralEvent} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OnwardReferralEvent}'s rules say.
     */
    final class Builder extends ImmutableOnwardReferralEvent.Builder {
        Builder() {}
    }
}
